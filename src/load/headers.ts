// Matching column header text to catalogue indicators through their patterns.
import type { Indicator } from '../model/types.ts';

/** Lower case, NFKC, one kind of dash without surrounding spaces, collapsed whitespace. */
export function normaliseHeader(s: string): string {
  return s
    .replace(/[*\u00b9\u00b2\u00b3\u2070-\u2079†]+/g, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
    .replace(/[\u2010-\u2015\u2212-]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Matcher {
  indicator: Indicator;
  /** Returns the length of the matched pattern (longer = more specific), or 0. */
  score(header: string): number;
}

/** Patterns for one year: those for the year plus "*"; the indicator name when none are given. */
export function patternsFor(ind: Indicator, year: number): string[] {
  const p = ind.patterns ? [...(ind.patterns[String(year)] ?? []), ...(ind.patterns['*'] ?? [])] : [];
  return p.length ? p : [ind.name];
}

/** Header text a regex pattern is tried against; real stacked ÖJ headers are a few hundred characters. */
export const MAX_HEADER = 2000;

function matcher(ind: Indicator, year: number): Matcher {
  const tests = patternsFor(ind, year).map((p): ((h: string) => number) => {
    const re = /^\/(.+)\/([a-z]*)$/.exec(p);
    if (re) {
      const rx = new RegExp(re[1]!, re[2]!.includes('i') ? re[2] : `${re[2]}i`);
      // Bounded text: even a polynomial pattern stays fast on a cell of 32 767 characters.
      return (h) => {
        const t = h.length > MAX_HEADER ? h.slice(0, MAX_HEADER) : h;
        return rx.test(normaliseHeader(t)) || rx.test(t) ? p.length : 0;
      };
    }
    const needle = normaliseHeader(p);
    return (h) => (normaliseHeader(h).includes(needle) ? needle.length : 0);
  });
  return { indicator: ind, score: (h) => Math.max(0, ...tests.map((t) => t(h))) };
}

const MAX_PART = 500;

export interface HeaderMatch {
  indicator: Indicator;
  /** True when the catalogue does not list the file's year for the indicator. */
  outsideYears: boolean;
}

/**
 * The indicator a column belongs to: the most specific pattern found in the joined stacked header text.
 * Indicators of other years are tried last so the report can say "known indicator, unexpected year".
 */
export function headerMatcher(catalog: Indicator[], year: number): (headerParts: string[]) => HeaderMatch | undefined {
  const current = catalog.filter((i) => i.years.includes(year)).map((i) => matcher(i, year));
  const others = catalog.filter((i) => !i.years.includes(year)).map((i) => matcher(i, year));
  const best = (ms: Matcher[], text: string): Indicator | undefined => {
    let top: Matcher | undefined;
    let topScore = 0;
    for (const m of ms) {
      const s = m.score(text);
      if (s > topScore) [top, topScore] = [m, s];
    }
    return top?.indicator;
  };
  return (parts) => {
    // Patterns see at most 500 characters of a cell: a huge cell must not make matching slow.
    const text = parts.map((p) => p.slice(0, MAX_PART)).join(' ');
    const now = best(current, text);
    if (now) return { indicator: now, outsideYears: false };
    const other = best(others, text);
    return other ? { indicator: other, outsideYears: true } : undefined;
  };
}
