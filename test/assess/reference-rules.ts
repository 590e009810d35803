// A second, deliberately simple implementation of the rules as Bilaga 2 states them, for the conformance test.
// It must not import src/assess or src/analyze: it reads only the raw values and the group members.
import type { DataSet, Indicator } from '../../src/model/types.ts';

export interface RefRules {
  dev: number; // utvecklingsomrade_minst_andel_ja_i_jamforelse
  shared: number; // gemensamt_hogst_andel_ja_i_riket
  strong: number; // styrka_hogst_andel_ja_i_jamforelse
  weakQ: number; // andel_svagaste_kvartil
  bestQ: number; // andel_basta_kvartil
  clearly: number; // andel_tydligt_under_procentenheter
  change: number; // forandring_minst_procentenheter
  minAnswers: number; // minsta_antal_svar_i_jamforelse
}

export interface RefGroup {
  kind: string;
  members: string[];
}

export interface RefVerdict {
  flags: string[];
  place?: { rank: number; tied: number; quartile: number };
  change?: 'bättre' | 'sämre' | 'oförändrat';
}

function valueOf(data: DataSet, year: number, ind: string, unit: string): number | null {
  for (const v of data.values.values()) if (v.year === year && v.indicator === ind && v.unit === unit) return v.value;
  return null;
}

/**
 * "Ja/Nej-frågor: andelen kommuner som svarat Ja bland dem som svarat"; andelar för län och riket: medelvärdet
 * vägt med invånarantal (here the reference population: the random data has no Invånare); övriga grupper:
 * ovägt medelvärde.
 */
function group(data: DataSet, year: number, ind: Indicator, g: RefGroup, population: (code: string) => number | undefined): { value: number; n: number } | undefined {
  const answered = g.members.map((m) => ({ m, v: valueOf(data, year, ind.id, m) })).filter((x): x is { m: string; v: number } => x.v !== null);
  if (ind.type !== 'janej' && (g.kind === 'lan' || g.kind === 'riket')) {
    const weighted = answered.filter((x) => (population(x.m) ?? 0) > 0);
    if (weighted.length === 0) return undefined;
    const total = weighted.reduce((a, x) => a + population(x.m)!, 0);
    return { value: weighted.reduce((a, x) => a + x.v * population(x.m)!, 0) / total, n: weighted.length };
  }
  if (answered.length === 0) return undefined;
  const sum = answered.reduce((a, x) => a + x.v, 0);
  return { value: ind.type === 'janej' ? (100 * sum) / answered.length : sum / answered.length, n: answered.length };
}

export function referenceVerdict(
  data: DataSet,
  kommuner: string[],
  unit: string,
  year: number,
  ind: Indicator,
  groups: RefGroup[],
  r: RefRules,
  population: (code: string) => number | undefined,
): RefVerdict {
  const own = valueOf(data, year, ind.id, unit);
  const prev = data.years.includes(year - 1) ? valueOf(data, year - 1, ind.id, unit) : null;
  const out: RefVerdict = { flags: [] };
  if (own === null) return { flags: ['datakvalitet'] };
  // "Minsta underlag": a computed group is used only with at least minAnswers answers.
  const usable = groups.map((g) => ({ kind: g.kind, v: group(data, year, ind, g, population) })).filter((x) => x.v !== undefined && x.v.n >= r.minAnswers);
  const refs = usable.filter((x) => x.kind === 'liknande' || x.kind === 'riket' || x.kind === 'stadsdelar');
  if (ind.type === 'janej') {
    if (prev !== null) out.change = prev === own ? 'oförändrat' : own > prev ? 'bättre' : 'sämre';
    if (own === 1) {
      if (refs.length > 0 && refs.every((x) => x.v!.value < r.strong)) out.flags.push('styrka');
    } else {
      if (usable.some((x) => x.v!.value >= r.dev)) out.flags.push('utvecklingsomrade');
      else {
        const riket = usable.find((x) => x.kind === 'riket');
        if (riket && riket.v!.value <= r.shared) out.flags.push('gemensamt');
      }
      if (prev === 1) out.flags.push('forsamring');
    }
    return out;
  }
  // andel: place among every kommun with a value; ties share the best place.
  const up = ind.direction === 'upp';
  const all = kommuner.map((k) => valueOf(data, year, ind.id, k)).filter((v): v is number => v !== null);
  const better = all.filter((v) => (up ? v > own : v < own)).length;
  const quartile = Math.min(4, Math.floor((4 * better) / all.length) + 1);
  out.place = { rank: better + 1, tied: all.filter((v) => v === own).length, quartile };
  if (prev !== null) {
    const d = up ? own - prev : prev - own;
    out.change = Math.abs(own - prev) < r.change ? 'oförändrat' : d > 0 ? 'bättre' : 'sämre';
  }
  const shortfalls = refs.map((x) => (up ? x.v!.value - own : own - x.v!.value));
  if (quartile >= r.weakQ || (shortfalls.length > 0 && shortfalls.every((s) => s >= r.clearly))) out.flags.push('utvecklingsomrade');
  else if (quartile <= r.bestQ && shortfalls.length > 0 && shortfalls.every((s) => s < 0)) out.flags.push('styrka');
  return out;
}
