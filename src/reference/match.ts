// Finds a kommun (or stadsdel, län) from what a user typed: code, exact name, name without å/ä/ö, or one near miss.
// Always matched against the full reference list, so a name is never turned into another existing unit.
import { OjError, ExitCode } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { fold } from './slug.ts';

export interface NamedUnit {
  code: string;
  name: string;
}

/** Edit distance: insertions, deletions and substitutions, one each. */
export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** How many typing errors a name tolerates: one, two for names longer than five letters (so "Upsala" is not Sala). */
export function correctionReach(folded: string): number {
  return folded.length > 5 ? 2 : 1;
}

/** Names closest to the query, best first. */
export function closestNames(units: NamedUnit[], query: string, max = 5): NamedUnit[] {
  const q = fold(query);
  return units
    .map((u) => {
      const n = fold(u.name);
      const d = Math.min(levenshtein(q, n), n.startsWith(q) || n.includes(q) ? 1 : Infinity);
      return { u, d };
    })
    .sort((a, b) => a.d - b.d || a.u.name.localeCompare(b.u.name, 'sv'))
    .slice(0, max)
    .map((x) => x.u);
}

const lower = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const byCode = <T extends NamedUnit>(units: T[]) => [...new Map(units.map((u) => [u.code, u])).values()];

/**
 * The unit whose name is exactly the query: with å/ä/ö as typed first (Habo is not Håbo), then case- and
 * accent-folded only when that is unique. Undefined when no name matches; an OjError when the folded name
 * fits several units.
 */
export function exactName<T extends NamedUnit>(units: T[], query: string, what = 'kommun'): T | undefined {
  const q = query.trim().replace(/\s+(kommun|stad|län)$/i, '');
  const exact = units.find((u) => lower(u.name) === lower(q));
  if (exact) return exact;
  const folded = byCode(units.filter((u) => fold(u.name) === fold(q))).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  if (folded.length === 1) return folded[0];
  if (folded.length > 1) {
    throw new OjError(msg.ambiguousName(query, what, folded), ExitCode.usage, msg.ambiguousNameHint);
  }
  return undefined;
}

/**
 * Resolves a typed name or code: exact code, exact name (see exactName), a unique prefix, then a typo
 * correction when exactly one name is within reach. A prefix or typo correction is announced.
 * Otherwise an OjError listing the closest names.
 */
export function matchUnit<T extends NamedUnit>(units: T[], query: string, what = 'kommun', announce?: (msg: string) => void): T {
  const q = query.trim();
  const code = units.find((u) => u.code === q);
  if (code) return code;
  const exact = exactName(units, q, what);
  if (exact) return exact;
  const fq = fold(q.replace(/\s+(kommun|stad|län)$/i, ''));
  const corrected = (u: T): T => {
    announce?.(msg.nameCorrected(query, u));
    return u;
  };
  const prefix = byCode(units.filter((u) => fold(u.name).startsWith(fq)));
  if (fq.length >= 3 && prefix.length === 1) return corrected(prefix[0]!);
  const near = byCode(units.filter((u) => levenshtein(fold(u.name), fq) <= correctionReach(fold(u.name))));
  if (near.length === 1 && prefix.length === 0) return corrected(near[0]!);
  const suggestions = (prefix.length > 1 ? prefix : near.length > 1 ? near : closestNames(units, q)).slice(0, 5);
  throw new OjError(msg.unknownName(query, what, suggestions), ExitCode.usage, msg.unknownNameHint(what));
}

/** Refuses a unit that exists but has no row in the data, instead of reporting on a neighbour. */
export function requireInData(unit: NamedUnit, dataUnits: NamedUnit[], files: string[] = [], what = 'kommuner'): void {
  if (!dataUnits.length || dataUnits.some((u) => u.code === unit.code)) return;
  const names = dataUnits.map((u) => u.name).sort((a, b) => a.localeCompare(b, 'sv'));
  throw new OjError(msg.unitNotInData(unit, names, what, files), ExitCode.input, msg.unitNotInDataHint);
}
