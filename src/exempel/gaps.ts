// Which kommun cells lack an answer, and how each gap is spelled.
import type { Indicator } from '../model/types.ts';
import { MISSING_SPELLINGS, type GenContext } from './model.ts';
import { uniform } from './rng.ts';

/** Kommuner that skipped the whole survey in a year (never the same ones two years running). */
const NON_RESPONDENTS_PER_YEAR = 2;
/** Chance that a single survey cell is missing, and the chance when the same cell was missing last year. */
const P_CELL = 0.02;
const P_CELL_AGAIN = 0.15;

export const gapKey = (unit: string, indicator: string): string => `${unit}|${indicator}`;

/**
 * Missing survey answers (janej/andel) per year, keyed by gapKey. Units are kommuner and stadsdelar.
 * A gap this year makes a gap next year unlikely: "a kommun that misses one year usually answers the next".
 */
export function surveyGaps(ctx: GenContext, units: (year: number) => string[], indicators: (year: number) => Indicator[], years: readonly number[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  let prevGaps = new Set<string>();
  let prevNonResp = new Set<string>();
  for (const year of years) {
    const nonResp = new Set(
      ctx.kommunCodes
        .filter((c) => !prevNonResp.has(c))
        .sort((a, b) => uniform(ctx.seed, 'nonresp', year, a) - uniform(ctx.seed, 'nonresp', year, b))
        .slice(0, NON_RESPONDENTS_PER_YEAR),
    );
    const gaps = new Set<string>();
    for (const unit of units(year)) {
      for (const ind of indicators(year)) {
        if (ind.type === 'bakgrund') continue;
        const key = gapKey(unit, ind.id);
        const p = prevGaps.has(key) ? P_CELL_AGAIN : P_CELL;
        if (nonResp.has(unit) || uniform(ctx.seed, 'gap', year, unit, ind.id) < p) gaps.add(key);
      }
    }
    out.set(year, gaps);
    prevGaps = gaps;
    prevNonResp = nonResp;
  }
  return out;
}

/** Common spellings weighted higher when drawing at random. */
const WEIGHTED = ['..', '..', '..', '-', '-', '', '', 'Uppgift saknas', 'Ej svar', '–', '.', 'Ej svarat', 'Vet ej', 'x'];

/**
 * Spellings for a year's missing cells (given in a stable order): the first ten after a seeded shuffle get
 * each spelling once, so every workbook holds every spelling; the rest are drawn at random.
 */
export function assignSpellings(ctx: GenContext, year: number, keys: string[]): Map<string, string> {
  const shuffled = [...keys].sort((a, b) => uniform(ctx.seed, 'spell-order', year, a) - uniform(ctx.seed, 'spell-order', year, b));
  const out = new Map<string, string>();
  shuffled.forEach((key, i) => {
    const spelling = i < MISSING_SPELLINGS.length
      ? MISSING_SPELLINGS[i]!
      : WEIGHTED[Math.floor(uniform(ctx.seed, 'spell', year, key) * WEIGHTED.length)]!;
    out.set(key, spelling);
  });
  return out;
}
