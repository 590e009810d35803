// What the workbook shows, computed from the analysis: Resultat rows, flagged rows for Analys, the indicator list.
import { svCollator } from '../sv/format.ts';
import { flagText, reasonText, statusLabel, trendEntries } from '../compose/texts.ts';
import { formatSetValue, formatValue, missingWord } from '../sv/format.ts';
import type { IndicatorResult, UnitAnalysis } from '../model/analysis.ts';

/** The unit's value as printed, with why it is missing: "Ja", "64 %", "Saknas (ej svarat)". */
export function ownValueText(r: IndicatorResult): string {
  const v = formatValue(r.indicator, r.value, r.missing);
  return r.value === null && r.missing ? `${v} (${missingWord(r.missing)})` : v;
}

/** Header + one row per indicator; column A is the indicator id. All cells are text, so they read back identically. */
export function resultatRows(analysis: UnitAnalysis): string[][] {
  const header = [
    'id',
    'Område',
    'Indikator',
    'Frågan i Öppna jämförelser',
    `${analysis.unit.name} ${analysis.year}`,
    ...analysis.sets.map((s) => s.label),
    'Tidigare år',
    'Bedömning',
    'Flagga',
    'Skäl',
  ];
  const rows = analysis.indicators.map((r) => {
    const ind = r.indicator;
    const sets = analysis.sets.map((s) => {
      const f = formatSetValue(ind, r.sets.find((v) => v.setId === s.id));
      // "(5 av 7)" kept on one line when the cell wraps.
      return f.n ? `${f.value} (${f.n.replace(/ /g, '\u00a0')})` : f.value;
    });
    const earlier = trendEntries(r)
      .filter((e) => e.year !== String(analysis.year))
      .map((e) => `${e.year}: ${e.value}`)
      .join('\n');
    const st = statusLabel(r.status);
    return [
      ind.id,
      ind.split ? `${ind.omrade} (${ind.split})` : ind.omrade,
      ind.shortName,
      ind.name,
      ownValueText(r),
      ...sets,
      earlier,
      `${st.symbol} ${st.word}`,
      flagText(r),
      reasonText(r),
    ];
  });
  return [header, ...rows];
}

/**
 * Indicators that get a prefilled row on Analys, in the computed order: development areas (ranked),
 * strengths, data quality, then any other flagged indicator. One row per indicator.
 */
export function flaggedIndicators(analysis: UnitAnalysis): IndicatorResult[] {
  const byId = new Map(analysis.indicators.map((r) => [r.indicator.id, r]));
  const ids = [
    ...analysis.developmentAreas.map((f) => f.indicatorId),
    ...analysis.strengths.map((f) => f.indicatorId),
    ...analysis.dataQuality.map((f) => f.indicatorId),
    ...analysis.indicators.filter((r) => r.flags.length > 0).map((r) => r.indicator.id),
  ];
  const out: IndicatorResult[] = [];
  for (const id of new Set(ids)) {
    const r = byId.get(id);
    if (r) out.push(r);
  }
  return out;
}

/** Computed order of every indicator: flagged ones first (as on Analys), then the rest as analysed. */
export function computedOrder(analysis: UnitAnalysis): Map<string, number> {
  const order = new Map<string, number>();
  for (const r of [...flaggedIndicators(analysis), ...analysis.indicators]) {
    if (!order.has(r.indicator.id)) order.set(r.indicator.id, order.size);
  }
  return order;
}

/** Indicator id and drop-down name (the short name), in Swedish alphabetical order. */
export function indicatorList(analysis: UnitAnalysis): { id: string; name: string }[] {
  return analysis.indicators
    .map((r) => ({ id: r.indicator.id, name: r.indicator.shortName }))
    .sort((a, b) => svCollator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
