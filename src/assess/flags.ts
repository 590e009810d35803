// Flags and status for one indicator (domain.md section 4). Scores are set later by rank.ts.
import type { ComparisonSet, Flag, Position, Rules, SetValue, Status, Trend } from '../model/analysis.ts';
import type { Indicator } from '../model/types.ts';
import { isJa } from '../compare/values.ts';
import { jaShare, joinSv, meanOf, pct, quartileWord } from './phrases.ts';

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

/** liknande and riket: the sets the styrka, gemensamt and clearly-below rules refer to. */
const isReference = (p: SetPair): boolean => p.set.kind === 'liknande' || p.set.kind === 'riket';

const flag = (kind: Flag['kind'], reason: string, sets: SetPair[] = []): Flag => ({ kind, reason, score: 0, sets: sets.map((p) => p.set.id) });

/** Positive = the unit is worse than the set value, in percentage points. */
export function shortfall(f: IndicatorFacts, setValue: number): number {
  return f.indicator.direction === 'ned' ? f.value! - setValue : setValue - f.value!;
}

function janejFlags(f: IndicatorFacts, rules: Rules): Flag[] {
  const pairs = usablePairs(f, rules);
  const refs = pairs.filter(isReference);
  const name = f.unitName;
  if (isJa(f.value!)) {
    const led = pairs.filter((p) => p.sv.value < rules.strengthMaxShare);
    const strong = refs.length > 0 && refs.every((p) => p.sv.value < rules.strengthMaxShare);
    return strong ? [flag('styrka', `${name} svarar Ja, medan ${joinSv(refs.map((p) => jaShare(p.set, p.sv)))} gör det.`, led)] : [];
  }
  const out: Flag[] = [];
  const lagged = pairs.filter((p) => p.sv.value >= rules.developmentMinShare);
  const riket = pairs.find((p) => p.set.kind === 'riket');
  if (lagged.length > 0) {
    out.push(flag('utvecklingsomrade', `${name} svarar Nej, medan ${joinSv(lagged.map((p) => jaShare(p.set, p.sv)))} svarar Ja.`, lagged));
  } else if (riket && riket.sv.value <= rules.sharedMaxRiketShare) {
    out.push(flag('gemensamt', `${name} svarar Nej, liksom de flesta andra: bara ${joinSv(refs.map((p) => jaShare(p.set, p.sv)))} svarar Ja.`));
  }
  if (f.trend.changeLastYear === -1) {
    const prevYear = f.trend.points[f.trend.points.length - 2]!.year;
    out.push(flag('forsamring', `${name} svarade Ja ${prevYear} men svarar Nej ${f.year}.`, lagged));
  }
  return out;
}

function andelFlags(f: IndicatorFacts, rules: Rules): Flag[] {
  const pairs = usablePairs(f, rules);
  const refs = pairs.filter(isReference);
  const up = f.indicator.direction === 'upp';
  const head = `${f.unitName} har ${pct(f.value)}`;
  const place = (q: number) => `${head} och hör till ${quartileWord(q)} av kommunerna (plats ${f.position!.rank} av ${f.position!.of})`;
  const q = f.position?.quartile;

  const lagged = pairs.filter((p) => shortfall(f, p.sv.value) > 0);
  const laggedRefs = refs.filter((p) => shortfall(f, p.sv.value) > 0);
  const clearlyBelow = refs.length > 0 && refs.every((p) => shortfall(f, p.sv.value) >= rules.clearlyBelowPoints);
  const worseWord = up ? 'under' : 'över';
  if (q !== undefined && q >= rules.weakestQuartile) {
    const tail = laggedRefs.length ? `, ${worseWord} genomsnittet för ${joinSv(laggedRefs.map((p) => meanOf(p.set, p.sv)))}` : '';
    return [flag('utvecklingsomrade', `${place(q)}${tail}.`, lagged)];
  }
  if (clearlyBelow) {
    return [flag('utvecklingsomrade', `${head}, klart ${worseWord} genomsnittet för ${joinSv(refs.map((p) => meanOf(p.set, p.sv)))}.`, lagged)];
  }
  const led = pairs.filter((p) => shortfall(f, p.sv.value) < 0);
  if (q !== undefined && q <= rules.bestQuartile && refs.length > 0 && refs.every((p) => shortfall(f, p.sv.value) < 0)) {
    const betterWord = up ? 'över' : 'under';
    return [flag('styrka', `${place(q)}, ${betterWord} genomsnittet för ${joinSv(refs.map((p) => meanOf(p.set, p.sv)))}.`, led)];
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
