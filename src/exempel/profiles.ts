// Latent traits of each kommun that drive plausible answers: size, kommungrupp and a random capacity.
import type { Reference } from '../reference/types.ts';
import { gaussian } from './rng.ts';

export interface Profile {
  code: string;
  /** Standardised log population (0 = typical kommun). */
  sizeZ: number;
  /** Latent capacity to have routines and agreements in place. */
  capacity: number;
  /** Yearly population growth rate. */
  growth: number;
}

/** Storstäder and större städer somewhat higher, rural kommuner somewhat lower (an assumption). */
const GROUP_EFFECT: Record<string, number> = {
  A1: 0.6, A2: 0.2, B3: 0.4, B4: 0, B5: 0, C6: -0.1, C7: -0.2, C8: -0.3, C9: -0.2,
};

export function kommunProfiles(ref: Reference, seed: number): Map<string, Profile> {
  const kommuner = [...ref.kommuner.values()];
  const logs = kommuner.map((k) => Math.log(k.population));
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / logs.length);
  const out = new Map<string, Profile>();
  for (const k of kommuner) {
    const sizeZ = (Math.log(k.population) - mean) / sd;
    const capacity = 0.45 * sizeZ + (GROUP_EFFECT[k.grupp2017] ?? 0) + 0.7 * gaussian(seed, 'capacity', k.code);
    const growth = Math.min(0.025, Math.max(-0.01, 0.004 + 0.004 * sizeZ + 0.003 * gaussian(seed, 'growth', k.code)));
    out.set(k.code, { code: k.code, sizeZ, capacity, growth });
  }
  return out;
}
