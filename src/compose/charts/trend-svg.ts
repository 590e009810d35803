// The trend chart (one indicator) drawn directly as SVG: the same markup vega writes for trend.ts's vega-lite
// spec, without compiling or running vega.
import { FONT_SIZE, GRID, INK, MUTED, TITLE_SIZE } from './config.ts';
import type { LegendItem } from './legend.ts';
import { attr, axisGroup, Bounds, group, marks, rectPath, rootSvg, symbol, text } from './svg.ts';
import { r3 } from './symbols.ts';

export interface TrendLayout {
  pad: number;
  axisW: number;
  legend: { width: number; height: number; items: (LegendItem & { x: number; sx: number; tx: number; y: number; hasLine: boolean })[] };
  spacing: number;
  plotW: number;
  plotH: number;
  stripH: number;
  years: number[];
  title: string;
  subtitle?: string;
  /** Line series in drawing order, with their styles. */
  series: { label: string; shape: string; fill: string; stroke: string; dash: number[] }[];
  lines: { series: string; year: number; share: number | null; dx?: number; xi: number }[];
  ends: { year: number; labelY: number; text: string }[];
  stripLabel: string;
  wordsFit: boolean;
  strip: { year: number; word: string; size: number; shape: string; fill: string; stroke: string; color: string }[];
}

const TICK = '#9a9a9a';
const line = (x: number, y: number, x2: number, y2: number, stroke: string) => `<line transform="translate(${x},${y})" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="1" opacity="1"/>`;
const part = (role: string, items: string[]) => `<g class="mark-${role === 'label' ? 'text' : 'rule'} role-axis-${role}" pointer-events="none">${items.join('')}</g>`;
const PERCENT = (v: number) => `${Math.round(v * 100)}\u00a0%`;
/** The x axis below the plot: tick 5 + padding 4 + a label line (to its box's bottom). */
const X_AXIS_EXTENT = 20;

/** The chart's SVG, or undefined for a layout drawn here differently from vega (then vega draws it). */
export function trendSvg(l: TrendLayout): string | undefined {
  if (!l.wordsFit) return undefined;
  const b = new Bounds();
  const n = l.years.length;
  // vega's point scale (padding 0.4) for the years; a linear scale over the same span for nudged positions.
  const step = l.plotW / (n - 1 + 0.8);
  const start = (l.plotW - step * (n - 1)) * 0.5;
  const px = (year: number) => start + step * l.years.indexOf(year);
  const xi = (v: number) => { const t = (v + 0.4) / (n - 1 + 0.8); return 0 * (1 - t) + l.plotW * t; };
  const sy = (v: number) => l.plotH * (1 - v) + 0 * v;
  const add = (local: Bounds, dx: number, dy: number) => b.add(local.x1 + dx, local.y1 + dy, local.x2 + dx, local.y2 + dy);

  // Legend: dashed lines, symbols, labels.
  const lb = new Bounds();
  const rules = l.legend.items.filter((it) => it.hasLine).map((it) => {
    lb.add(it.x - 1, it.y - 1, it.x + 15, it.y + 1);
    return `<line transform="translate(${it.x},${it.y})" x2="14" y2="0" stroke="${it.stroke}" stroke-width="2" stroke-dasharray="${it.dash!.join(',')}"/>`;
  });
  const legendSymbols = l.legend.items.map((it) => symbol({ x: it.sx, y: it.y, shape: it.shape, size: 60, fill: it.fill, stroke: it.stroke, strokeWidth: 1.5 }, lb));
  if (legendSymbols.some((s) => s === undefined)) return undefined;
  const legendTexts = l.legend.items.map((it) => text({ x: it.tx, y: it.y, text: it.label, baseline: 'middle', fontSize: FONT_SIZE, fill: INK }, lb));
  add(lb, 0, 0);
  const legend = group('concat_0_group', 0, 0, l.legend.width, l.legend.height,
    marks('rule', 'concat_0_layer_0_marks', rules) + marks('symbol', 'concat_0_layer_1_marks', legendSymbols as string[]) + marks('text', 'concat_0_layer_2_marks', legendTexts));

  // Plot: y grid, x axis, y axis, one line per series, markers, end labels.
  const ticks = [0, 0.5, 1];
  const grid = axisGroup(0.5, 0.5, part('grid', ticks.map((v) => line(0, Math.round(sy(v)), l.plotW, 0, GRID))));
  const xAxis = axisGroup(0.5, l.plotH + 0.5,
    part('tick', l.years.map((y) => line(Math.round(px(y)), 0, 0, 5, TICK)))
    + part('label', l.years.map((y) => text({ x: px(y), y: 9, text: String(y), align: 'center', baseline: 'top', fontSize: FONT_SIZE, fill: INK, opacity: true }, new Bounds())))
    + part('domain', [line(0, 0, l.plotW, 0, TICK)]));
  const yAxis = axisGroup(0.5, 0.5,
    part('tick', ticks.map((v) => line(0, Math.round(sy(v)), -5, 0, TICK)))
    + part('label', ticks.map((v) => text({ x: -9, y: sy(v), text: PERCENT(v), align: 'right', baseline: 'middle', fontSize: FONT_SIZE, fill: INK, opacity: true }, new Bounds())))
    + part('domain', [line(0, l.plotH, 0, -l.plotH, TICK)]));
  const pb = new Bounds();
  const paths: string[] = [];
  for (const s of l.series) {
    const pts = l.lines.filter((p) => p.series === s.label);
    if (!pts.length) continue;
    // d3's line: a gap (no value) ends a segment; a segment of one point is closed ("Z").
    let d = '';
    let run = 0;
    for (const p of [...pts, null]) {
      if (p?.share == null) {
        if (run === 1) d += 'Z';
        run = 0;
        continue;
      }
      const x = xi(p.xi);
      const y = sy(p.share);
      pb.add(x - 4, y - 4, x + 4, y + 4); // the stroke's mitred corners, as vega bounds a line
      d += `${run ? 'L' : 'M'}${r3(x)},${r3(y)}`;
      run++;
    }
    if (!d) return undefined;
    paths.push(`<g transform="translate(0,0)"><path class="background" aria-hidden="true" d="${rectPath(0, 0, l.plotW, l.plotH)}"/><g>${marks('line', 'concat_1_concat_0_layer_0_marks', [`<path d="${d}" stroke="${s.stroke}" stroke-width="2" stroke-dasharray="${s.dash.join(',')}"/>`])}</g><path class="foreground" aria-hidden="true" d="" display="none"/></g>`);
  }
  const style = new Map<string, TrendLayout['series'][number]>();
  for (const s of l.series) if (!style.has(s.label)) style.set(s.label, s);
  const markers = l.lines.filter((p) => p.share != null).map((p) => {
    const s = style.get(p.series);
    return s && symbol({ x: px(p.year) + (p.dx ?? 0), y: sy(p.share!), shape: s.shape, size: 45, fill: s.fill === 'transparent' ? 'white' : s.fill, stroke: s.stroke, strokeWidth: 1.5 }, pb);
  });
  if (markers.some((m) => m === undefined)) return undefined;
  const endTexts = l.ends.map((e) => text({ x: px(e.year) + 10, y: sy(e.labelY), text: e.text, baseline: 'middle', fontSize: FONT_SIZE, fill: INK }, pb));
  // The title sits 6 px above the plot's content (the "100 %" label's box, or a marker or label reaching higher).
  // A subtitle (a series break) starts 3 px below the title's 13 px; its 12 px box ends 27 px below the top.
  const titleY = Math.min(-6, pb.y1) - 6 - (l.subtitle ? TITLE_SIZE + 3 + 11 : TITLE_SIZE);
  const top = l.legend.height + l.spacing + Math.ceil(-titleY);
  add(pb, 0, top);
  const pathGroup = `<g class="mark-group role-scope concat_1_concat_0_layer_0_pathgroup" role="graphics-object" aria-roledescription="group mark container">${paths.join('')}</g>`;
  const plot = group('concat_1_concat_0_group', 0, 0, l.plotW, l.plotH,
    grid + xAxis + yAxis + pathGroup + marks('symbol', 'concat_1_concat_0_layer_1_marks', markers as string[]) + marks('text', 'concat_1_concat_0_layer_2_marks', endTexts));

  // Strip: the kommun's name as the y axis label, its answer each year as symbol + word.
  const stripY = l.plotH + 4 + X_AXIS_EXTENT;
  const sb = new Bounds();
  const mid = l.stripH / 2;
  const labelLines = l.stripLabel.split('\n');
  // A wrapped name hangs down from the middle line (vega offsets no axis label line), and may reach below the strip.
  const sl = new Bounds();
  const stripAxis = axisGroup(0.5, 0.5, part('label', [text({ x: -4, y: mid, text: labelLines.length > 1 ? labelLines : labelLines[0]!, align: 'right', baseline: 'middle', fontSize: FONT_SIZE, fontWeight: 600, fill: INK, lineHeight: 14, opacity: true }, sl)]));
  add(sl, 0, top + stripY);
  const stripSymbols = l.strip.map((s) => symbol({ x: px(s.year), y: mid - 9, shape: s.shape, size: s.size, fill: s.fill, stroke: s.stroke, strokeWidth: 2.2 }, sb));
  if (stripSymbols.some((s) => s === undefined)) return undefined;
  const stripTexts = l.strip.map((s) => text({ x: px(s.year), y: mid + 9, text: s.word, align: 'center', baseline: 'middle', fontSize: FONT_SIZE, fontWeight: 600, fill: s.color }, sb));
  add(sb, 0, top + stripY);
  const strip = group('concat_1_concat_1_group', 0, stripY, l.plotW, l.stripH,
    stripAxis + marks('symbol', 'concat_1_concat_1_layer_0_marks', stripSymbols as string[]) + marks('text', 'concat_1_concat_1_layer_1_marks', stripTexts));

  const title = `<g class="mark-group role-title"><g transform="translate(${-l.axisW},${titleY})"><path class="background" aria-hidden="true" d="M0,0h0v0h0Z" pointer-events="none"/><g><g class="mark-text role-title-text" role="graphics-symbol" aria-roledescription="title" aria-label="${attr(`Title text '${l.title}'`)}" pointer-events="none">${text({ x: 0, y: 0, text: l.title, baseline: 'top', fontSize: TITLE_SIZE, fontWeight: 600, fill: INK, opacity: true }, new Bounds())}</g>${l.subtitle ? `<g class="mark-text role-title-subtitle" role="graphics-symbol" aria-roledescription="subtitle" aria-label="${attr(`Subtitle text '${l.subtitle}'`)}" pointer-events="none">${text({ x: 0, y: TITLE_SIZE + 3, text: l.subtitle, baseline: 'top', fontSize: FONT_SIZE, fill: MUTED, opacity: true }, new Bounds())}</g>` : ''}</g><path class="foreground" aria-hidden="true" d="" pointer-events="none" display="none"/></g></g>`;
  const h = stripY + l.stripH;
  b.add(-l.axisW, 0, l.plotW, top + h);

  if (b.x1 < -l.axisW || b.y1 < 0) return undefined;
  const w = Math.max(l.legend.width, l.plotW);
  const width = l.axisW + w + Math.max(0, Math.ceil(b.x2 - w)) + 2 * l.pad;
  const height = top + h + Math.max(0, Math.ceil(b.y2 - top - h)) + 2 * l.pad;
  const body = legend + `<g class="mark-group role-scope concat_1_group" role="graphics-object" aria-roledescription="group mark container"><g transform="translate(0,${top})"><path class="background" aria-hidden="true" d="M0,0h0v0h0Z"/><g>${plot}${strip}${title}</g><path class="foreground" aria-hidden="true" d="" display="none"/></g></g>`;
  return rootSvg(width, height, l.pad + l.axisW, l.pad, 0, body);
}
