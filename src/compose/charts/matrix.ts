// Status matrix: units × indicators, each cell a tinted box with symbol + colour + word.
// Transposes (indicators as rows) when the indicator columns would be too narrow for the words.
import type { Status } from '../../model/analysis.ts';
import type { Indicator } from '../../model/types.ts';
import { CHART_WIDTH, FONT_SIZE, INK, LINE_HEIGHT, MUTED, STATUS_STYLES } from './config.ts';
import { textWidth } from './metrics.ts';
import { renderSvg, type VegaLiteSpec } from './render.ts';
import { formatIndicatorValue, joinSv, wrapText } from './text.ts';
import type { Chart } from './types.ts';
import { legendView, statusLegend } from './legend.ts';
import { matrixSvg } from './matrix-svg.ts';

export type MatrixCell = 'Ja' | 'Nej' | 'Saknas' | number | { value: number; status: Status };

const PAD = 4;
const NAME_W = 170;
const MAX_COL = 110;
const ROW_H = 26;
const STACKED_ROW_H = 38;
/** Indicator names: two tight lines per row keep the whole matrix on one page with the step's heading. */
const NAME_LINE_H = 13;
const SYMBOL_X = 11;
const WORD_X = 20;

function cellOf(ind: Indicator, c: MatrixCell): { word: string; status: Status } {
  if (c === 'Ja') return { word: 'Ja', status: 'bra' };
  if (c === 'Nej') return { word: 'Nej', status: 'svag' };
  if (c === 'Saknas') return { word: 'Saknas', status: 'saknas' };
  if (typeof c === 'number') return { word: formatIndicatorValue(ind, c), status: 'ingen' };
  return { word: formatIndicatorValue(ind, c.value), status: c.status };
}

/**
 * Indicators are rows (their names wrap over two lines); units are columns, the report's own kommun first and
 * bold. Unit names that do not fit across a column are set vertically instead of being cut. Each cell shows
 * symbol and word when the word fits the column, otherwise the symbol alone, explained by the legend above.
 */
export async function statusMatrix(
  rows: { code: string; name: string }[],
  indicators: Indicator[],
  cell: (code: string, indicatorId: string) => MatrixCell,
  vega = false,
): Promise<Chart> {
  const inner = CHART_WIDTH - 2 * PAD - 2; // the cells' white stroke extends 1 px at each edge
  const units = rows;
  const kommunCode = units[0]?.code;
  const nameW = Math.min(NAME_W, Math.max(...indicators.map((i) => textWidth(i.shortName, FONT_SIZE))) + 12);
  const colW = Math.min(MAX_COL, Math.floor((inner - nameW) / Math.max(1, units.length)));

  const cells = units.flatMap((u) => indicators.map((ind) => ({ u, ind, ...cellOf(ind, cell(u.code, ind.id)) })));
  // Words beside the symbol at 9 pt; else below it (8.25 pt, rows made tall enough); else symbols only.
  // The widest word decides for the whole matrix.
  const widest = (size: number) => Math.max(0, ...cells.map((c) => textWidth(c.word, size)));
  const beside = WORD_X + widest(FONT_SIZE) + 3 <= colW;
  const below = !beside && widest(FONT_SIZE - 1) + 6 <= colW;
  const withWords = beside || below;
  const wordSize = beside ? FONT_SIZE : FONT_SIZE - 1;

  const data = cells.map((c) => {
    const st = STATUS_STYLES[c.status];
    return {
      unit: c.u.code, ind: c.ind.id, word: withWords ? c.word : '',
      tint: st.tint, color: c.status === 'saknas' ? MUTED : INK,
      shape: st.shape, fill: st.filled ? st.color : 'transparent',
      stroke: c.status === 'ingen' || st.filled ? 'transparent' : st.color,
      size: 110,
    };
  });

  // Row labels: indicator names wrapped by measured width.
  const rowLabels = Object.fromEntries(indicators.map((i) => [i.id, wrapText(i.shortName, nameW - 10, FONT_SIZE, 400, 2).join('\n')]));
  const rowLines = Math.max(...Object.values(rowLabels).map((l) => l.split('\n').length));
  const step = Math.max(below ? STACKED_ROW_H : ROW_H, rowLines * NAME_LINE_H + 6);

  // Column headers: horizontal when every name fits its column (wrapped at spaces or hyphens), else vertical.
  const wrapped = units.map((u) => wrapText(u.name.replace(/-/g, '- '), colW - 4, FONT_SIZE, u.code === kommunCode ? 600 : 400, 2).map((l) => l.replace(/- /g, '-')));
  const fitsFlat = wrapped.every((lines, i) => lines.join(' ').replace(/- /g, '-') === units[i]!.name && !lines.some((l) => l.endsWith('\u2026')));
  const headLines = fitsFlat ? Math.max(...wrapped.map((l) => l.length)) : 1;
  const colLabels = Object.fromEntries(units.map((u, i) => {
    if (!fitsFlat) return [u.code, u.name];
    const l = wrapped[i]!;
    return [u.code, '\n'.repeat(headLines - l.length) + l.join('\n')];
  }));
  const vertical = !fitsFlat;
  const headH = vertical ? Math.max(...units.map((u) => textWidth(u.name, FONT_SIZE, u.code === kommunCode ? 600 : 400))) + 6 : headLines * LINE_HEIGHT + 4;

  const rowsData = data.map((c) => ({ ...c, row: rowLabels[c.ind]!, col: colLabels[c.unit]! }));
  const kommunLabel = kommunCode ? colLabels[kommunCode] : undefined;
  const bold = { condition: { test: { field: 'value', equal: kommunLabel ?? '' }, value: 600 as const }, value: 400 as const };
  const x = {
    field: 'col', type: 'nominal' as const, sort: units.map((u) => colLabels[u.code]!),
    axis: vertical
      ? { orient: 'top' as const, title: null, domain: false, ticks: false, labelAngle: 270, labelAlign: 'left' as const, labelBaseline: 'middle' as const, labelPadding: 4, labelFontWeight: bold, labelLimit: 0, labelOverlap: false as const }
      : { orient: 'top' as const, title: null, domain: false, ticks: false, labelAngle: 0, labelExpr: "split(datum.label, '\\n')", labelLineHeight: LINE_HEIGHT, labelBaseline: 'top' as const, labelPadding: headH, labelFontWeight: bold, labelLimit: colW, labelOverlap: false as const },
  };
  const y = {
    field: 'row', type: 'nominal' as const, sort: indicators.map((i) => rowLabels[i.id]!),
    axis: { title: null, domain: false, ticks: false, labelExpr: "split(datum.label, '\\n')", labelLineHeight: NAME_LINE_H, labelAlign: 'left' as const, labelPadding: nameW - 4, labelLimit: nameW, minExtent: nameW, maxExtent: nameW },
  };
  const symbolX = beside ? -colW / 2 + SYMBOL_X : 0;
  const symbolY = below ? -8 : 0;
  const matrix = {
    width: colW * units.length,
    height: { step },
    data: { values: rowsData },
    encoding: { x, y },
    layer: [
      { mark: { type: 'rect' as const, stroke: 'white', strokeWidth: 2 }, encoding: { fill: { field: 'tint', type: 'nominal' as const, scale: null } } },
      {
        mark: { type: 'point' as const, strokeWidth: 2.2, opacity: 1, xOffset: symbolX, yOffset: symbolY },
        encoding: {
          shape: { field: 'shape', type: 'nominal' as const, scale: null },
          fill: { field: 'fill', type: 'nominal' as const, scale: null },
          stroke: { field: 'stroke', type: 'nominal' as const, scale: null },
          size: { field: 'size', type: 'quantitative' as const, scale: null },
        },
      },
      ...(withWords
        ? [{
            mark: beside
              ? { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, xOffset: -colW / 2 + WORD_X, fontSize: wordSize }
              : { type: 'text' as const, align: 'center' as const, baseline: 'middle' as const, yOffset: 9, fontSize: wordSize },
            encoding: { text: { field: 'word' }, color: { field: 'color', type: 'nominal' as const, scale: null } },
          }]
        : []),
    ],
  };
  // The tables' words: Ja/Nej for answers, Bra/Mellan/Svag for shares (a heatmap of shares is never "Ja / Nej").
  const legend = legendView(
    statusLegend(cells.filter((c) => c.status !== 'ingen')),
    colW * units.length, // vconcat aligns the legend with the cells, right of the names
  );
  const spec: VegaLiteSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    spacing: 8,
    vconcat: [legend, matrix],
  };
  const alt = matrixAlt(rows, indicators, cell);
  // Drawn directly (matrix-svg.ts), byte-identical to vega's rendering of the spec; vega is the reference and
  // draws what the direct drawing does not cover.
  const svg = vega ? undefined : matrixSvg({
    pad: PAD, legend: { width: legend.width, height: legend.height, items: legend.data.values }, spacing: 8, nameW, colW, step,
    cols: units.map((u) => colLabels[u.code]!), kommunLabel, rows: indicators.map((i) => rowLabels[i.id]!), vertical,
    cells: rowsData, words: beside ? 'beside' : below ? 'below' : 'none', wordSize, symbolX, symbolY, wordX: -colW / 2 + WORD_X,
  });
  if (svg) return { svg, alt };
  return { svg: await renderSvg(spec, Object.values(colLabels)), alt };
}

function matrixAlt(rows: { code: string; name: string }[], indicators: Indicator[], cell: (code: string, id: string) => MatrixCell): string {
  const summary = (code: string) => {
    const cs = indicators.map((i) => cellOf(i, cell(code, i.id)));
    const n = (w: string) => cs.filter((c) => c.word === w).length;
    const parts = [`${n('Ja')} Ja`, `${n('Nej')} Nej`];
    if (n('Saknas')) parts.push(`${n('Saknas')} saknas`);
    return parts;
  };
  const [first, ...rest] = rows;
  if (!first) return '';
  const janej = indicators.length;
  let alt = `Av ${janej} indikatorer har ${first.name} ${joinSv(summary(first.code))}.`;
  if (rest.length) alt += ` Jämförelse: ${rest.map((r) => `${r.name} ${summary(r.code).join(', ')}`).join('; ')}.`;
  return alt;
}
