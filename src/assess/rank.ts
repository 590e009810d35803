// Priority scores and the ranked lists of development areas, strengths and data-quality notes.
//
// score = 2·S + min(R − 1, 3) + C + min(G / 10, 5), rounded to two decimals, where
//   S = comparison sets the unit lags (development) or leads (styrka) in, i.e. flag.sets;
//   R = years in a row ending this year with the same weak (strong) result: ja/nej the run of
//       Nej (Ja) answers, andel the run of years below (above) riket's mean (at least 1);
//   C = 2 when it got worse (better) since last year: ja/nej Ja→Nej (Nej→Ja), andel a change of at
//       least rules.changePoints percentage points in the wrong (right) direction;
//   G = the largest gap in percentage points to a set in flag.sets: ja/nej the set's Ja-share above
//       the utvecklingsområde threshold (below the styrka threshold), andel the distance to the mean.
// Development areas: one entry per indicator (utvecklingsområde > försämring > gemensamt); shared
// (gemensamt-only) areas come after all local ones; ties by score are broken by indicator id.
import type { Flag, FlagKind, IndicatorResult, RankedFlag, Rules } from '../model/analysis.ts';
import type { IndicatorFacts } from './flags.ts';
import { shortfall } from './flags.ts';

export const RANKING_METHOD =
  'Utvecklingsområdena rangordnas med en poäng: 2 poäng för varje jämförelsegrupp där kommunen ligger efter, ' +
  '1 poäng för varje år i rad utöver det första med svagt resultat (högst 3), 2 poäng om resultatet har blivit sämre sedan förra året ' +
  'och 1 poäng per 10 procentenheter i avstånd till jämförelsegruppen (högst 5). Gemensamma utvecklingsområden, där få kommuner ' +
  'svarar Ja, kommer efter de lokala. Styrkor rangordnas på samma sätt med grupper där kommunen ligger före, år i rad med gott ' +
  'resultat och förbättring. Vid lika poäng avgör indikatorns id, så att ordningen alltid blir densamma.';

/** Years in a row with a weak (dev) or strong result, ending this year. */
function run(f: IndicatorFacts, dev: boolean): number {
  if (f.indicator.type === 'janej') return f.trend.sameAnswerRun;
  return (dev ? f.runs?.worse : f.runs?.better) ?? 0;
}

function changed(f: IndicatorFacts, dev: boolean, rules: Rules): boolean {
  const c = f.trend.changeLastYear;
  if (c === null) return false;
  if (f.indicator.type === 'janej') return dev ? c === -1 : c === 1;
  const worse = f.indicator.direction === 'ned' ? c : -c;
  return dev ? worse >= rules.changePoints : -worse >= rules.changePoints;
}

function gap(f: IndicatorFacts, flag: Flag, dev: boolean, rules: Rules): number {
  const vals = flag.sets.map((id) => f.values[f.sets.findIndex((s) => s.id === id)]?.value).filter((v): v is number => v !== null && v !== undefined);
  if (vals.length === 0) return 0;
  if (f.indicator.type === 'janej') {
    return dev ? Math.max(...vals) - rules.developmentMinShare : rules.strengthMaxShare - Math.min(...vals);
  }
  const gaps = vals.map((v) => (dev ? shortfall(f, v) : -shortfall(f, v)));
  return Math.max(0, ...gaps);
}

/** The flags with their scores (datakvalitet stays 0). */
export function scoreFlags(f: IndicatorFacts, flags: Flag[], rules: Rules): Flag[] {
  return flags.map((flag) => {
    if (flag.kind === 'datakvalitet') return flag;
    const dev = flag.kind !== 'styrka';
    const r = Math.max(run(f, dev), 1);
    const score = 2 * flag.sets.length + Math.min(r - 1, 3) + (changed(f, dev, rules) ? 2 : 0) + Math.min(Math.max(gap(f, flag, dev, rules), 0) / 10, 5);
    return { ...flag, score: Math.round(score * 100) / 100 };
  });
}

const DEV_ORDER: FlagKind[] = ['utvecklingsomrade', 'forsamring', 'gemensamt'];

function byPriority(a: RankedFlag & { tier: number }, b: RankedFlag & { tier: number }): number {
  return b.tier - a.tier || b.flag.score - a.flag.score || (a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0);
}

function ranked(results: IndicatorResult[], kinds: FlagKind[], tier: (f: Flag) => number): RankedFlag[] {
  const out: (RankedFlag & { tier: number })[] = [];
  for (const r of results) {
    const flag = kinds.map((k) => r.flags.find((f) => f.kind === k)).find((f) => f !== undefined);
    if (flag) out.push({ indicatorId: r.indicator.id, flag, tier: tier(flag) });
  }
  return out.sort(byPriority).map(({ indicatorId, flag }) => ({ indicatorId, flag }));
}

/** One entry per indicator with the strongest development flag; gemensamt after the local ones. */
export function rankDevelopment(results: IndicatorResult[]): RankedFlag[] {
  return ranked(results, DEV_ORDER, (f) => (f.kind === 'gemensamt' ? 0 : 1));
}

export function rankStrengths(results: IndicatorResult[]): RankedFlag[] {
  return ranked(results, ['styrka'], () => 0);
}

/** Missing answers, in indicator-id order. */
export function rankDataQuality(results: IndicatorResult[]): RankedFlag[] {
  return ranked(results, ['datakvalitet'], () => 0);
}
