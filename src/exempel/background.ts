// Bakgrundsmått: plausible register-style numbers per kommun and stadsdel (assumed distributions).
import type { Indicator } from '../model/types.ts';
import type { Delomrade } from '../reference/types.ts';
import type { GenContext } from './model.ts';
import { clamp, gaussian, round1, uniform } from './rng.ts';

interface RateSpec {
  mean: number;
  /** Change per standard deviation of log population (small kommuner have higher LSS rates). */
  sizeSlope: number;
  sd: number;
  lo: number;
  hi: number;
  trend: number;
}

const RATES: Record<string, RateSpec> = {
  bm_daglig_verksamhet: { mean: 42, sizeSlope: -6, sd: 7, lo: 20, hi: 70, trend: 0.6 },
  bm_boende: { mean: 28, sizeSlope: -4, sd: 5, lo: 15, hi: 45, trend: 0.2 },
  bm_barn_lss: { mean: 120, sizeSlope: -15, sd: 22, lo: 60, hi: 200, trend: 2 },
  bm_socionomer: { mean: 82, sizeSlope: 2, sd: 9, lo: 40, hi: 100, trend: 0.3 },
};
const P_MISSING = 0.03;
const STOCKHOLM_SHARE_SD = 0.25;

/** Population on 31 December of the year before: the 2017 figure is the reference population (2016-12-31). */
export function population(ctx: GenContext, code: string, year: number): number {
  const k = ctx.ref.kommuner.get(code)!;
  return Math.round(k.population * (1 + ctx.profiles.get(code)!.growth) ** (year - 2017));
}

/** Values per unit; a unit absent from the map has a missing value (spelled later). */
export function backgroundValues(ctx: GenContext, ind: Indicator, year: number, stadsdelar: Delomrade[]): Map<string, number> {
  const out = new Map<string, number>();
  if (ind.id === 'bm_invanare') {
    for (const code of ctx.kommunCodes) out.set(code, population(ctx, code, year));
    const weights = stadsdelar.map((d) => Math.exp(STOCKHOLM_SHARE_SD * gaussian(ctx.seed, 'sdo-size', d.code)));
    const sum = weights.reduce((a, b) => a + b, 0);
    stadsdelar.forEach((d, i) => out.set(d.code, Math.round((population(ctx, d.parentCode, year) * weights[i]!) / sum)));
    return out;
  }
  const spec = RATES[ind.id] ?? { mean: 50, sizeSlope: 0, sd: 10, lo: 0, hi: 100, trend: 0 };
  const level = (code: string, sizeZ: number): number =>
    spec.mean + spec.sizeSlope * sizeZ + spec.sd * gaussian(ctx.seed, 'persist', ind.id, code) + spec.trend * (year - 2017);
  const value = (code: string, lvl: number): number =>
    round1(clamp(lvl + 0.25 * spec.sd * gaussian(ctx.seed, 'year', ind.id, code, year), spec.lo, spec.hi));
  for (const code of ctx.kommunCodes) {
    if (uniform(ctx.seed, 'bm-gap', ind.id, code, year) < P_MISSING) continue;
    out.set(code, value(code, level(code, ctx.profiles.get(code)!.sizeZ)));
  }
  for (const d of stadsdelar) {
    if (uniform(ctx.seed, 'bm-gap', ind.id, d.code, year) < P_MISSING) continue;
    const parent = level(d.parentCode, ctx.profiles.get(d.parentCode)!.sizeZ);
    out.set(d.code, value(d.code, parent + 0.5 * spec.sd * gaussian(ctx.seed, 'persist', ind.id, d.code)));
  }
  return out;
}
