// Distribution of an andel indicator: a dot plot of every kommun's value (binned and stacked), quartile
// lines, the liknande kommuner highlighted, and the kommun marked and labelled.
import type { UnitAnalysis } from '../../model/analysis.ts';
import { CHART_WIDTH, COLORS, FONT_SIZE, GRID, KOMMUN_STYLE, MUTED, SET_STYLES } from './config.ts';
import { legendView } from './legend.ts';
import { textWidth } from './metrics.ts';
import { renderSvg, type VegaLiteSpec } from './render.ts';
import { formatIndicatorValue, percentDecimals } from './text.ts';
import type { Chart } from './types.ts';

const PAD = 4;
const AXIS_PAD = 8;
const LABEL_ROWS = 3; // kommun label, quartile labels in two rows

export async function distribution(analysis: UnitAnalysis, indicatorId: string): Promise<Chart> {
  const r = analysis.indicators.find((x) => x.indicator.id === indicatorId);
  if (!r) throw new Error(`Indikatorn ${indicatorId} finns inte i analysen.`);
  const dist = r.distribution;
  if (!dist || dist.values.length === 0) throw new Error(`Indikatorn ${indicatorId} saknar fördelning över kommunerna.`);
  const ind = r.indicator;
  const kommun = analysis.unit;
  const liknande = new Set(analysis.sets.find((s) => s.kind === 'liknande')?.members ?? []);
  const d = percentDecimals(dist.values.map((v) => v.value));
  const fmt = (v: number) => formatIndicatorValue(ind, v, d);

  const width = CHART_WIDTH - 2 * PAD - AXIS_PAD * 2;
  const lo = Math.max(0, Math.floor(Math.min(...dist.values.map((v) => v.value)) / 10) * 10);
  const hi = Math.min(100, Math.ceil(Math.max(...dist.values.map((v) => v.value)) / 10) * 10) || 100;
  // Bin width: smallest that keeps the tallest stack ≤ 24 dots.
  const stack = (bw: number) => {
    const counts = new Map<number, number>();
    for (const v of dist.values) {
      const b = Math.round(v.value / bw) * bw;
      counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    return Math.max(...counts.values());
  };
  const bw = [1, 2, 2.5, 5, 10].find((b) => stack(b) <= 24) ?? 10;
  const dot = Math.max(3, Math.min(10, (width / ((hi - lo) / bw)) - 1));
  const maxStack = stack(bw);

  // Order within a bin: the kommun at the bottom, then liknande kommuner, then the rest.
  const rankOf = (code: string) => (code === kommun.code ? 0 : liknande.has(code) ? 1 : 2);
  const sorted = [...dist.values].sort((a, b) => rankOf(a.code) - rankOf(b.code));
  const heights = new Map<number, number>();
  const dots = sorted.map((v) => {
    const bin = Math.round(v.value / bw) * bw;
    const level = heights.get(bin) ?? 0;
    heights.set(bin, level + 1);
    const group = v.code === kommun.code ? kommun.name : liknande.has(v.code) ? 'Liknande kommuner LSS' : 'Övriga kommuner';
    return { bin: bin / 100, level, group };
  });
  const plotH = maxStack * (dot + 1) + 4;
  const labelH = LABEL_ROWS * 16;
  const own = dist.values.find((v) => v.code === kommun.code);

  const groups = [kommun.name, 'Liknande kommuner LSS', 'Övriga kommuner'];
  const styles = [
    { ...KOMMUN_STYLE, size: 110 },
    { shape: SET_STYLES.liknande.shape, fill: COLORS.accent, stroke: COLORS.accentStroke, size: dot * dot * 1.1 },
    { shape: 'circle', fill: COLORS.others, stroke: COLORS.others, size: dot * dot * 0.8 },
  ];
  const scale = (k: 'shape' | 'fill' | 'stroke') => ({ domain: groups, range: styles.map((s) => s[k]) });
  // Range inset by a dot radius so the end dots stay inside the plot (overflow would widen the SVG).
  const x = { type: 'quantitative' as const, scale: { domain: [lo / 100, hi / 100], range: [dot, width - dot], nice: false } };
  // y in px from the top: label rows first, dots stacked up from the axis.
  const yPx = { type: 'quantitative' as const, scale: null };

  // Label rows from the top: median, lower/upper quartile, the kommun (just above its dot). Each label is
  // anchored away from the chart edge so it never runs outside the SVG.
  const px = (v: number) => dot + ((v - lo) / (hi - lo)) * (width - 2 * dot);
  const anchor = (v: number, text: string, prefer: 'left' | 'right' | 'center', weight = 400) => {
    const w = textWidth(text, FONT_SIZE, weight);
    const x0 = px(v);
    if (prefer === 'center' && x0 - w / 2 >= 0 && x0 + w / 2 <= width) return 'center' as const;
    const fitsRight = x0 + 4 + w <= width;
    const fitsLeft = x0 - 4 - w >= 0;
    if (prefer === 'left' && fitsRight) return 'left' as const;
    if (prefer === 'right' && fitsLeft) return 'right' as const;
    return fitsRight ? ('left' as const) : ('right' as const);
  };
  const quart = [
    { v: dist.q1, text: `Nedre kvartil ${fmt(dist.q1)}`, row: 1, prefer: 'right' as const },
    { v: dist.median, text: `Median ${fmt(dist.median)}`, row: 0, prefer: 'center' as const },
    { v: dist.q3, text: `Övre kvartil ${fmt(dist.q3)}`, row: 1, prefer: 'left' as const },
  ].map((q) => ({ ...q, align: anchor(q.v, q.text, q.prefer), x: q.v / 100, y: q.row * 16 + 8, top: q.row * 16 + 16, bottom: labelH + plotH }));
  const totalH = labelH + plotH;
  const ownText = own ? `${kommun.name} ${fmt(own.value)}` : '';
  const ownAlign = own ? anchor(Math.round(own.value / bw) * bw, ownText, own.value > dist.median ? 'left' : 'right', 600) : 'left';
  // White boxes behind the labels keep the dashed lines from running through the text.
  const box = (v: number, text: string, align: 'left' | 'right' | 'center', y: number) => {
    const w = textWidth(text, FONT_SIZE, 400);
    const x0 = px(v) + (align === 'left' ? 4 : align === 'right' ? -4 - w : -w / 2);
    return { x1: x0 - 2, x2: x0 + w + 2, y1: y - 7, y2: y + 7 };
  };
  const boxes = quart.map((q) => box(q.v, q.text, q.align, q.y));
  const plot = {
    width,
    height: totalH,
    layer: [
      {
        data: { values: quart },
        mark: { type: 'rule' as const, strokeDash: [4, 3], color: MUTED },
        encoding: { x: { field: 'x', ...x }, y: { field: 'top', ...yPx }, y2: { field: 'bottom' } },
      },
      {
        data: { values: boxes },
        mark: { type: 'rect' as const, color: 'white' },
        encoding: {
          x: { field: 'x1', type: 'quantitative' as const, scale: null }, x2: { field: 'x2' },
          y: { field: 'y1', ...yPx }, y2: { field: 'y2' },
        },
      },
      ...(['left', 'center', 'right'] as const).map((align) => ({
        data: { values: quart.filter((q) => q.align === align) },
        mark: { type: 'text' as const, align, baseline: 'middle' as const, color: MUTED, dx: align === 'left' ? 4 : align === 'right' ? -4 : 0 },
        encoding: { x: { field: 'x', ...x }, y: { field: 'y', ...yPx }, text: { field: 'text' } },
      })),
      {
        data: { values: dots.map((p) => ({ ...p, size: styles[groups.indexOf(p.group)]!.size, y: totalH - (p.level + 0.5) * (dot + 1) - 2 })) },
        mark: { type: 'point' as const, opacity: 1, strokeWidth: 1 },
        encoding: {
          x: {
            field: 'bin', ...x,
            axis: {
              format: '.0%', grid: true, gridColor: GRID, labelFlush: true,
              title: `${ind.shortName}, ${ind.direction === 'ned' ? 'lägre är bättre' : ind.direction === 'upp' ? 'högre är bättre' : 'procent'}`,
              titleFontWeight: 400 as const, titleColor: MUTED,
            },
          },
          y: { field: 'y', ...yPx },
          shape: { field: 'group', type: 'nominal' as const, scale: scale('shape'), legend: null },
          fill: { field: 'group', type: 'nominal' as const, scale: scale('fill'), legend: null },
          stroke: { field: 'group', type: 'nominal' as const, scale: scale('stroke'), legend: null },
          size: { field: 'size', type: 'quantitative' as const, scale: null },
          order: { field: 'level' },
        },
      },
      ...(own
        ? [{
            data: { values: [{ x: Math.round(own.value / bw) * bw / 100, text: ownText, y: 2 * 16 + 8, y2: totalH - dot - 4 }] },
            layer: [
              { mark: { type: 'rule' as const, color: KOMMUN_STYLE.stroke, strokeWidth: 1.5 }, encoding: { x: { field: 'x', ...x }, y: { field: 'y', ...yPx }, y2: { field: 'y2' } } },
              {
                mark: { type: 'text' as const, align: ownAlign, dx: ownAlign === 'left' ? 4 : -4, baseline: 'middle' as const, fontWeight: 600 as const, color: KOMMUN_STYLE.fill },
                encoding: { x: { field: 'x', ...x }, y: { field: 'y', ...yPx }, text: { field: 'text' } },
              },
            ],
          }]
        : []),
    ],
  };

  const legend = legendView(groups.map((g, i) => ({ label: g, shape: styles[i]!.shape, fill: styles[i]!.fill, stroke: styles[i]!.stroke })), width);
  const spec: VegaLiteSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    padding: { left: PAD + AXIS_PAD, right: PAD + AXIS_PAD, top: PAD, bottom: PAD },
    spacing: 8,
    vconcat: [legend, plot],
  };
  return { svg: await renderSvg(spec, groups), alt: distributionAlt(analysis, indicatorId, fmt) };
}

function distributionAlt(analysis: UnitAnalysis, indicatorId: string, fmt: (v: number) => string): string {
  const r = analysis.indicators.find((x) => x.indicator.id === indicatorId)!;
  const dist = r.distribution!;
  const k = analysis.unit.name;
  const n = dist.values.length;
  const own = dist.values.find((v) => v.code === analysis.unit.code);
  const spread = `Medianen bland de ${n} kommunerna är ${fmt(dist.median)} och hälften av kommunerna ligger mellan ${fmt(dist.q1)} och ${fmt(dist.q3)}.`;
  if (!own) return `Värde saknas för ${k} på ”${r.indicator.shortName}”. ${spread}`;
  const pos = r.position
    ? r.position.stadsdel
      ? ` (kvartil ${r.position.quartile} av 4 jämfört med ${r.position.of} kommuner, där 1 är bäst)`
      : `, plats ${r.position.rank} av ${r.position.of} (kvartil ${r.position.quartile} av 4, där 1 är bäst)`
    : '';
  return `${k} har ${fmt(own.value)} på ”${r.indicator.shortName}”${pos}. ${spread}`;
}
