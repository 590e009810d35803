// Ja/Nej and andel answers for kommuner and Stockholm's stadsdelar, calibrated to riket targets.
import type { Indicator } from '../model/types.ts';
import type { Delomrade } from '../reference/types.ts';
import { gapKey } from './gaps.ts';
import type { GenContext } from './model.ts';
import { clamp, gaussian, round1 } from './rng.ts';

const STOCKHOLM = '0180';
/** Year-to-year noise relative to the persistent part: small, so most answers stay the same. */
const YEAR_NOISE = 0.3;

/** Values per year per unit code; units absent from a year's map did not answer (gaps). */
export type Answers = Map<number, Map<string, number>>;

function kommunScore(ctx: GenContext, code: string, ind: Indicator, year: number): number {
  const p = ctx.profiles.get(code)!;
  return p.capacity + gaussian(ctx.seed, 'persist', ind.id, code) + YEAR_NOISE * gaussian(ctx.seed, 'year', ind.id, code, year);
}

function stadsdelScore(ctx: GenContext, d: Delomrade, ind: Indicator, year: number): number {
  // Stockholm's own score plus a smaller persistent deviation: stadsdelar answer much like the city.
  return kommunScore(ctx, d.parentCode, ind, year) + 0.6 * gaussian(ctx.seed, 'persist', ind.id, d.code) + YEAR_NOISE * gaussian(ctx.seed, 'year', ind.id, d.code, year);
}

/**
 * Ja/Nej answers: among the kommuner that answered, exactly round(target × answered / 100) with the highest
 * scores answer Ja, so the computed riket share hits the target. Stadsdelar answer Ja above the same threshold.
 */
export function janejAnswers(
  ctx: GenContext,
  ind: Indicator,
  year: number,
  target: number,
  stadsdelar: Delomrade[],
  gaps: Set<string>,
): Map<string, number> {
  const answered = ctx.kommunCodes.filter((c) => !gaps.has(gapKey(c, ind.id)));
  const scored = answered
    .map((code) => ({ code, score: kommunScore(ctx, code, ind, year) }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const nJa = Math.round((target * answered.length) / 100);
  const out = new Map<string, number>();
  scored.forEach((s, i) => out.set(s.code, i < nJa ? 1 : 0));
  const above = scored[nJa - 1]?.score ?? Infinity;
  const below = scored[nJa]?.score ?? -Infinity;
  const threshold = Number.isFinite(above) && Number.isFinite(below) ? (above + below) / 2 : Number.isFinite(above) ? above : below;
  for (const d of stadsdelar) {
    if (gaps.has(gapKey(d.code, ind.id)) || d.parentCode !== STOCKHOLM) continue;
    out.set(d.code, stadsdelScore(ctx, d, ind, year) > threshold ? 1 : 0);
  }
  return out;
}

/** Assumed riket level and yearly rise of the andel indicators (no published figures). */
const ANDEL_BASE: Record<string, { mean: number; trend: number }> = {
  genomforandeplan_bostad: { mean: 82, trend: 1.5 },
  genomforandeplan_dv: { mean: 74, trend: 2 },
};

/** Andel answers 0–100 with one decimal, higher with capacity, persistent per kommun. */
export function andelAnswers(ctx: GenContext, ind: Indicator, year: number, stadsdelar: Delomrade[], gaps: Set<string>): Map<string, number> {
  const base = ANDEL_BASE[ind.id] ?? { mean: 70, trend: 1 };
  const level = (code: string): number =>
    base.mean + base.trend * (year - 2017) + 6 * ctx.profiles.get(code)!.capacity + 7 * gaussian(ctx.seed, 'persist', ind.id, code);
  const out = new Map<string, number>();
  for (const code of ctx.kommunCodes) {
    if (gaps.has(gapKey(code, ind.id))) continue;
    out.set(code, round1(clamp(level(code) + 3 * gaussian(ctx.seed, 'year', ind.id, code, year), 0, 100)));
  }
  for (const d of stadsdelar) {
    if (gaps.has(gapKey(d.code, ind.id))) continue;
    const v = level(d.parentCode) + 4 * gaussian(ctx.seed, 'persist', ind.id, d.code) + 3 * gaussian(ctx.seed, 'year', ind.id, d.code, year);
    out.set(d.code, round1(clamp(v, 0, 100)));
  }
  return out;
}
