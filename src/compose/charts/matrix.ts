// Status matrix: units × indicators, each cell a tinted box with symbol + colour + word.
// Transposes (indicators as rows) when the indicator columns would be too narrow for the words.
import type { Status } from '../../model/analysis.ts';
import type { Indicator } from '../../model/types.ts';
import { CHART_WIDTH, FONT_SIZE, INK, LINE_HEIGHT, MUTED, STATUS_STYLES } from './config.ts';
import { textWidth } from './metrics.ts';
import { renderSvg, type VegaLiteSpec } from './render.ts';
import { formatIndicatorValue, joinSv, wrapText } from './text.ts';
import type { Chart } from './types.ts';

export type MatrixCell = 'Ja' | 'Nej' | 'Saknas' | number | { value: number; status: Status };

const PAD = 4;
const MIN_COL = 64;
const MAX_COL = 110;
const ROW_H = 26;

function cellOf(ind: Indicator, c: MatrixCell): { word: string; status: Status } {
  if (c === 'Ja') return { word: 'Ja', status: 'bra' };
  if (c === 'Nej') return { word: 'Nej', status: 'svag' };
  if (c === 'Saknas') return { word: 'Saknas', status: 'saknas' };
  if (typeof c === 'number') return { word: formatIndicatorValue(ind, c), status: 'ingen' };
  return { word: formatIndicatorValue(ind, c.value), status: c.status };
}

/** Rows are units (the first is the report's own kommun, shown bold); columns are indicators. */
export async function statusMatrix(
  rows: { code: string; name: string }[],
  indicators: Indicator[],
  cell: (code: string, indicatorId: string) => MatrixCell,
): Promise<Chart> {
  const inner = CHART_WIDTH - 2 * PAD - 2; // the cells' white stroke extends 1 px at each edge
  const unitLabelW = Math.min(150, Math.max(...rows.map((r, i) => textWidth(r.name, FONT_SIZE, i === 0 ? 600 : 400))) + 10);
  const transpose = (inner - unitLabelW) / indicators.length < MIN_COL;

  const cells = rows.flatMap((u) => indicators.map((ind) => {
    const { word, status } = cellOf(ind, cell(u.code, ind.id));
    const st = STATUS_STYLES[status];
    return {
      unit: u.code, ind: ind.id, word,
      tint: st.tint, color: status === 'saknas' ? MUTED : INK,
      shape: st.shape, fill: st.filled ? st.color : 'transparent',
      stroke: status === 'ingen' ? 'transparent' : st.color,
      size: st.filled ? 50 : 90,
    };
  }));

  // Header labels: unit names (left/top) and indicator short names, wrapped by measured width.
  const rowKeys = transpose ? indicators.map((i) => i.id) : rows.map((r) => r.code);
  const colKeys = transpose ? rows.map((r) => r.code) : indicators.map((i) => i.id);
  const rowLabelW = transpose ? 170 : unitLabelW;
  const colW = Math.min(MAX_COL, Math.floor((inner - rowLabelW) / colKeys.length));
  const kommunCode = rows[0]?.code;
  const label = (key: string, width: number, lines: number) => {
    const unit = rows.find((r) => r.code === key);
    const name = unit ? unit.name : indicators.find((i) => i.id === key)!.shortName;
    return wrapText(name, width, FONT_SIZE, key === kommunCode ? 600 : 400, lines).join('\n');
  };
  const rowLabels = Object.fromEntries(rowKeys.map((k) => [k, label(k, rowLabelW - 10, 2)]));
  const colWrapped = colKeys.map((k) => label(k, colW - 4, 3));
  const headLines = Math.max(...colWrapped.map((l) => l.split('\n').length));
  // Vega draws multi-line labels downwards from the anchor: pad to equal line counts so headers sit bottom-aligned.
  const colLabels = Object.fromEntries(colKeys.map((k, i) => {
    const l = colWrapped[i]!;
    return [k, '\n'.repeat(headLines - l.split('\n').length) + l];
  }));
  const rowLines = Math.max(...Object.values(rowLabels).map((l) => l.split('\n').length));
  const step = Math.max(ROW_H, rowLines * LINE_HEIGHT + 8);
  const data = cells.map((c) => ({
    ...c,
    row: rowLabels[transpose ? c.ind : c.unit]!,
    col: colLabels[transpose ? c.unit : c.ind]!,
  }));
  const kommunLabel = kommunCode ? (transpose ? colLabels[kommunCode] : rowLabels[kommunCode]) : undefined;
  const bold = { condition: { test: `datum.value === ${JSON.stringify(kommunLabel ?? '')}`, value: 600 as const }, value: 400 as const };
  const x = {
    field: 'col', type: 'nominal' as const, sort: colKeys.map((k) => colLabels[k]!),
    axis: { orient: 'top' as const, title: null, labelAngle: 0, domain: false, ticks: false, labelExpr: "split(datum.label, '\\n')", labelLineHeight: LINE_HEIGHT, labelBaseline: 'top' as const, labelPadding: headLines * LINE_HEIGHT + 4, labelFontWeight: bold, labelLimit: colW },
  };
  const y = {
    field: 'row', type: 'nominal' as const, sort: rowKeys.map((k) => rowLabels[k]!),
    axis: { title: null, domain: false, ticks: false, labelExpr: "split(datum.label, '\\n')", labelLineHeight: LINE_HEIGHT, labelAlign: 'left' as const, labelPadding: rowLabelW - 4, labelFontWeight: bold, labelLimit: rowLabelW, minExtent: rowLabelW, maxExtent: rowLabelW },
  };
  const spec: VegaLiteSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: colW * colKeys.length,
    height: { step },
    data: { values: data },
    encoding: { x, y },
    layer: [
      { mark: { type: 'rect', stroke: 'white', strokeWidth: 2 }, encoding: { fill: { field: 'tint', type: 'nominal', scale: null } } },
      {
        mark: { type: 'point', strokeWidth: 2.2, opacity: 1, xOffset: -colW / 2 + 11 },
        encoding: {
          shape: { field: 'shape', type: 'nominal', scale: null },
          fill: { field: 'fill', type: 'nominal', scale: null },
          stroke: { field: 'stroke', type: 'nominal', scale: null },
          size: { field: 'size', type: 'quantitative', scale: null },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', xOffset: -colW / 2 + 21, limit: colW - 24 },
        encoding: { text: { field: 'word' }, color: { field: 'color', type: 'nominal', scale: null } },
      },
    ],
  };
  return { svg: await renderSvg(spec), alt: matrixAlt(rows, indicators, cell) };
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
