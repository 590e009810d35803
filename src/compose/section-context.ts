// What every section builder of the kommun report reads: the analysis, indexed, with the cells and items
// that several sections print the same way (status, group values, priority items, "lär av").
import { RULES } from '../assess/rulebook.ts';
import type { ComparisonSet, IndicatorResult, RankedFlag, Rules, UnitAnalysis } from '../model/analysis.ts';
import type { Reference } from '../reference/types.ts';
import { formatNumber } from '../sv/format.ts';
import type { PriorityItem, ReportExtras, SetCell, StatusCell } from './report-model.ts';
import { FLAG_LABELS, statusLabel } from './texts.ts';
import { formatSetValue, formatValue } from '../sv/format.ts';
import { indicatorSentence } from '../sv/grammar.ts';
import { tidy } from '../sv/grammar.ts';
import { unbroken } from './wrap.ts';

/** Names per comparison group in "Lär av" and "Vem svarar Ja"; the full list is in the underlag workbook. */
const LEARN_NAMES = 5;

export interface SectionContext {
  analysis: UnitAnalysis;
  extras: ReportExtras;
  /** "2019". */
  year: string;
  sets: ComparisonSet[];
  rules: Rules;
  byId: Map<string, IndicatorResult>;
  /** Names of kommuner and stadsdelar by code. */
  names: Map<string, string>;
  /** The indicator's sentence for step 1 (the analysis's own, else from the phrases). */
  texts: Map<string, string>;
  /** Measured in the report year (absent indicators print "ingår inte i ÖJ 2019"). */
  inYear(r: IndicatorResult): boolean;
  statusCell(r: IndicatorResult): StatusCell;
  setCells(r: IndicatorResult): SetCell[];
  learnFromText(r: IndicatorResult | undefined): string[];
  priorityItem(f: RankedFlag): PriorityItem;
  /** The short name of an indicator by id (the id when unknown). */
  nameOf(id: string): string;
}

/** Rules given only as the raw file content (older callers): read the known keys. */
function rulesFromRaw(raw: Record<string, unknown>): Rules {
  const n = (k: string, d: number) => (typeof raw[k] === 'number' ? (raw[k] as number) : d);
  return {
    developmentMinShare: n('utvecklingsomrade_minst_andel_ja_i_jamforelse', 50),
    sharedMaxRiketShare: n('gemensamt_hogst_andel_ja_i_riket', 25),
    strengthMaxShare: n('styrka_hogst_andel_ja_i_jamforelse', 50),
    weakestQuartile: n('andel_svagaste_kvartil', 4),
    bestQuartile: n('andel_basta_kvartil', 1),
    clearlyBelowPoints: n('andel_tydligt_under_procentenheter', 10),
    changePoints: n('forandring_minst_procentenheter', 5),
    minAnswers: n('minsta_antal_svar_i_jamforelse', 3),
    fewAnswers: n('fa_svar_farre_an', 5),
    raw: {},
    files: [],
  };
}

export function referenceNames(ref: Reference): Map<string, string> {
  const m = new Map<string, string>();
  for (const k of ref.kommuner.values()) m.set(k.code, k.name);
  for (const d of ref.delomraden) m.set(d.code, d.name);
  return m;
}

/** The område under an indicator's name, left out where it would repeat the name ("Systematisk uppföljning"). */
export function subLabel(r: IndicatorResult | undefined): string {
  return !r || r.indicator.omrade === r.indicator.shortName ? '' : r.indicator.omrade;
}

/** The flag's label, with a lost Ja named also when another flag ranks the indicator. */
export function kindLabel(f: RankedFlag): string {
  return FLAG_LABELS[f.flag.kind] + (f.lostJa && f.flag.kind !== 'forsamring' ? ', förlorat Ja' : '');
}

/** "3", or "1–3" for a place shared by equal scores. */
function placeLabel(f: RankedFlag): string {
  return f.place.from === f.place.to ? formatNumber(f.place.from) : `${formatNumber(f.place.from)}–${formatNumber(f.place.to)}`;
}

export function sectionContext(analysis: UnitAnalysis, extras: ReportExtras): SectionContext {
  const year = String(analysis.year);
  const sets = analysis.sets;
  const byId = new Map(analysis.indicators.map((r) => [r.indicator.id, r]));
  const texts = new Map<string, string>();
  for (const r of analysis.indicators) texts.set(r.indicator.id, r.text ?? indicatorSentence(analysis, r, extras.phrases));

  const fewAnswers = analysis.method?.rules.fewAnswers ?? 0;
  const inYear = (r: IndicatorResult) => r.trend.points.at(-1)?.exists === true;
  const notInYear = `ingår inte i ÖJ ${year}`;
  const statusCell = (r: IndicatorResult): StatusCell => ({
    key: r.status,
    word: inYear(r) ? statusLabel(r.status).word : notInYear,
    value: inYear(r) ? formatValue(r.indicator, r.value, r.missing) : '–',
  });
  const setCells = (r: IndicatorResult): SetCell[] =>
    sets.map((s) => {
      if (!inYear(r)) return { value: '–', n: '' };
      const c = formatSetValue(r.indicator, r.sets.find((v) => v.setId === s.id), fewAnswers);
      return { value: unbroken(c.value), n: unbroken(c.n).replace(/av (?=\d)/g, 'av\u00a0') };
    });
  // Grouped by comparison group, nearest first (the order learnFrom gives), at most LEARN_NAMES names each.
  const learnFromText = (r: IndicatorResult | undefined): string[] => {
    const groups = new Map<string, string[]>();
    for (const l of r?.learnFrom ?? []) groups.set(l.via, [...(groups.get(l.via) ?? []), l.name]);
    return [...groups].map(([via, list]) => {
      const label = sets.find((s) => s.id === via)?.label ?? via;
      const shown = list.slice(0, LEARN_NAMES).join(', ');
      return `${label}: ${list.length > LEARN_NAMES ? `${shown} och ${formatNumber(list.length - LEARN_NAMES)} till` : shown}`;
    });
  };
  const priorityItem = (f: RankedFlag): PriorityItem => {
    const r = byId.get(f.indicatorId);
    // A lost Ja is the most salient fact: shown wherever the area is, whichever flag ranks it.
    const lost = f.lostJa && f.flag.kind !== 'forsamring' ? `Svarade Ja ${analysis.year - 1} men svarar Nej ${year}. ` : '';
    return {
      rank: placeLabel(f),
      place: f.place.from,
      name: r?.indicator.shortName ?? f.indicatorId,
      omrade: subLabel(r),
      kind: kindLabel(f),
      reason: unbroken(tidy(lost + f.flag.reason)),
      priority: RULES.prioritetsord.apply(f.place.from),
      learnFrom: learnFromText(r),
    };
  };
  return {
    analysis,
    extras,
    year,
    sets,
    rules: analysis.method?.rules ?? rulesFromRaw(extras.rules),
    byId,
    names: referenceNames(extras.ref),
    texts,
    inYear,
    statusCell,
    setCells,
    learnFromText,
    priorityItem,
    nameOf: (id) => byId.get(id)?.indicator.shortName ?? id,
  };
}
