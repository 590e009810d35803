// Trend: per indicator a small panel over the data years. Comparison sets' Ja-share as lines (shape + dash
// per set), the kommun's answer each year as symbol + word in a strip below. Years without the indicator
// (series breaks) are gaps, never bridged.
import type { ComparisonSet, IndicatorResult, UnitAnalysis } from '../../model/analysis.ts';
import { CHART_WIDTH, FONT_SIZE, GRID, INK, KOMMUN_STYLE, MUTED, SET_STYLES, STATUS_STYLES } from './config.ts';
import { legendView, statusLegend, type LegendItem } from './legend.ts';
import { renderSvg, type VegaLiteSpec } from './render.ts';
import { trendSvg, type TrendLayout } from './trend-svg.ts';
import { formatIndicatorValue, inSentence, joinSv, percentDecimals, setShortLabel, wrapText } from './text.ts';
import type { Chart } from './types.ts';
import { textWidth } from './metrics.ts';

const PAD = 4;
const AXIS_W = 76;
const END_W = 116;
const PLOT_H = 110;
const STRIP_H = 38;
const SPACING = 16; // between the legend and each panel

interface Line { series: string; year: number; share: number | null; dx?: number }

function yearAnswer(r: IndicatorResult, p: IndicatorResult['trend']['points'][number], d: number) {
  if (!p.exists) return { word: '–', status: null };
  if (p.value == null) return { word: 'Saknas', status: 'saknas' as const };
  if (r.indicator.type === 'janej') return p.value >= 1 ? { word: 'Ja', status: 'bra' as const } : { word: 'Nej', status: 'svag' as const };
  return { word: formatIndicatorValue(r.indicator, p.value, d), status: null };
}

/**
 * Trend panels for the given indicators. One panel is drawn directly as SVG (trend-svg.ts), byte-identical to
 * vega's rendering of the spec below; `vega` draws it through vega-lite instead (the reference, and the fallback
 * for anything the direct drawing does not cover, such as several panels).
 */
export async function trendChart(analysis: UnitAnalysis, indicatorIds: string[], vega = false): Promise<Chart> {
  const results = indicatorIds.map((id) => {
    const r = analysis.indicators.find((x) => x.indicator.id === id);
    if (!r) throw new Error(`Indikatorn ${id} finns inte i analysen.`);
    return r;
  });
  const years = analysis.years;
  const kommun = analysis.unit.name;
  const inner = CHART_WIDTH - 2 * PAD;
  const plotW = inner - AXIS_W - END_W;
  const sets = analysis.sets.filter((s) => results.some((r) => r.trend.sets?.some((t) => t.setId === s.id) || r.sets.some((v) => v.setId === s.id)));
  const hasAndel = results.some((r) => r.indicator.type !== 'janej');
  const series = [
    ...sets.map((s) => ({ label: s.label, short: setShortLabel(s), ...SET_STYLES[s.kind] })),
    { label: kommun, short: kommun, ...KOMMUN_STYLE, dash: [] as number[] },
  ];
  const scale = (key: 'shape' | 'fill' | 'stroke') => ({ domain: series.map((s) => s.label), range: series.map((s) => s[key]) });
  const x = { field: 'year', type: 'ordinal' as const, scale: { type: 'point' as const, domain: years, padding: 0.4 } };
  const wordsFit = plotW / years.length >= 48;
  const stripLabel = wrapText(kommun.replace(/-/g, '- '), AXIS_W - 6, FONT_SIZE, 600, 3).map((l) => l.replace(/- /g, '-')).join('\n');

  const drawn: Pick<TrendLayout, 'title' | 'subtitle' | 'lines' | 'ends' | 'strip'>[] = [];
  const panels = results.map((r) => {
    const d = r.indicator.type === 'janej' ? 0 : percentDecimals(r.trend.points.map((p) => p.value));
    const lines: Line[] = [];
    for (const s of sets) {
      const t = r.trend.sets?.find((x) => x.setId === s.id);
      const pts = t?.points ?? [{ year: analysis.year, value: r.sets.find((v) => v.setId === s.id)?.value ?? null, exists: true }];
      for (const year of years) {
        const p = pts.find((q) => q.year === year);
        lines.push({ series: s.label, year, share: p && p.exists && p.value != null ? p.value / 100 : null });
      }
    }
    if (r.indicator.type !== 'janej') {
      for (const p of r.trend.points) lines.push({ series: kommun, year: p.year, share: p.exists && p.value != null ? p.value / 100 : null });
    }
    dodge(lines, sets);
    const step = plotW / (years.length - 1 + 2 * 0.4);
    const placedLines = lines.map((l) => ({ ...l, xi: years.indexOf(l.year) + (l.dx ?? 0) / step }));
    const ends = endLabels(lines, series, r, d);
    const strip = r.trend.points.filter((p) => years.includes(p.year)).map((p) => {
      const a = yearAnswer(r, p, d);
      const st = a.status ? STATUS_STYLES[a.status] : null;
      return {
        year: p.year, word: a.word, size: st ? 120 : 40,
        shape: st?.shape ?? KOMMUN_STYLE.shape,
        fill: st ? (st.filled ? st.color : 'transparent') : a.word === '–' ? 'transparent' : KOMMUN_STYLE.fill,
        stroke: st ? (st.filled ? 'transparent' : st.color) : a.word === '–' ? 'transparent' : KOMMUN_STYLE.stroke,
        color: a.word === '–' || a.status === 'saknas' ? MUTED : INK,
      };
    });
    const subtitle = r.trend.breaks.length ? r.trend.breaks.map((b) => b[0]!.toUpperCase() + b.slice(1)).join('; ') : undefined;
    drawn.push({ title: r.indicator.shortName, ...(subtitle ? { subtitle } : {}), lines: placedLines, ends, strip });
    return {
      title: { text: r.indicator.shortName, ...(subtitle ? { subtitle } : {}), anchor: 'start' as const, offset: 6 },
      spacing: 4,
      vconcat: [
        {
          width: plotW,
          height: PLOT_H,
          data: { values: placedLines },
          resolve: { scale: { x: 'independent' as const } },
          encoding: { x: { ...x, axis: { title: null, labelAngle: 0, grid: false, orient: 'bottom' as const } } },
          layer: [
            {
              mark: { type: 'line' as const, strokeWidth: 2, point: false },
              encoding: {
                y: {
                  field: 'share', type: 'quantitative' as const, scale: { domain: [0, 1] },
                  axis: { format: '.0%', values: [0, 0.5, 1], title: null, gridColor: GRID, minExtent: AXIS_W, maxExtent: AXIS_W },
                },
                // The line runs through its markers where they were nudged apart: x as a position on a linear
                // scale that matches the year scale (a point scale with padding 0.4).
                x: { field: 'xi', type: 'quantitative' as const, scale: { domain: [-0.4, years.length - 1 + 0.4], nice: false, zero: false }, axis: null },
                detail: { field: 'series' },
                stroke: { field: 'series', type: 'nominal' as const, scale: scale('stroke'), legend: null },
                strokeDash: { field: 'series', type: 'nominal' as const, scale: { domain: series.map((s) => s.label), range: series.map((s) => s.dash) }, legend: null },
              },
            },
            {
              transform: [{ filter: 'isValid(datum.share)' }],
              mark: { type: 'point' as const, size: 45, strokeWidth: 1.5, opacity: 1 },
              encoding: {
                y: { field: 'share', type: 'quantitative' as const },
                xOffset: { field: 'dx', type: 'quantitative' as const, scale: null },
                shape: { field: 'series', type: 'nominal' as const, scale: scale('shape'), legend: null },
                fill: { field: 'series', type: 'nominal' as const, scale: { domain: series.map((s) => s.label), range: series.map((s) => (s.fill === 'transparent' ? 'white' : s.fill)) }, legend: null },
                stroke: { field: 'series', type: 'nominal' as const, scale: scale('stroke'), legend: null },
              },
            },
            {
              data: { values: ends },
              mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, dx: 10, color: INK },
              encoding: { x: { ...x, axis: null }, y: { field: 'labelY', type: 'quantitative' as const }, text: { field: 'text' } },
            },
          ],
        },
        {
          width: plotW,
          height: STRIP_H,
          data: { values: strip },
          encoding: {
            x: { ...x, axis: null },
            // The kommun's name, wrapped (at spaces and hyphens) instead of cut: "Upplands / Väsby".
            y: { datum: stripLabel, type: 'nominal' as const, axis: { title: null, ticks: false, domain: false, labelFontWeight: 600 as const, labelLimit: AXIS_W - 4, labelExpr: "split(datum.label, '\\n')", labelLineHeight: 14, minExtent: AXIS_W, maxExtent: AXIS_W } },
          },
          layer: [
            {
              mark: { type: 'point' as const, strokeWidth: 2.2, opacity: 1, yOffset: wordsFit ? -9 : 0 },
              encoding: {
                size: { field: 'size', type: 'quantitative' as const, scale: null },
                shape: { field: 'shape', type: 'nominal' as const, scale: null },
                fill: { field: 'fill', type: 'nominal' as const, scale: null },
                stroke: { field: 'stroke', type: 'nominal' as const, scale: null },
              },
            },
            ...(wordsFit
              ? [{
                  mark: { type: 'text' as const, baseline: 'middle' as const, yOffset: 9, fontWeight: 600 as const },
                  encoding: { text: { field: 'word' }, color: { field: 'color', type: 'nominal' as const, scale: null } },
                }]
              : []),
          ],
        },
      ],
    };
  });

  const legend: LegendItem[] = [
    ...series.filter((s) => s.label !== kommun || hasAndel).map((s) => ({ label: s.label, shape: s.shape, fill: s.fill, stroke: s.stroke, dash: s.dash.length ? s.dash : [1, 0] })),
    // Only the answers that occur in the chart get a legend entry, in the tables' words.
    ...statusLegend(results.flatMap((r) => r.trend.points.flatMap((p) => {
      const a = yearAnswer(r, p, 0);
      return a.status ? [{ status: a.status, word: a.word }] : [];
    })), `${kommun}: `),
  ];
  const legendSpec = legendView(legend, inner - AXIS_W);
  const alt = trendAlt(analysis, results, sets);
  const svg = vega || drawn.length !== 1 ? undefined : trendSvg({
    pad: PAD, axisW: AXIS_W, legend: { width: legendSpec.width, height: legendSpec.height, items: legendSpec.data.values }, spacing: SPACING,
    plotW, plotH: PLOT_H, stripH: STRIP_H, years, series, stripLabel, wordsFit, ...drawn[0]!,
  });
  if (svg) return { svg, alt };
  const spec: VegaLiteSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    spacing: SPACING,
    // Concat aligns plot areas, so the legend starts at the plot's left edge and gets the width right of the axis.
    vconcat: [legendSpec, ...panels],
  };
  return { svg: await renderSvg(spec, [...series.map((s) => s.label), stripLabel]), alt };
}

/** Box of a line marker at size 45 (stroke 1.5) in px; the län's square is the largest. */
const POINT_PX = 9;
const SQUARE_POINT_PX = 12.5;
const POINT_GAP = 1.5;

/**
 * Markers of one year that would overlap or touch are moved sideways (the year is a category, the height is the
 * value), each to the nearest offset where its box keeps POINT_GAP to the markers already placed.
 */
export function dodge(lines: Line[], sets: ComparisonSet[]): void {
  const box = (l: Line) => (sets.find((s) => s.label === l.series)?.kind === 'lan' ? SQUARE_POINT_PX : POINT_PX);
  const byYear = new Map<number, Line[]>();
  for (const l of lines) {
    l.dx = 0;
    if (l.share != null) byYear.set(l.year, [...(byYear.get(l.year) ?? []), l]);
  }
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  for (const [year, group] of byYear) {
    // Inwards at the ends: never towards the axis or into the end labels on the right.
    const right = year !== last;
    const left = year !== first || year === last;
    const placed: Line[] = [];
    for (const l of group) {
      const clear = (dx: number) => placed.every((q) => {
        const need = (box(l) + box(q)) / 2 + POINT_GAP;
        return Math.abs(l.share! - q.share!) * PLOT_H >= need || Math.abs(dx - q.dx!) >= need;
      });
      for (let d = 0; d < 60; d += 0.5) {
        if (right && clear(d)) { l.dx = d; break; }
        if (left && clear(-d)) { l.dx = -d; break; }
      }
      placed.push(l);
    }
  }
}

/** Labels at each line's last value ("Riket 58 %"), nudged apart so they never overlap. */
export function endLabels(lines: Line[], series: { label: string; short: string }[], r: IndicatorResult, d: number) {
  const minGap = (FONT_SIZE + 2) / PLOT_H; // in share units
  const labels = series.flatMap((s) => {
    const last = lines.filter((l) => l.series === s.label && l.share != null).at(-1);
    if (!last) return [];
    return [{ year: last.year, share: last.share!, labelY: last.share!, text: `${s.short} ${formatIndicatorValue(r.indicator, last.share! * 100, d)}` }];
  }).sort((a, b) => b.share - a.share);
  for (let i = 1; i < labels.length; i++) {
    labels[i]!.labelY = Math.min(labels[i]!.labelY, labels[i - 1]!.labelY - minGap);
  }
  // Below half a line over 0 the axis line would strike through the label: shift the whole stack up.
  const low = labels.at(-1);
  if (low && low.labelY < minGap / 2) {
    const up = minGap / 2 - low.labelY;
    for (const l of labels) l.labelY += up;
  }
  return labels.map((l) => ({ ...l, text: fitEnd(l.text) }));
}

function fitEnd(text: string): string {
  return textWidth(text, FONT_SIZE) <= END_W - 12 ? text : text.replace(/^\S+\s+/, '');
}

function yearRuns(points: { year: number; word: string }[]): string[] {
  const runs: { word: string; from: number; to: number }[] = [];
  for (const p of points) {
    const last = runs.at(-1);
    if (last && last.word === p.word && p.year === last.to + 1) last.to = p.year;
    else runs.push({ word: p.word, from: p.year, to: p.year });
  }
  return runs.map((r) => `${r.word} ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`);
}

function trendAlt(analysis: UnitAnalysis, results: IndicatorResult[], sets: ComparisonSet[]): string {
  const k = analysis.unit.name;
  return results.map((r) => {
    const d = r.indicator.type === 'janej' ? 0 : percentDecimals(r.trend.points.map((p) => p.value));
    const pts = r.trend.points.filter((p) => p.exists);
    const own = r.indicator.type === 'janej'
      ? `${k} svarade ${joinSv(yearRuns(pts.map((p) => ({ year: p.year, word: yearAnswer(r, p, d).word })))).replace(/Saknas/g, 'inget svar')}`
      : `${k} hade ${joinSv(pts.filter((p) => p.value != null).map((p) => `${formatIndicatorValue(r.indicator, p.value, d)} ${p.year}`))}`;
    const setTexts = sets.flatMap((s) => {
      const t = r.trend.sets?.find((x) => x.setId === s.id)?.points.filter((p) => p.exists && p.value != null);
      if (!t || t.length < 2) return [];
      const a = t[0]!;
      const b = t.at(-1)!;
      return [{ where: among(s), from: `${formatIndicatorValue(r.indicator, a.value, d)} ${a.year}`, to: `${formatIndicatorValue(r.indicator, b.value, d)} ${b.year}` }];
    });
    const what = r.indicator.type === 'janej' ? 'Andelen Ja' : 'Värdet';
    const change = setTexts.length
      ? ` ${what} ${setTexts[0]!.where} gick från ${setTexts[0]!.from} till ${setTexts[0]!.to}${setTexts.length > 1 ? ` och ${joinSv(setTexts.slice(1).map((x) => `${x.where} från ${x.from} till ${x.to}`))}` : ''}.`
      : '';
    return `${r.indicator.shortName}: ${own}.${change}`;
  }).join(' ');
}

function among(s: ComparisonSet): string {
  return s.kind === 'riket' ? 'i riket' : s.kind === 'lan' ? `i ${s.label}` : `bland ${inSentence(s)}`;
}
