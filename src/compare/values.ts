// A comparison set's value for one indicator and year, and whether an indicator is measured in a year.
import type { ComparisonSet, SetValue } from '../model/analysis.ts';
import type { DataSet, Indicator } from '../model/types.ts';
import { getValue } from '../model/types.ts';

const columns = new WeakMap<DataSet, Set<string>>();

/** True when the data has any row (even a missing one) for the indicator in that year. */
export function hasColumn(data: DataSet, indicatorId: string, year: number): boolean {
  let idx = columns.get(data);
  if (!idx) {
    idx = new Set();
    for (const v of data.values.values()) idx.add(`${v.year}|${v.indicator}`);
    columns.set(data, idx);
  }
  return idx.has(`${year}|${indicatorId}`);
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

/**
 * ja/nej: share Ja among members that answered; andel: mean and median; bakgrund: mean.
 * Members without a row count as missing. When no member has a value but the data has the
 * published län/riket row, that row is used (origin 'publicerad', nAnswered 0).
 */
export function setValue(data: DataSet, set: ComparisonSet, indicator: Indicator, year: number): SetValue {
  const isMeasured = measured(data, indicator, year);
  const vals: number[] = [];
  if (isMeasured) {
    for (const m of set.members) {
      const v = getValue(data, year, indicator.id, m)?.value;
      if (v !== null && v !== undefined) vals.push(v);
    }
  }
  const base = { setId: set.id, nAnswered: vals.length, nMissing: set.members.length - vals.length };
  if (vals.length === 0 && isMeasured && set.publishedCode) {
    const p = getValue(data, year, indicator.id, set.publishedCode)?.value;
    if (p !== null && p !== undefined) return { ...base, value: p, origin: 'publicerad' };
  }
  switch (indicator.type) {
    case 'janej': {
      const nJa = vals.filter(isJa).length;
      return { ...base, value: vals.length ? (100 * nJa) / vals.length : null, nJa, origin: 'beräknad' };
    }
    case 'andel':
      return { ...base, value: mean(vals), median: median(vals), origin: 'beräknad' };
    default:
      return { ...base, value: mean(vals), origin: 'beräknad' };
  }
}
