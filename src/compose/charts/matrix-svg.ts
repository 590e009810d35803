// The status matrix drawn directly as SVG: the same markup vega writes for matrix.ts's vega-lite spec, without
// compiling or running vega.
import { FONT_SIZE, INK } from './config.ts';
import type { LegendItem } from './legend.ts';
import { axisGroup, Bounds, group, marks, rectPath, rootSvg, symbol, text } from './svg.ts';

export interface MatrixLayout {
  pad: number;
  legend: { width: number; height: number; items: (LegendItem & { sx: number; tx: number; y: number; hasLine: boolean })[] };
  spacing: number;
  nameW: number;
  colW: number;
  step: number;
  /** Column labels in order, the kommun's first; rows' labels in order (lines joined by "\n"). */
  cols: string[];
  kommunLabel: string | undefined;
  rows: string[];
  vertical: boolean;
  cells: { row: string; col: string; word: string; tint: string; color: string; shape: string; fill: string; stroke: string; size: number }[];
  words: 'beside' | 'below' | 'none';
  wordSize: number;
  symbolX: number;
  symbolY: number;
  wordX: number;
}

const axis = (content: string) => axisGroup(0.5, 0.5, `<g class="mark-text role-axis-label" pointer-events="none">${content}</g>`);

/** The matrix's SVG, or undefined for a layout drawn here differently from vega (then vega draws it). */
export function matrixSvg(l: MatrixLayout): string | undefined {
  if (!l.vertical) return undefined;
  const b = new Bounds();
  const W = l.colW * l.cols.length;
  const H = l.step * l.rows.length;
  const colX = new Map(l.cols.map((c, i) => [c, i * l.colW]));
  const rowY = new Map(l.rows.map((r, i) => [r, i * l.step]));

  // Legend (symbols and words only).
  if (l.legend.items.some((it) => it.hasLine)) return undefined;
  const lb = new Bounds();
  const legendSymbols = l.legend.items.map((it) => symbol({ x: it.sx, y: it.y, shape: it.shape, size: 60, fill: it.fill, stroke: it.stroke, strokeWidth: 1.5 }, lb));
  if (legendSymbols.some((s) => s === undefined)) return undefined;
  const legendTexts = l.legend.items.map((it) => text({ x: it.tx, y: it.y, text: it.label, baseline: 'middle', fontSize: FONT_SIZE, fill: INK }, lb));
  b.add(lb.x1, lb.y1, lb.x2, lb.y2);
  const legend = group('concat_0_group', 0, 0, l.legend.width, l.legend.height,
    marks('rule', 'concat_0_layer_0_marks', []) + marks('symbol', 'concat_0_layer_1_marks', legendSymbols as string[]) + marks('text', 'concat_0_layer_2_marks', legendTexts));

  // Column headers set vertically: each name rotated from just above its column's centre.
  const hb = new Bounds();
  const heads = l.cols.map((c) => {
    const x = colX.get(c)! + l.colW / 2 - 0.5;
    const weight = c === l.kommunLabel ? 600 : 400;
    const local = new Bounds();
    const t = text({ x: 0, y: 0, text: c, baseline: 'middle', fontSize: FONT_SIZE, fontWeight: weight, fill: INK, opacity: true }, local);
    // rotate(270): (u, v) → (v, −u), anchored at (x, −4)
    hb.add(x + local.y1, -4 - local.x2, x + local.y2, -4 - local.x1);
    return t.replace(/transform="translate\(0,(-?[\d.]+)\)"/, (_, dy: string) => `transform="translate(${x},-4) rotate(270) translate(0,${dy})"`);
  });
  const top = l.legend.height + l.spacing + Math.ceil(-hb.y1);

  // Cells, symbols, words.
  const mb = new Bounds();
  const rects = l.cells.map((c) => {
    const x = colX.get(c.col)!;
    const y = rowY.get(c.row)!;
    mb.add(x - 1, y - 1, x + l.colW + 1, y + l.step + 1);
    return `<path d="${rectPath(x, y, l.colW, l.step)}" fill="${c.tint}" stroke="white" stroke-width="2"/>`;
  });
  const syms = l.cells.map((c) => symbol({ x: colX.get(c.col)! + l.colW / 2 + l.symbolX, y: rowY.get(c.row)! + l.step / 2 + l.symbolY, shape: c.shape, size: c.size, fill: c.fill, stroke: c.stroke, strokeWidth: 2.2 }, mb));
  if (syms.some((s) => s === undefined)) return undefined;
  const words = l.words === 'none' ? [] : l.cells.map((c) => text({
    x: colX.get(c.col)! + l.colW / 2 + (l.words === 'beside' ? l.wordX : 0),
    y: rowY.get(c.row)! + l.step / 2 + (l.words === 'below' ? 9 : 0),
    text: c.word, align: l.words === 'beside' ? 'left' : 'center', baseline: 'middle', fontSize: l.wordSize, fill: c.color,
  }, mb));
  b.add(mb.x1, mb.y1 + top, mb.x2, mb.y2 + top);

  // Row labels: indicator names, left-aligned in the name column (a second line hangs below).
  const rb = new Bounds();
  const rowLabels = l.rows.map((r) => {
    const lines = r.split('\n');
    return text({ x: -(l.nameW - 4), y: rowY.get(r)! + l.step / 2 - 0.5, text: lines.length > 1 ? lines : lines[0]!, baseline: 'middle', fontSize: FONT_SIZE, fill: INK, lineHeight: 13, opacity: true }, rb);
  });
  b.add(0, rb.y1 + top, 0, rb.y2 + top);

  const layers = marks('rect', 'concat_1_layer_0_marks', rects) + marks('symbol', 'concat_1_layer_1_marks', syms as string[])
    + (l.words === 'none' ? '' : marks('text', 'concat_1_layer_2_marks', words));
  const matrix = group('concat_1_group', 0, top, W, H, layers + axis(heads.join('')) + axis(rowLabels.join('')));

  const left = Math.ceil(l.nameW);
  if (b.x1 < -left || b.y1 < 0) return undefined;
  const width = left + W + Math.max(0, Math.ceil(b.x2 - W)) + 2 * l.pad;
  const height = top + H + Math.max(0, Math.ceil(b.y2 - top - H)) + 2 * l.pad;
  return rootSvg(width, height, l.pad + left, l.pad, W, legend + matrix);
}
