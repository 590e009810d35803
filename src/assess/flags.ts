// Flags and status for one indicator (domain.md section 4). Scores are set later by rank.ts.
import type { ComparisonSet, Flag, Position, Rules, SetValue, Status, Trend } from '../model/analysis.ts';
import type { Indicator } from '../model/types.ts';
import { isJa } from '../compare/values.ts';
import { decimalsKeeping, jaShare, joinSv, meanOf, pct, quartileWord, tableDecimals } from './phrases.ts';

/** Everything known about one indicator for the unit this year. */
export interface IndicatorFacts {
  indicator: Indicator;
  unitName: string;
  year: number;
  /** The indicator is measured this year (in the catalogue and in the data). */
  exists: boolean;
  value: number | null;
  raw: string;
  sets: ComparisonSet[];
  /** Same order as sets. */
  values: SetValue[];
  trend: Trend;
  position?: Position;
  /** andel: years in a row (ending this year) below / above riket's mean (or liknande's without riket). */
  runs?: { worse: number; better: number };
}

export interface SetPair {
  set: ComparisonSet;
  sv: SetValue & { value: number };
}

/** Sets whose value may be used for flags: a published row, or enough members that answered. */
export function usablePairs(f: IndicatorFacts, rules: Rules): SetPair[] {
  return f.sets
    .map((set, i) => ({ set, sv: f.values[i]! }))
    .filter((p): p is SetPair => p.sv.value !== null && (p.sv.origin === 'publicerad' || p.sv.nAnswered >= rules.minAnswers));
}

/**
 * liknande and riket (and for a stadsdel its city's other stadsdelar, the nearest "others"): the sets the
 * styrka, gemensamt and clearly-below rules refer to.
 */
const isReference = (p: SetPair): boolean => p.set.kind === 'liknande' || p.set.kind === 'riket' || p.set.kind === 'stadsdelar';

const flag = (kind: Flag['kind'], reason: string, sets: SetPair[] = []): Flag => ({ kind, reason, score: 0, sets: sets.map((p) => p.set.id) });

/** Positive = the unit is worse than the set value, in percentage points. */
export function shortfall(f: IndicatorFacts, setValue: number): number {
  return f.indicator.direction === 'ned' ? f.value! - setValue : setValue - f.value!;
}

/** "bara a och b"; a part that is "ingen …" takes no "bara" ("ingen av de 5 … och bara 20 % …"). */
function onlyList(parts: string[]): string {
  if (!parts.some((p) => p.startsWith('ingen '))) return `bara ${joinSv(parts)}`;
  return joinSv(parts.map((p) => (p.startsWith('ingen ') ? p : `bara ${p}`)));
}

function janejFlags(f: IndicatorFacts, rules: Rules): Flag[] {
  const pairs = usablePairs(f, rules);
  const refs = pairs.filter(isReference);
  const name = f.unitName;
  if (isJa(f.value!)) {
    const led = pairs.filter((p) => p.sv.value < rules.strengthMaxShare);
    const strong = refs.length > 0 && refs.every((p) => p.sv.value < rules.strengthMaxShare);
    if (!strong) return [];
    const below = (x: number) => x < rules.strengthMaxShare;
    return [flag('styrka', `${name} svarar Ja, medan ${onlyList(refs.map((p) => jaShare(p.set, p.sv, below)))} gör det.`, led)];
  }
  const out: Flag[] = [];
  const atLeast = (x: number) => x >= rules.developmentMinShare;
  const lagged = pairs.filter((p) => atLeast(p.sv.value));
  const riket = pairs.find((p) => p.set.kind === 'riket');
  if (lagged.length > 0) {
    out.push(flag('utvecklingsomrade', `${name} svarar Nej, medan ${joinSv(lagged.map((p) => jaShare(p.set, p.sv, atLeast)))} svarar Ja.`, lagged));
  } else if (riket && riket.sv.value <= rules.sharedMaxRiketShare) {
    // Every usable set is below the utvecklingsområde share; riket is at most the gemensamt share.
    const few = (p: SetPair) => (x: number) => !atLeast(x) && (p.set.kind !== 'riket' || x <= rules.sharedMaxRiketShare);
    out.push(flag('gemensamt', `${name} svarar Nej, liksom de flesta andra: ${onlyList(refs.map((p) => jaShare(p.set, p.sv, few(p))))} svarar Ja.`));
  }
  if (f.trend.changeLastYear === -1) {
    const prevYear = f.trend.points[f.trend.points.length - 2]!.year;
    // Shown instead of gemensamt (rank.ts), so it carries the comparison unless an utvecklingsområde does.
    const shared = out.some((x) => x.kind === 'gemensamt');
    const shares = refs.map((p) => jaShare(p.set, p.sv));
    const context = lagged.length === 0 && refs.length > 0 ? ` I år svarar ${shared ? onlyList(shares) : joinSv(shares)} Ja.` : '';
    out.push(flag('forsamring', `${name} svarade Ja ${prevYear} men svarar Nej ${f.year}.${context}`, lagged));
  }
  return out;
}

/**
 * Prints the unit's andel and the set means with the table's decimals, or more where the table's
 * rounding would make a printed comparison look wrong (65 % "under" 65 %, a 9,6-point gap as 10).
 */
function andelPrinter(f: IndicatorFacts, refs: SetPair[], rules: Rules): (v: number) => string {
  const own = f.value!;
  const checks: ((r: (v: number) => number) => boolean)[] = [];
  for (const p of refs) {
    const m = p.sv.value;
    checks.push((r) => r(own) < r(m), (r) => r(own) > r(m));
    const gap = (r: (v: number) => number) => (f.indicator.direction === 'ned' ? r(own) - r(m) : r(m) - r(own));
    checks.push((r) => gap(r) >= rules.clearlyBelowPoints);
  }
  // The table's decimals at level 0; whole numbers are exact as they are ("61 %", never "61,00 %").
  const decimalsAt = (v: number, d: number) => (tableDecimals(v) === 0 ? 0 : Math.max(1, d));
  const level = decimalsKeeping(decimalsAt, checks);
  return (v) => pct(v, decimalsAt(v, level));
}

function andelFlags(f: IndicatorFacts, rules: Rules): Flag[] {
  const pairs = usablePairs(f, rules);
  const refs = pairs.filter(isReference);
  const up = f.indicator.direction === 'upp';
  const print = andelPrinter(f, refs, rules);
  const head = `${f.unitName} har ${print(f.value!)}`;
  const rankNote = up ? '' : ', där plats 1 är den lägsta andelen';
  const place = (q: number) =>
    f.position!.stadsdel
      ? `${head} och hör till ${quartileWord(q)} jämfört med ${f.position!.of} kommuner`
      : `${head} och hör till ${quartileWord(q)} av kommunerna (plats ${f.position!.rank} av ${f.position!.of}${rankNote})`;
  const means = (ps: SetPair[]) => joinSv(ps.map((p) => meanOf(p.set, print(p.sv.value))));
  const q = f.position?.quartile;

  const lagged = pairs.filter((p) => shortfall(f, p.sv.value) > 0);
  const laggedRefs = refs.filter((p) => shortfall(f, p.sv.value) > 0);
  const clearlyBelow = refs.length > 0 && refs.every((p) => shortfall(f, p.sv.value) >= rules.clearlyBelowPoints);
  const worseWord = up ? 'under' : 'över';
  if (q !== undefined && q >= rules.weakestQuartile) {
    const tail = laggedRefs.length ? `, ${worseWord} genomsnittet för ${means(laggedRefs)}` : '';
    return [flag('utvecklingsomrade', `${place(q)}${tail}.`, lagged)];
  }
  if (clearlyBelow) {
    return [flag('utvecklingsomrade', `${head}, klart ${worseWord} genomsnittet för ${means(refs)}.`, lagged)];
  }
  const led = pairs.filter((p) => shortfall(f, p.sv.value) < 0);
  if (q !== undefined && q <= rules.bestQuartile && refs.length > 0 && refs.every((p) => shortfall(f, p.sv.value) < 0)) {
    const betterWord = up ? 'över' : 'under';
    return [flag('styrka', `${place(q)}, ${betterWord} genomsnittet för ${means(refs)}.`, led)];
  }
  return [];
}

/** Flags by the rules; a missing answer gives datakvalitet only; bakgrundsmått never get flags. */
export function assessFlags(f: IndicatorFacts, rules: Rules): Flag[] {
  if (f.indicator.type === 'bakgrund' || !f.exists) return [];
  if (f.value === null) {
    const raw = f.raw ? ` (”${f.raw}”)` : '';
    return [flag('datakvalitet', `Uppgift saknas för ${f.unitName} ${f.year}${raw}, så indikatorn kan inte bedömas.`)];
  }
  if (f.indicator.type === 'janej') return janejFlags(f, rules);
  return f.indicator.direction === 'ingen' ? [] : andelFlags(f, rules);
}

/** Status for colour + symbol + word: ja/nej Ja bra, Nej svag; andel by quartile; bakgrund none. */
export function statusOf(f: IndicatorFacts, rules: Rules): Status {
  if (f.indicator.type === 'bakgrund' || !f.exists) return 'ingen';
  if (f.value === null) return 'saknas';
  if (f.indicator.type === 'janej') return isJa(f.value) ? 'bra' : 'svag';
  const q = f.position?.quartile;
  if (q === undefined) return 'ingen';
  return q <= rules.bestQuartile ? 'bra' : q >= rules.weakestQuartile ? 'svag' : 'mellan';
}
