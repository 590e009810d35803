// Finds a kommun (or stadsdel) from what a user typed: code, name with or without å/ä/ö, or a near miss.
import { OjError, ExitCode } from '../errors.ts';
import { fold } from './slug.ts';

export interface NamedUnit {
  code: string;
  name: string;
}

function levenshtein(a: string, b: string): number {
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

/**
 * Resolves a typed name or code. Exact code, then exact folded name, then a single unambiguous
 * prefix match, then a single near miss (one typo). Otherwise an OjError listing the closest names.
 */
export function matchUnit<T extends NamedUnit>(units: T[], query: string, what = 'kommun'): T {
  const q = query.trim();
  const byCode = units.find((u) => u.code === q);
  if (byCode) return byCode;
  const fq = fold(q.replace(/\s+(kommun|stad|län)$/i, ''));
  // The first exact name wins, so callers list what should win a shared name first (kommuner before stadsdelar).
  const exact = units.find((u) => fold(u.name) === fq);
  if (exact) return exact;
  const prefix = units.filter((u) => fold(u.name).startsWith(fq));
  if (fq.length >= 3 && prefix.length === 1) return prefix[0]!;
  // A near miss counts only when it is clearly the best one (strictly closer than the runner-up).
  const ranked = units.map((u) => ({ u, d: levenshtein(fold(u.name), fq) })).sort((a, b) => a.d - b.d);
  const [best, second] = ranked;
  if (best && best.d <= (fq.length > 5 ? 2 : 1) && (!second || second.d > best.d)) return best.u;
  const suggestions = (prefix.length > 1 ? prefix : closestNames(units, q)).slice(0, 5).map((u) => `${u.name} (${u.code})`);
  throw new OjError(
    `Hittar ingen ${what} som heter "${query}".` + (suggestions.length ? ` Menade du: ${suggestions.join(', ')}?` : ''),
    ExitCode.usage,
    `Skriv namnet eller koden, t.ex. "Uppsala" eller "0380".`,
  );
}
