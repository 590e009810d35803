// The område profile drawn directly as SVG: the same markup vega writes for the profile's vega-lite spec
// (profile.ts), without compiling or running vega; about a tenth of the time.
import { FONT_SIZE, GRID, INK, LINE_HEIGHT, MUTED, ZEBRA } from './config.ts';
import type { LegendItem } from './legend.ts';
import { axisGroup, Bounds, group, marks, rectPath, rootSvg, symbol, text, type SymbolItem } from './svg.ts';

export interface ProfileLayout {
  pad: number;
  legend: { width: number; height: number; items: (LegendItem & { sx: number; tx: number; y: number; hasLine: boolean })[] };
  spacing: number;
  namesW: number;
  dotsW: number;
  kommunW: number;
  step: number;
  rows: { row: string; lines: string[]; zebra: boolean; dy: number }[];
  /** The 0–100 % scale's pixel range in the dots column. */
  range: readonly [number, number];
  axisTitle: string;
  points: { row: string; series: string; share: number; dy: number }[];
  /** Marker style per series label (the first of equal labels wins, as in an ordinal scale). */
  series: { label: string; shape: string; fill: string; stroke: string }[];
  own: { row: string; text: string; shape: string; size: number; fill: string; stroke: string }[];
  kommunHeader: string;
}

/** Space from the dots column's top to the top of its axis title (tick 5, labels, title), as vega lays it out. */
const AXIS_EXTENT = 39;
const TICKS = [0, 0.25, 0.5, 0.75, 1];
const PERCENT = (v: number) => `${Math.round(v * 100)}\u00a0%`;

// vega rounds tick and grid positions to whole pixels (labels and the title stay where the scale puts them).
/** Axis group wrapper (role-axis), offset half a pixel as vega draws axes. */
const axis = (content: string) => axisGroup(0.5, 0.5, content);
const axisPart = (role: string, items: string[]) => `<g class="mark-${role.endsWith('label') || role.endsWith('title') ? 'text' : 'rule'} role-axis-${role}" pointer-events="none">${items.join('')}</g>`;
const line = (x: number, x2: number, y2: number, stroke: string) => `<line transform="translate(${x},0)" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="1" opacity="1"/>`;

/** The profile's SVG, or undefined when it holds something drawn here differently from vega (then vega draws it). */
export function profileSvg(l: ProfileLayout): string | undefined {
  const b = new Bounds();
  const h = l.rows.length * l.step;
  const top = l.legend.height + l.spacing + AXIS_EXTENT;
  const rowIndex = new Map(l.rows.map((r, i) => [r.row, i]));
  const mid = (row: string) => rowIndex.get(row)! * l.step + l.step / 2;
  const sym = (s: SymbolItem, dx: number, dy: number) => {
    const local = new Bounds();
    const out = symbol(s, local);
    b.add(local.x1 + dx, local.y1 + dy, local.x2 + dx, local.y2 + dy);
    return out;
  };
  const txt = (t: Parameters<typeof text>[0], dx: number, dy: number) => {
    const local = new Bounds();
    const out = text(t, local);
    b.add(local.x1 + dx, local.y1 + dy, local.x2 + dx, local.y2 + dy);
    return out;
  };

  // Legend: lines (none in a profile), symbols, labels.
  if (l.legend.items.some((it) => it.hasLine)) return undefined;
  const legendSymbols = l.legend.items.map((it) => sym({ x: it.sx, y: it.y, shape: it.shape, size: 60, fill: it.fill, stroke: it.stroke, strokeWidth: 1.5 }, 0, 0));
  const legendTexts = l.legend.items.map((it) => txt({ x: it.tx, y: it.y, text: it.label, baseline: 'middle', fontSize: FONT_SIZE, fill: INK }, 0, 0));
  if (legendSymbols.some((s) => s === undefined)) return undefined;
  const legend = group('concat_0_group', 0, 0, l.legend.width, l.legend.height, [
    marks('rule', 'concat_0_layer_0_marks', []),
    marks('symbol', 'concat_0_layer_1_marks', legendSymbols as string[]),
    marks('text', 'concat_0_layer_2_marks', legendTexts),
  ].join(''));
  b.add(0, 0, l.legend.width, l.legend.height);

  const zebra = (name: string, w: number) => marks('rect', name, l.rows.map((r, i) => `<path d="${rectPath(0, i * l.step, w, l.step)}" fill="${ZEBRA}" opacity="${r.zebra ? 1 : 0}"/>`));

  // Names column.
  const names = group('concat_1_concat_0_group', 0, 0, l.namesW, h, zebra('concat_1_concat_0_layer_0_marks', l.namesW) + marks('text', 'concat_1_concat_0_layer_1_marks',
    l.rows.map((r) => txt({ x: 6, y: mid(r.row) + r.dy, text: r.lines.length === 1 ? r.lines[0]! : r.lines, baseline: 'middle', fontSize: FONT_SIZE, fill: INK, lineHeight: LINE_HEIGHT }, 0, top))));

  // Dots column: grid, axis (ticks, labels, domain, title), zebra, markers.
  const [r0, r1] = l.range;
  const sx = (v: number) => r0 * (1 - v) + r1 * v; // d3's interpolateNumber, as vega's linear scale
  const style = new Map<string, ProfileLayout['series'][number]>();
  for (const s of l.series) if (!style.has(s.label)) style.set(s.label, s);
  const dots = l.points.map((p) => {
    const s = style.get(p.series);
    return s && sym({ x: sx(p.share), y: mid(p.row) + p.dy, shape: s.shape, size: 70, fill: s.fill, stroke: s.stroke, strokeWidth: 1.5 }, l.namesW, top);
  });
  if (dots.some((d) => d === undefined)) return undefined;
  const last = TICKS.length - 1;
  const dotsAxis = axis(
    axisPart('tick', TICKS.map((v) => line(Math.round(sx(v)), 0, -5, '#9a9a9a')))
      + axisPart('label', TICKS.map((v, i) => text({ x: sx(v), y: -9, text: PERCENT(v), align: i === 0 ? 'left' : i === last ? 'right' : 'center', baseline: 'bottom', fontSize: FONT_SIZE, fill: INK, opacity: true }, new Bounds())))
      + axisPart('domain', [line(r0, r1 - r0, 0, '#9a9a9a')])
      + axisPart('title', [text({ x: (r0 + r1) / 2, y: -26, text: l.axisTitle, align: 'center', baseline: 'bottom', fontSize: FONT_SIZE, fontWeight: 400, fill: MUTED, opacity: true }, new Bounds())]),
  );
  const dotsGroup = group('concat_1_concat_1_group', l.namesW, 0, l.dotsW, h,
    axis(axisPart('grid', TICKS.map((v) => line(Math.round(sx(v)), 0, h, GRID)))) + dotsAxis + zebra('concat_1_concat_1_layer_0_marks', l.dotsW) + marks('symbol', 'concat_1_concat_1_layer_1_marks', dots as string[]));

  // The kommun's column: header, zebra, status symbols and answers.
  const kx = l.namesW + l.dotsW;
  const c = l.kommunW / 2;
  const ownSymbols = l.own.map((o) => sym({ x: c + (-l.kommunW / 2 + 10), y: mid(o.row), shape: o.shape, size: o.size, fill: o.fill, stroke: o.stroke, strokeWidth: 2.5 }, kx, top));
  if (ownSymbols.some((s) => s === undefined)) return undefined;
  const ownTexts = l.own.map((o) => txt({ x: c + (-l.kommunW / 2 + 21), y: mid(o.row), text: o.text, baseline: 'middle', fontSize: FONT_SIZE, fontWeight: 600, fill: INK }, kx, top));
  const header = axis(axisPart('label', [text({ x: c, y: -9, text: l.kommunHeader, align: 'center', baseline: 'bottom', fontSize: FONT_SIZE, fontWeight: 600, fill: INK, opacity: true }, new Bounds())]));
  const kommun = group('concat_1_concat_2_group', kx, 0, l.kommunW, h,
    header + zebra('concat_1_concat_2_layer_0_marks', l.kommunW) + marks('symbol', 'concat_1_concat_2_layer_1_marks', ownSymbols as string[]) + marks('text', 'concat_1_concat_2_layer_2_marks', ownTexts));
  b.add(0, top, kx + l.kommunW, top + h);

  // vega's "pad" autosize: the layout's size, grown to whole pixels where content reaches past it.
  const left = Math.max(0, Math.ceil(-b.x1));
  const above = Math.max(0, Math.ceil(-b.y1));
  const w = Math.max(l.legend.width, kx + l.kommunW);
  const width = left + w + Math.max(0, Math.ceil(b.x2 - w)) + 2 * l.pad;
  const height = above + top + h + Math.max(0, Math.ceil(b.y2 - top - h)) + 2 * l.pad;
  const body = legend + `<g class="mark-group role-scope concat_1_group" role="graphics-object" aria-roledescription="group mark container"><g transform="translate(0,${top})"><path class="background" aria-hidden="true" d="M0,0h0v0h0Z"/><g>${names}${dotsGroup}${kommun}</g><path class="foreground" aria-hidden="true" d="" display="none"/></g></g>`;
  return rootSvg(width, height, l.pad + left, l.pad + above, 0, body);
}
