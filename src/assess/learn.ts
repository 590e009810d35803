// Who to learn from: members of nearby sets that do better where the unit has a development area.
import { svCollator } from '../sv/format.ts';
import type { Flag, LearnFrom } from '../model/analysis.ts';
import type { DataSet } from '../model/types.ts';
import { getValue } from '../model/types.ts';
import { isJa } from '../compare/values.ts';
import type { IndicatorFacts } from './flags.ts';

const DEV_KINDS = new Set<Flag['kind']>(['utvecklingsomrade', 'gemensamt', 'forsamring']);
/** Nearest first: the city's other stadsdelar, liknande kommuner, the user's groups in order, then the län. */
const VIA_ORDER = ['stadsdelar', 'liknande', 'egen', 'lan'] as const;

/**
 * For every Nej, and for an andel with a development flag: members answering Ja (andel: at least `clearlyPoints`
 * percentage points better than the unit), set by set in VIA_ORDER, each group in Swedish alphabetical order, each unit listed once.
 */
export function learnFrom(data: DataSet, f: IndicatorFacts, flags: Flag[], nameOf: (code: string) => string, clearlyPoints = 0): LearnFrom[] {
  if (f.value === null) return [];
  // Every Nej gets its list ("Vem svarar Ja där vi svarar Nej?"), flagged or not; andel only with a development flag.
  const nej = f.indicator.type === 'janej' && !isJa(f.value);
  if (!nej && !flags.some((fl) => DEV_KINDS.has(fl.kind))) return [];
  const own = f.value;
  // andel: only those clearly better (by the rules' "clearly below" points), not everyone a little above.
  const better = (v: number): boolean =>
    f.indicator.type === 'janej' ? isJa(v) : f.indicator.direction === 'ned' ? own - v >= clearlyPoints && v < own : v - own >= clearlyPoints && v > own;
  const seen = new Set<string>();
  const out: LearnFrom[] = [];
  for (const set of VIA_ORDER.flatMap((kind) => f.sets.filter((s) => s.kind === kind))) {
    const group: LearnFrom[] = [];
    for (const code of set.members) {
      const v = getValue(data, f.year, f.indicator.id, code);
      if (seen.has(code) || v?.value === null || v?.value === undefined || !better(v.value)) continue;
      seen.add(code);
      group.push({ code, name: nameOf(code), via: set.id, raw: v.raw });
    }
    out.push(...group.sort((a, b) => svCollator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1)));
  }
  return out;
}
