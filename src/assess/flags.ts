// Flags and status for one indicator (domain.md section 4). Scores are set later by rank.ts.
import { setKind } from '../compare/set-kinds.ts';
import type { ComparisonSet, Flag, Position, Rules, SetValue, Status, Trend } from '../model/analysis.ts';
import type { Indicator } from '../model/types.ts';
import { isJa } from '../compare/values.ts';
import { decimalsKeeping, jaShare, joinSv, meanOf, pct, placeText, quartileWord, tableDecimals } from '../sv/grammar.ts';
import { RULES, shortfallOf } from './rulebook.ts';

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
  /** andel: years in a row (ending this year) with status Svag / Bra (the rulebook's svagtAr). */
  runs?: { worse: number; better: number };
}

export interface SetPair {
  set: ComparisonSet;
  sv: SetValue & { value: number };
}

/** Sets whose value may be used for flags: a published row, or enough members that answered. */
export function usablePairs(f: IndicatorFacts, rules: Rules): SetPair[] {
  return f.sets.map((set, i) => ({ set, sv: f.values[i]! })).filter((p): p is SetPair => RULES.minstaUnderlag.apply(p.sv, rules));
}

/**
 * liknande and riket (and for a stadsdel its city's other stadsdelar, the nearest "others"): the sets the
 * styrka, gemensamt and clearly-below rules refer to.
 */
const isReference = (p: SetPair): boolean => setKind(p.set.kind).reference;

const flag = (kind: Flag['kind'], reason: string, sets: SetPair[] = []): Flag => ({ kind, reason, score: 0, sets: sets.map((p) => p.set.id) });

/** Positive = the unit is worse than the set value, in percentage points. */
export function shortfall(f: IndicatorFacts, setValue: number): number {
  return shortfallOf(f.indicator.direction, f.value!, setValue);
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
    if (!RULES.styrkaJaNej.apply(refs.map((p) => p.sv.value), rules)) return [];
    const below = (x: number) => x < rules.strengthMaxShare;
    return [flag('styrka', `${name} svarar Ja, medan ${onlyList(refs.map((p) => jaShare(p.set, p.sv, below, rules.fewAnswers)))} gör det.`, led)];
  }
  const out: Flag[] = [];
  const atLeast = (x: number) => RULES.utvecklingJaNej.apply(x, rules);
  const lagged = pairs.filter((p) => atLeast(p.sv.value));
  const riket = pairs.find((p) => p.set.kind === 'riket');
  if (lagged.length > 0) {
    out.push(flag('utvecklingsomrade', `${name} svarar Nej, medan ${joinSv(lagged.map((p) => jaShare(p.set, p.sv, atLeast, rules.fewAnswers)))} svarar Ja.`, lagged));
  } else if (riket && RULES.gemensamt.apply(riket.sv.value, rules)) {
    // Every usable set is below the utvecklingsområde share; riket is at most the gemensamt share.
    const few = (p: SetPair) => (x: number) => !atLeast(x) && (p.set.kind !== 'riket' || x <= rules.sharedMaxRiketShare);
    out.push(flag('gemensamt', `${name} svarar Nej, liksom de flesta andra: ${onlyList(refs.map((p) => jaShare(p.set, p.sv, few(p), rules.fewAnswers)))} svarar Ja.`));
  }
  const prev = f.trend.points[f.trend.points.length - 2];
  if (f.trend.changeLastYear !== null && prev?.value != null && RULES.forsamring.apply(isJa(prev.value), false)) {
    const prevYear = prev.year;
    // Shown instead of gemensamt (rank.ts), so it carries the comparison unless an utvecklingsområde does.
    const shared = out.some((x) => x.kind === 'gemensamt');
    const shares = refs.map((p) => jaShare(p.set, p.sv, undefined, rules.fewAnswers));
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
      : `${head} och hör till ${quartileWord(q)} av kommunerna (${placeText(f.position!)}${rankNote})`;
  const means = (ps: SetPair[]) => joinSv(ps.map((p) => meanOf(p.set, print(p.sv.value) + (RULES.faSvar.apply(p.sv, rules) ? ', få svar' : ''))));
  const q = f.position?.quartile;

  const lagged = pairs.filter((p) => shortfall(f, p.sv.value) > 0);
  const laggedRefs = refs.filter((p) => shortfall(f, p.sv.value) > 0);
  const refGaps = refs.map((p) => shortfall(f, p.sv.value));
  const worseWord = up ? 'under' : 'över';
  if (RULES.utvecklingAndel.apply(q, refGaps, rules)) {
    if (q !== undefined && q >= rules.weakestQuartile) {
      const tail = laggedRefs.length ? `, ${worseWord} genomsnittet för ${means(laggedRefs)}` : '';
      return [flag('utvecklingsomrade', `${place(q)}${tail}.`, lagged)];
    }
    return [flag('utvecklingsomrade', `${head}, klart ${worseWord} genomsnittet för ${means(refs)}.`, lagged)];
  }
  const led = pairs.filter((p) => shortfall(f, p.sv.value) < 0);
  if (RULES.styrkaAndel.apply(q, refGaps, rules)) {
    const betterWord = up ? 'över' : 'under';
    return [flag('styrka', `${place(q!)}, ${betterWord} genomsnittet för ${means(refs)}.`, led)];
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
  return q === undefined ? 'ingen' : RULES.status.apply(q, rules);
}

/**
 * Why a Nej with no development flag is not prioritised (rulebook: ovrigaNej); undefined when the
 * indicator is not such a Nej.
 */
export function otherNejReason(f: IndicatorFacts, flags: Flag[], rules: Rules): string | undefined {
  if (f.indicator.type !== 'janej' || !f.exists || f.value === null || isJa(f.value)) return undefined;
  if (flags.some((x) => x.kind !== 'datakvalitet' && x.kind !== 'styrka')) return undefined;
  const pairs = usablePairs(f, rules);
  if (pairs.length === 0) {
    return `Ingen jämförelsegrupp har svar från minst ${rules.minAnswers} medlemmar, så frågan kan inte jämföras.`;
  }
  const below = (x: number) => !RULES.utvecklingJaNej.apply(x, rules);
  const shares = joinSv(pairs.map((p) => jaShare(p.set, p.sv, below, rules.fewAnswers)));
  const riket = pairs.find((p) => p.set.kind === 'riket');
  const notShared = riket
    ? `Det är inte heller ett gemensamt utvecklingsområde, eftersom fler än ${pct(rules.sharedMaxRiketShare)} i riket svarar Ja`
    : 'Riket saknas bland jämförelserna, så det kan inte bedömas som gemensamt utvecklingsområde';
  return `Ingen jämförelsegrupp når ${pct(rules.developmentMinShare)} Ja (${shares} svarar Ja). ${notShared}.`;
}
