// A comparison set's value for one indicator and year, and whether an indicator is measured in a year.
import type { ComparisonSet, SetKind, SetValue } from '../model/analysis.ts';
import type { DataSet, Indicator } from '../model/types.ts';
import { column, valuesGeneration } from '../model/types.ts';
import { aggregationFor } from './aggregation.ts';
import type { PopulationLookup } from './population.ts';

/** True when the data has any row (even a missing one) for the indicator in that year. */
export function hasColumn(data: DataSet, indicatorId: string, year: number): boolean {
  return column(data, year, indicatorId) !== undefined;
}

/** The indicator exists in the catalogue that year and the data has a column for it. */
export function measured(data: DataSet, indicator: Indicator, year: number): boolean {
  return indicator.years.includes(year) && hasColumn(data, indicator.id, year);
}

/** ja/nej values at kommun level are 1/0; anything from 0.5 up counts as Ja. */
export function isJa(value: number): boolean {
  return value >= 0.5;
}

export function mean(xs: number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Percentile by linear interpolation between order statistics (Excel PERCENTILE.INC). */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function median(xs: number[]): number | null {
  return percentile([...xs].sort((a, b) => a - b), 0.5);
}

/** Population-weighted mean; members without a population are left out (and counted as missing). */
function weighted(codes: string[], vals: number[], year: number, population: PopulationLookup): Pick<SetValue, 'value' | 'nAnswered' | 'weights'> {
  let sum = 0;
  let total = 0;
  let n = 0;
  const sources = new Set<string>();
  codes.forEach((code, i) => {
    const p = population(code, year);
    if (!p || !(p.value > 0)) return;
    sum += vals[i]! * p.value;
    total += p.value;
    n++;
    sources.add(p.source);
  });
  const weights = sources.size === 2 ? 'blandad' : sources.has('referens') ? 'referens' : 'underlag';
  return { value: total > 0 ? sum / total : null, nAnswered: n, ...(n ? { weights } : {}) };
}

/**
 * The published län/riket row when the data has one (origin 'publicerad'); otherwise computed from the
 * members as aggregationFor says: share Ja, unweighted mean (with median for andel), population-weighted
 * mean or sum. Members without a row count as missing.
 */
export function setValue(data: DataSet, set: ComparisonSet, indicator: Indicator, year: number, population: PopulationLookup): SetValue {
  if (!SHARED_KINDS.has(set.kind)) return computeSetValue(data, set, indicator, year, population);
  const memo = sharedMemo(data, population, indicator);
  const key = `${year}|${setIndex(set)}`;
  let v = memo.get(key);
  if (!v) memo.set(key, (v = computeSetValue(data, set, indicator, year, population)));
  return { ...v };
}

/**
 * Riket, a län and a kommungrupp are the same set for many units: in a batch their values are computed once
 * per data set and population lookup, not once per report (riket alone is 290 members per indicator and year).
 */
const SHARED_KINDS: ReadonlySet<SetKind> = new Set(['riket', 'lan', 'kommungrupp']);
const memos = new WeakMap<DataSet, WeakMap<PopulationLookup, { generation: object; byIndicator: WeakMap<Indicator, Map<string, SetValue>> }>>();
/** A small number per distinct set (id, kind, published row, members), so memo keys stay short. */
const setIndexes = new Map<string, number>();
const setIndexOf = new WeakMap<ComparisonSet, number>();

function setIndex(set: ComparisonSet): number {
  let n = setIndexOf.get(set);
  if (n === undefined) {
    const key = [set.id, set.kind, set.publishedCode ?? '', set.members.join(',')].join('\n');
    n = setIndexes.get(key);
    if (n === undefined) setIndexes.set(key, (n = setIndexes.size));
    setIndexOf.set(set, n);
  }
  return n;
}

function sharedMemo(data: DataSet, population: PopulationLookup, indicator: Indicator): Map<string, SetValue> {
  let byPopulation = memos.get(data);
  if (!byPopulation) memos.set(data, (byPopulation = new WeakMap()));
  let m = byPopulation.get(population);
  // Values that changed since (a map that grew or had a value replaced: while loading, or in tests) make it stale.
  const generation = valuesGeneration(data.values);
  if (!m || m.generation !== generation) byPopulation.set(population, (m = { generation, byIndicator: new WeakMap() }));
  let memo = m.byIndicator.get(indicator);
  if (!memo) m.byIndicator.set(indicator, (memo = new Map()));
  return memo;
}

function computeSetValue(data: DataSet, set: ComparisonSet, indicator: Indicator, year: number, population: PopulationLookup): SetValue {
  const isMeasured = measured(data, indicator, year);
  const codes: string[] = [];
  const vals: number[] = [];
  const col = isMeasured ? column(data, year, indicator.id) : undefined;
  if (col) {
    for (const m of set.members) {
      const v = col.get(m)?.value;
      if (v !== null && v !== undefined) {
        codes.push(m);
        vals.push(v);
      }
    }
  }
  const base = { setId: set.id, nAnswered: vals.length, nMissing: set.members.length - vals.length };
  if (isMeasured && set.publishedCode) {
    const p = col?.get(set.publishedCode)?.value;
    if (p !== null && p !== undefined) return { ...base, value: p, origin: 'publicerad' };
  }
  switch (aggregationFor(indicator, set.kind)) {
    case 'andel-ja': {
      const nJa = vals.filter(isJa).length;
      return { ...base, value: vals.length ? (100 * nJa) / vals.length : null, nJa, origin: 'beräknad-andel' };
    }
    case 'summa':
      return { ...base, value: vals.length ? vals.reduce((a, b) => a + b, 0) : null, origin: 'beräknad-summa' };
    case 'viktad': {
      const w = weighted(codes, vals, year, population);
      return { ...base, ...w, nMissing: set.members.length - w.nAnswered, origin: 'beräknad-viktad' };
    }
    default:
      return { ...base, value: mean(vals), ...(indicator.type === 'andel' ? { median: median(vals) } : {}), origin: 'beräknad-medel' };
  }
}
