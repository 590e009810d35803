// Where a unit stands among all kommuner for an andel indicator: rank, quartile and the distribution.
import type { Distribution, Position } from '../model/analysis.ts';
import type { DataSet, Direction, Indicator } from '../model/types.ts';
import { column } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';
import { measured, percentile } from './values.ts';

/** All kommuner with a value this year, plus the unit itself (a stadsdel is placed among kommuner). */
function pool(data: DataSet, ref: Reference, indicator: Indicator, unitCode: string, year: number): { code: string; value: number }[] {
  const col = measured(data, indicator, year) ? column(data, year, indicator.id) : undefined;
  if (!col) return [];
  const out: { code: string; value: number }[] = [];
  const add = (code: string) => {
    const v = col.get(code)?.value;
    if (v !== null && v !== undefined) out.push({ code, value: v });
  };
  for (const code of ref.kommuner.keys()) add(code);
  if (!ref.kommuner.has(unitCode)) add(unitCode);
  return out;
}

export interface Place {
  /** Best place the unit shares: 1 + kommuner strictly better. */
  rank: number;
  /** Kommuner with exactly the unit's value, the unit included (1 = no tie). */
  tied: number;
  of: number;
  quartile: 1 | 2 | 3 | 4;
}

/** Rank 1 = best given the direction; equal values share the best place; quartile from the kommuner strictly better. */
export function placeAmong(values: number[], own: number, direction: Direction): Place {
  const better = values.filter((v) => (direction === 'ned' ? v < own : v > own)).length;
  const tied = values.filter((v) => v === own).length;
  const quartile = Math.min(4, Math.floor((4 * better) / values.length) + 1) as Place['quartile'];
  return { rank: better + 1, tied, of: values.length, quartile };
}

/** Rank, shared places and quartile as the rulebook's placering rule states (the rule applies placeAmong). */
export function computePosition(data: DataSet, ref: Reference, indicator: Indicator, unitCode: string, year: number): Position | undefined {
  if (indicator.type !== 'andel' || indicator.direction === 'ingen') return undefined;
  const pooled = pool(data, ref, indicator, unitCode, year);
  const own = pooled.find((p) => p.code === unitCode);
  if (!own) return undefined;
  // A stadsdel is compared with the kommuner only; it is not counted among them.
  const stadsdel = !ref.kommuner.has(unitCode);
  const all = stadsdel ? pooled.filter((p) => p.code !== unitCode) : pooled;
  if (all.length === 0) return undefined;
  const place = placeAmong(
    all.map((p) => p.value),
    own.value,
    indicator.direction,
  );
  return stadsdel ? { ...place, stadsdel: true as const } : place;
}

/** Every answering kommun's value (andel only), sorted, with the 25th/50th/75th percentiles. */
export function computeDistribution(data: DataSet, ref: Reference, indicator: Indicator, unitCode: string, year: number): Distribution | undefined {
  if (indicator.type !== 'andel') return undefined;
  const values = pool(data, ref, indicator, unitCode, year).sort((a, b) => a.value - b.value || (a.code < b.code ? -1 : 1));
  if (values.length === 0) return undefined;
  const sorted = values.map((v) => v.value);
  return { values, q1: percentile(sorted, 0.25)!, median: percentile(sorted, 0.5)!, q3: percentile(sorted, 0.75)! };
}
