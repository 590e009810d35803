// Seeded, order-independent randomness: every draw is keyed by what it is for (kommun, indicator, year),
// so adding an indicator or reordering loops never changes other values.

export type Rng = () => number;

/** mulberry32: small, fast, good enough for example data. Returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of the key parts, mixed with the seed. */
export function hashSeed(seed: number, ...parts: (string | number)[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const ch of parts.join('\u241f')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** An independent stream for one purpose. */
export function rngFor(seed: number, ...parts: (string | number)[]): Rng {
  const rng = mulberry32(hashSeed(seed, ...parts));
  rng(); // the first draw of a fresh mulberry32 state is weakly mixed
  return rng;
}

/** One uniform draw for one purpose. */
export function uniform(seed: number, ...parts: (string | number)[]): number {
  return rngFor(seed, ...parts)();
}

/** Standard normal draw (Box–Muller) for one purpose. */
export function gaussian(seed: number, ...parts: (string | number)[]): number {
  const rng = rngFor(seed, ...parts);
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
