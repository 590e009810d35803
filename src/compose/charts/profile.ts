// Område profile: one row per ja/nej or andel indicator; comparison sets as shapes on a 0–100 % scale and the
// kommun's own answer (symbol + word) at the right. The values are written out in the table below the figure.
import type { ComparisonSet, IndicatorResult, UnitAnalysis } from '../../model/analysis.ts';
import { formatPercent } from '../../sv/format.ts';
import { CHART_WIDTH, FONT_SIZE, GRID, INK, KOMMUN_STYLE, LINE_HEIGHT, MUTED, SET_STYLES, STATUS_STYLES, ZEBRA } from './config.ts';
import { legendView, statusLegend } from './legend.ts';
import { textWidth } from './metrics.ts';
import { profileSvg } from './profile-svg.ts';
import { renderSvg, type VegaLiteSpec } from './render.ts';
import { formatIndicatorValue, inSentence, joinSv, ownAnswer, percentDecimals, truncateToWidth, wrapText } from './text.ts';
import type { Chart } from './types.ts';

const NAMES_W = 170;
const KOMMUN_W = 80;
const KOMMUN_W_MAX = 150;
const MAX_SETS = 4;
const PAD = 4; // config padding on each side
const SAFETY = 2; // symbol strokes at the edges extend the bounds slightly
const SPACING = 6; // between the legend and the columns
const AXIS_TITLE = 'Andel som svarar Ja, eller andelen i procent';

/**
 * The profile of one område. Drawn directly as SVG (profile-svg.ts), byte-identical to vega's rendering of the
 * spec below; `vega` draws it through vega-lite instead (the reference, and the fallback for anything the direct
 * drawing does not cover).
 */
export async function omradeProfile(analysis: UnitAnalysis, omrade: string, vega = false): Promise<Chart> {
  const results = analysis.indicators.filter(
    // Not in this year's edition: not drawn (it is not a missing answer).
    (r) => r.indicator.omrade === omrade && (r.indicator.type === 'janej' || r.indicator.type === 'andel') && r.trend.points.at(-1)?.exists === true,
  );
  if (results.length === 0) throw new Error(`Området ${omrade} har inga ja/nej- eller andelsindikatorer.`);
  const sets = analysis.sets.filter((s) => results.some((r) => r.sets.some((v) => v.setId === s.id))).slice(0, MAX_SETS);
  const kommun = analysis.unit.name;
  const setValue = (r: IndicatorResult, s: ComparisonSet) => r.sets.find((v) => v.setId === s.id)?.value ?? null;

  // Rows: names wrapped to two lines by measured width.
  const rows = results.map((r, i) => ({
    row: r.indicator.id,
    lines: wrapText(r.indicator.shortName, NAMES_W - 10, FONT_SIZE, 400, 2),
    zebra: i % 2 === 0,
  })).map((r) => ({ ...r, dy: -((r.lines.length - 1) * LINE_HEIGHT) / 2 })); // vega starts multi-line text at the anchor
  const textStep = Math.max(...rows.map((r) => r.lines.length)) * LINE_HEIGHT + 12;

  // Series: the comparison sets (grey shapes) and the kommun's own andel value (blue circle).
  const series = [
    ...sets.map((s) => ({ label: s.label, ...SET_STYLES[s.kind], dash: undefined })),
    { label: kommun, ...KOMMUN_STYLE, dash: undefined },
  ];
  const inner = CHART_WIDTH - 2 * PAD;
  // The kommun column is as wide as its name (so "Upplands Väsby" is never cut), within limits.
  const kommunW = Math.ceil(Math.min(KOMMUN_W_MAX, Math.max(KOMMUN_W, textWidth(kommun, FONT_SIZE, 600) + 8)));
  const dotsW = inner - SAFETY - NAMES_W - kommunW;
  const range = [10, dotsW - 18] as const;
  const points = results.flatMap((r) =>
    spread(
      [
        ...sets.map((s) => ({ row: r.indicator.id, series: s.label, share: setValue(r, s), box: s.kind === 'lan' ? SQUARE_MARKER_PX : MARKER_PX, dy: 0 })),
        { row: r.indicator.id, series: kommun, share: r.indicator.type === 'andel' ? r.value : null, box: MARKER_PX, dy: 0 },
      ].filter((p) => p.share != null).map((p) => ({ ...p, share: p.share! / 100, px: range[0] + (p.share! / 100) * (range[1] - range[0]) })),
    ),
  );
  // Rows tall enough for the names and for every stack of markers, with a gap above and below.
  const reach = Math.max(0, ...points.map((p) => Math.abs(p.dy) + p.box / 2));
  const step = Math.max(textStep, Math.ceil(2 * reach + 2 * MARKER_GAP));
  const y = { field: 'row', type: 'nominal' as const, scale: { domain: rows.map((r) => r.row), padding: 0 }, axis: null };
  const zebra = {
    data: { values: rows },
    mark: { type: 'rect' as const, color: ZEBRA },
    encoding: { y, opacity: { condition: { test: 'datum.zebra', value: 1 }, value: 0 } },
  };

  // The symbol as drawn: a missing answer is "Saknas"; a value without an assessment is "Ingen bedömning".
  const drawnStatus = (r: IndicatorResult) => (r.status === 'ingen' && r.value == null ? 'saknas' : r.status);
  const own = results.map((r) => {
    const st = STATUS_STYLES[drawnStatus(r)];
    return {
      row: r.indicator.id,
      text: ownAnswer(r),
      shape: st.shape,
      size: 130,
      fill: st.filled ? st.color : 'transparent',
      stroke: st.filled ? 'transparent' : st.color,
    };
  });

  // Column headers are top axes; labelPadding matches the 0–100 % axis (tick 5 + padding 4) so they line up.
  const headerAxis = { orient: 'top' as const, title: null, domain: false, ticks: false, labelFontWeight: 600 as const, labelAngle: 0, labelPadding: 9 };
  const seriesScale = (key: 'shape' | 'fill' | 'stroke') => ({ domain: series.map((s) => s.label), range: series.map((s) => s[key]) });
  const seriesEnc = {
    shape: { field: 'series', type: 'nominal' as const, scale: seriesScale('shape'), legend: null },
    fill: { field: 'series', type: 'nominal' as const, scale: seriesScale('fill'), legend: null },
    stroke: { field: 'series', type: 'nominal' as const, scale: seriesScale('stroke'), legend: null },
  };
  const kommunCol = { datum: truncateToWidth(kommun, kommunW - 4, FONT_SIZE, 600), type: 'nominal' as const, axis: headerAxis };

  const namesView = {
    width: NAMES_W,
    height: { step },
    layer: [
      zebra,
      {
        data: { values: rows },
        mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, lineHeight: LINE_HEIGHT, x: 6, color: INK, yOffset: { expr: 'datum.dy' } },
        encoding: { y, text: { field: 'lines' } },
      },
    ],
  };
  const dotsView = {
    width: dotsW,
    height: { step },
    layer: [
      zebra,
      {
        data: { values: points },
        mark: { type: 'point' as const, size: 70, strokeWidth: 1.5, opacity: 1, yOffset: { expr: 'datum.dy' } },
        encoding: {
          y,
          x: {
            field: 'share', type: 'quantitative' as const,
            // Inset range so end symbols and the "100 %" label stay inside the column.
            scale: { domain: [0, 1], range: [...range], nice: false },
            axis: {
              orient: 'top' as const, format: '.0%', values: [0, 0.25, 0.5, 0.75, 1], gridColor: GRID,
                            title: AXIS_TITLE, titleFontWeight: 400 as const, titleColor: MUTED,
            },
          },
          ...seriesEnc,
        },
      },
    ],
  };
  const kommunView = {
    width: kommunW,
    height: { step },
    layer: [
      zebra,
      {
        data: { values: own },
        mark: { type: 'point' as const, strokeWidth: 2.5, opacity: 1, xOffset: -kommunW / 2 + 10 },
        encoding: {
          y, x: kommunCol,
          size: { field: 'size', type: 'quantitative' as const, scale: null },
          shape: { field: 'shape', type: 'nominal' as const, scale: null },
          fill: { field: 'fill', type: 'nominal' as const, scale: null },
          stroke: { field: 'stroke', type: 'nominal' as const, scale: null },
        },
      },
      {
        data: { values: own },
        mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, xOffset: -kommunW / 2 + 21, fontWeight: 600 as const },
        encoding: { y, x: kommunCol, text: { field: 'text' } },
      },
    ],
  };

  // Every symbol in the figure is explained: the comparison sets' and the kommun's markers on the axis, and the
  // kommun's status symbols in its own column, in the tables' words.
  const legendItems = [
    ...series.filter((s) => points.some((p) => p.series === s.label)),
    ...statusLegend(results.map((r) => ({ status: drawnStatus(r), word: ownAnswer(r) })), `${kommun}: `),
  ];
  const legend = legendView(legendItems, inner);
  const alt = profileAlt(analysis, omrade, results, sets);
  const svg = vega ? undefined : profileSvg({
    pad: PAD, legend: { width: legend.width, height: legend.height, items: legend.data.values }, spacing: SPACING,
    namesW: NAMES_W, dotsW, kommunW, step, rows, range, axisTitle: AXIS_TITLE,
    points, series, own, kommunHeader: kommunCol.datum,
  });
  if (svg) return { svg, alt };
  const spec: VegaLiteSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    spacing: SPACING,
    vconcat: [legend, { spacing: 0, bounds: 'flush', hconcat: [namesView, dotsView, kommunView] }],
  };
  return { svg: await renderSvg(spec, [...series.map((s) => s.label), kommunCol.datum]), alt };
}

function profileAlt(analysis: UnitAnalysis, omrade: string, results: IndicatorResult[], sets: ComparisonSet[]): string {
  const k = analysis.unit.name;
  const janej = results.filter((r) => r.indicator.type === 'janej');
  const ja = janej.filter((r) => r.value === 1).length;
  const missing = janej.filter((r) => r.value == null).length;
  const ref = sets.find((s) => s.kind === 'liknande') ?? sets[0];
  const parts: string[] = [];
  if (janej.length) {
    parts.push(`${k} svarar Ja på ${ja} av ${janej.length} ja/nej-frågor inom ${omrade}${missing ? ` (${missing} svar saknas)` : ''}.`);
  }
  for (const r of janej.filter((x) => x.value === 0)) {
    const v = ref ? r.sets.find((x) => x.setId === ref.id)?.value : null;
    const who = ref?.kind === 'riket' ? 'kommunerna i riket' : ref ? inSentence(ref) : '';
    parts.push(
      v != null
        ? `På ”${r.indicator.shortName}” svarar ${k} Nej medan ${formatPercent(v)} av ${who} svarar Ja.`
        : `På ”${r.indicator.shortName}” svarar ${k} Nej.`,
    );
  }
  for (const r of results.filter((x) => x.indicator.type === 'andel')) {
    const d = percentDecimals([r.value, ...r.sets.map((s) => s.value)]);
    const others = sets
      .map((s) => ({ s, v: r.sets.find((x) => x.setId === s.id)?.value }))
      .filter((x) => x.v != null)
      .map((x) => `${inSentence(x.s)} ${formatIndicatorValue(r.indicator, x.v, d)}`);
    parts.push(`${r.indicator.shortName}: ${k} ${formatIndicatorValue(r.indicator, r.value, d)}${others.length ? `, jämfört med ${joinSv(others)}` : ''}.`);
  }
  return parts.join(' ');
}

/** Box of a marker at size 70 with stroke 1.5, in px, measured from the SVG: the län's square is the largest. */
export const MARKER_PX = 10.5;
export const SQUARE_MARKER_PX = 15.5;
/** Least free space between two markers, in px. */
export const MARKER_GAP = 2;

/**
 * Markers of one row that would overlap or touch are moved up or down (never sideways: x is the value), each to
 * the nearest offset from the row's centre line where its box keeps MARKER_GAP to every marker already placed,
 * so 84 % and 84 % are two markers, not one. `px` is the marker's x and `box` its size in px.
 */
export function spread<P extends { px: number; box: number; dy: number }>(points: P[]): P[] {
  const placed: P[] = [];
  for (const p of [...points].sort((a, b) => a.px - b.px || b.box - a.box)) {
    const clear = (dy: number) => placed.every((q) => {
      const need = (p.box + q.box) / 2 + MARKER_GAP;
      return Math.abs(p.px - q.px) >= need || Math.abs(dy - q.dy) >= need;
    });
    let dy = 0;
    for (let d = 0; d < 200; d += 0.5) {
      if (clear(d)) { dy = d; break; }
      if (clear(-d)) { dy = -d; break; }
    }
    placed.push({ ...p, dy });
  }
  // Each stack (markers chained by closeness in x) is centred on the row, not hanging below its first marker.
  const stacks: P[][] = [];
  for (const p of placed) {
    const last = stacks.at(-1);
    if (last && last.some((q) => Math.abs(p.px - q.px) < (p.box + q.box) / 2 + MARKER_GAP)) last.push(p);
    else stacks.push([p]);
  }
  return stacks.flatMap((st) => {
    const mid = (Math.min(...st.map((p) => p.dy - p.box / 2)) + Math.max(...st.map((p) => p.dy + p.box / 2))) / 2;
    return st.map((p) => ({ ...p, dy: p.dy - mid }));
  });
}
