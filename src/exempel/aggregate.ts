// Län and riket rows computed from the generated kommun rows (stadsdelar are not counted).
import type { Indicator } from '../model/types.ts';
import { RIKET_CODE, type GenCell } from './model.ts';
import { round1 } from './rng.ts';

function mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/**
 * janej: share Ja among kommuner that answered, whole percent; andel: unweighted mean, one decimal;
 * bakgrund: invånare summed, per-capita rates weighted by invånare, other measures unweighted mean.
 */
export function aggregateValue(ind: Indicator, cells: GenCell[], populations: number[]): number | null {
  const values: number[] = [];
  const weights: number[] = [];
  cells.forEach((c, i) => {
    if ('value' in c) {
      values.push(c.value);
      weights.push(populations[i] ?? 0);
    }
  });
  if (!values.length) return null;
  if (ind.type === 'janej') return Math.round(100 * mean(values)!);
  if (ind.id === 'bm_invanare') return values.reduce((a, b) => a + b, 0);
  if (ind.type === 'bakgrund' && ind.unit?.startsWith('per ')) {
    const w = weights.reduce((a, b) => a + b, 0);
    return round1(values.reduce((a, v, i) => a + v * weights[i]!, 0) / w);
  }
  return round1(mean(values)!);
}

/** Aggregates for every län and riket: groups maps aggregate code → member kommunkoder. */
export function aggregates(
  indicators: Indicator[],
  units: Map<string, Map<string, GenCell>>,
  groups: Map<string, string[]>,
  populationOf: (code: string) => number,
): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  for (const [code, members] of groups) {
    const row = new Map<string, number | null>();
    for (const ind of indicators) {
      const cells = members.map((m) => units.get(m)?.get(ind.id) ?? { missing: '' });
      row.set(ind.id, aggregateValue(ind, cells, members.map(populationOf)));
    }
    out.set(code, row);
  }
  return out;
}

export function aggregateGroups(kommuner: Iterable<{ code: string; lanCode: string }>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const all: string[] = [];
  for (const k of kommuner) {
    all.push(k.code);
    groups.set(k.lanCode, [...(groups.get(k.lanCode) ?? []), k.code]);
  }
  groups.set(RIKET_CODE, all);
  return groups;
}
