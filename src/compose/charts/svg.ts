// SVG markup written the way vega's SVG renderer writes it (same elements, attributes, rounding and bounds), so a
// chart drawn here is byte-identical to the vega-lite chart it replaces; test/compose/profile-svg.test.ts holds it.
import { FONT_FAMILY, textWidth } from './metrics.ts';
import { r3 } from './symbols.ts';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// As vega-scenegraph's attrText: whitespace other than a space is escaped too (an aria-label keeps a tab or newline).
export const attr = (s: string) => esc(s).replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');

/** Extent of drawn content, as vega's scenegraph bounds (x1, y1, x2, y2). */
export class Bounds {
  x1 = Infinity;
  y1 = Infinity;
  x2 = -Infinity;
  y2 = -Infinity;
  add(x1: number, y1: number, x2: number, y2: number): void {
    this.x1 = Math.min(this.x1, x1);
    this.y1 = Math.min(this.y1, y1);
    this.x2 = Math.max(this.x2, x2);
    this.y2 = Math.max(this.y2, y2);
  }
}


type Shape = { d: string; x1: number; y1: number; x2: number; y2: number };
const HALF_SQRT3 = Math.sqrt(3) / 2;

function polygon(pts: [number, number][][]): Shape {
  const all = pts.flat();
  return {
    d: pts.map((ring) => `M${ring.map(([x, y]) => `${r3(x)},${r3(y)}`).join('L')}Z`).join(''),
    x1: Math.min(...all.map((p) => p[0])), y1: Math.min(...all.map((p) => p[1])),
    x2: Math.max(...all.map((p) => p[0])), y2: Math.max(...all.map((p) => p[1])),
  };
}

/** A custom symbol path of only M, L and Z commands (our star and status symbols), parsed once. */
const custom = new Map<string, [number, number][][] | null>();
function parsePath(path: string): [number, number][][] | null {
  let rings = custom.get(path);
  if (rings !== undefined) return rings;
  rings = [];
  for (const m of path.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const nums = m[2]!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (m[1] === 'M') rings.push([]);
    if (m[1] === 'Z') continue;
    if (nums.length !== 2 || nums.some((n) => !Number.isFinite(n)) || !rings.length) { rings = null; break; }
    rings.at(-1)!.push([nums[0]!, nums[1]!]);
  }
  if (rings && path.replace(/[MLZ\d\s,.-]/g, '') !== '') rings = null;
  custom.set(path, rings);
  return rings;
}

/** vega's symbol `shape` at `size` (area in px²): path data and its extent, or undefined for a shape not drawn here. */
export function symbolShape(shape: string, size: number): Shape | undefined {
  const r = Math.sqrt(size) / 2;
  const h = HALF_SQRT3 * r;
  switch (shape) {
    case 'circle':
      return { d: `M${r3(r)},0A${r3(r)},${r3(r)},0,1,1,${r3(-r)},0A${r3(r)},${r3(r)},0,1,1,${r3(r)},0`, x1: -r, y1: -r, x2: r, y2: r };
    case 'diamond':
      return polygon([[[-r, 0], [0, -r], [r, 0], [0, r]]]);
    case 'square': {
      const w = Math.sqrt(size);
      const x = -w / 2;
      return { d: `M${r3(x)},${r3(x)}h${r3(w)}v${r3(w)}h${r3(-w)}Z`, x1: x, y1: x, x2: x + w, y2: x + w };
    }
    case 'triangle-up':
      return polygon([[[0, -h], [-r, h], [r, h]]]);
    case 'triangle-down':
      return polygon([[[0, h], [-r, -h], [r, -h]]]);
    case 'triangle-right':
      return polygon([[[h, 0], [-h, -r], [-h, r]]]);
    case 'cross': {
      const s = r / 2.5;
      return polygon([[[-r, -s], [-r, s], [-s, s], [-s, r], [s, r], [s, s], [r, s], [r, -s], [s, -s], [s, -r], [-s, -r], [-s, -s]]]);
    }
    default: {
      const rings = /^[MLZ\d\s,.-]+$/.test(shape) ? parsePath(shape) : null;
      return rings ? polygon(rings.map((ring) => ring.map(([x, y]) => [x * r, y * r] as [number, number]))) : undefined;
    }
  }
}

export interface SymbolItem {
  x: number;
  y: number;
  shape: string;
  size: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** A symbol `<path>` and its bounds (the stroke counted with mitred corners, as vega does). */
export function symbol(s: SymbolItem, b: Bounds): string | undefined {
  const sh = symbolShape(s.shape, s.size);
  if (!sh) return undefined;
  const e = s.stroke ? 2 * s.strokeWidth : 0;
  b.add(sh.x1 - e + s.x, sh.y1 - e + s.y, sh.x2 + e + s.x, sh.y2 + e + s.y);
  const paint = (name: string, v: string) => (v && v !== 'transparent' ? ` ${name}="${attr(v)}"` : '');
  return `<path transform="translate(${s.x},${s.y})" d="${sh.d}"${paint('fill', s.fill)}${paint('stroke', s.stroke)} stroke-width="${s.strokeWidth}" opacity="1"/>`;
}

export interface TextItem {
  x: number;
  /** The anchor's y before the baseline offset. */
  y: number;
  text: string | string[];
  align?: 'left' | 'center' | 'right';
  baseline: 'top' | 'middle' | 'bottom';
  fontSize: number;
  fontWeight?: number;
  fill: string;
  lineHeight?: number;
  /** Axis labels carry opacity="1". */
  opacity?: boolean;
}

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

/** A `<text>` as vega writes it (multi-line as tspans) and its bounds. */
export function text(t: TextItem, b: Bounds): string {
  const h = t.fontSize;
  const offset = Math.round(t.baseline === 'top' ? 0.79 * h : t.baseline === 'middle' ? 0.3 * h : -0.21 * h);
  const lines = (Array.isArray(t.text) ? t.text : [t.text]).map((l) => l.trim());
  const lh = t.lineHeight ?? h + 2;
  const w = Math.max(...lines.map((l) => textWidth(l, h, t.fontWeight ?? 400)));
  const align = t.align ?? 'left';
  const x1 = t.x - (align === 'center' ? w / 2 : align === 'right' ? w : 0);
  const y1 = t.y + offset - Math.round(0.8 * h);
  b.add(x1, y1, x1 + w, y1 + h + lh * (lines.length - 1));
  const body = lines.length > 1 ? lines.map((l, i) => (i ? `<tspan x="0" dy="${lh}">${esc(l)}</tspan>` : `<tspan>${esc(l)}</tspan>`)).join('') : esc(lines[0]!);
  return `<text text-anchor="${ANCHOR[align]}" transform="translate(${t.x},${t.y + offset})" font-family="${attr(FONT_FAMILY)}" font-size="${h}px"${t.fontWeight != null ? ` font-weight="${t.fontWeight}"` : ''} fill="${attr(t.fill)}"${t.opacity ? ' opacity="1"' : ''}>${body}</text>`;
}

/** A rect as vega's path: `M x,y h w v h h -w Z`. */
export const rectPath = (x: number, y: number, w: number, h: number) => `M${r3(x)},${r3(y)}h${r3(w)}v${r3(h)}h${r3(-w)}Z`;

/** vega's group wrapper: class/role, translate, background rect, content, foreground. */
export function group(name: string, x: number, y: number, w: number, h: number, content: string): string {
  return `<g class="mark-group role-scope ${name}" role="graphics-object" aria-roledescription="group mark container"><g transform="translate(${x},${y})"><path class="background" aria-hidden="true" d="${rectPath(0, 0, w, h)}"/><g>${content}</g><path class="foreground" aria-hidden="true" d="" display="none"/></g></g>`;
}

/** vega's axis wrapper: a hidden group at (x, y) around the axis's parts. */
export const axisGroup = (x: number, y: number, content: string) =>
  `<g class="mark-group role-axis" aria-hidden="true"><g transform="translate(${x},${y})"><path class="background" aria-hidden="true" d="M0,0h0v0h0Z" pointer-events="none"/><g>${content}</g><path class="foreground" aria-hidden="true" d="" pointer-events="none" display="none"/></g></g>`;

/** The whole chart: white background, the padding offset (tx, ty) and vega's root frame (`frameW` wide) around `body`. */
export function rootSvg(width: number, height: number, tx: number, ty: number, frameW: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" class="marks" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="white"/><g fill="none" stroke-miterlimit="4" transform="translate(${tx},${ty})"><g class="mark-group role-frame root" role="graphics-object" aria-roledescription="group mark container"><g transform="translate(0,0)"><path class="background" aria-hidden="true" d="${rectPath(0, 0, frameW, 0)}"/><g>${body}</g><path class="foreground" aria-hidden="true" d="" display="none"/></g></g></g></svg>`;
}

/** A mark container (`<g class="mark-symbol role-mark …">`), self-closing when empty as vega writes it. */
export function marks(type: 'symbol' | 'text' | 'rect' | 'rule' | 'line', name: string, items: string[]): string {
  const role = type === 'text' ? 'graphics-object' : 'graphics-symbol';
  const open = `<g class="mark-${type} role-mark ${name}" role="${role}" aria-roledescription="${type} mark container"`;
  return items.length ? `${open}>${items.join('')}</g>` : `${open}/>`;
}
