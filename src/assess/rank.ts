// Priority scores and the ranked lists of development areas, strengths and data-quality notes, by the
// rulebook's prioritet, forandring, svagtAr and ordning rules (Bilaga 2 prints the same rules).
import type { ChangeVerdict, Flag, FlagKind, IndicatorResult, RankedFlag, Rules } from '../model/analysis.ts';
import type { IndicatorFacts } from './flags.ts';
import { shortfall } from './flags.ts';
import { RULES } from './rulebook.ts';

/** Years in a row with a weak (dev) or strong result, ending this year. */
function run(f: IndicatorFacts, dev: boolean): number {
  if (f.indicator.type === 'janej') return f.trend.sameAnswerRun;
  return (dev ? f.runs?.worse : f.runs?.better) ?? 0;
}

function gap(f: IndicatorFacts, flag: Flag, dev: boolean, rules: Rules): number {
  const vals = flag.sets.map((id) => f.values[f.sets.findIndex((s) => s.id === id)]?.value).filter((v): v is number => v !== null && v !== undefined);
  if (vals.length === 0) return 0;
  if (f.indicator.type === 'janej') {
    return dev ? Math.max(...vals) - rules.developmentMinShare : rules.strengthMaxShare - Math.min(...vals);
  }
  return Math.max(0, ...vals.map((v) => (dev ? shortfall(f, v) : -shortfall(f, v))));
}

/** The flags with their scores (datakvalitet stays 0). */
export function scoreFlags(f: IndicatorFacts, flags: Flag[], rules: Rules, change?: ChangeVerdict): Flag[] {
  return flags.map((flag) => {
    if (flag.kind === 'datakvalitet') return flag;
    const dev = flag.kind !== 'styrka';
    const changed = change?.direction === (dev ? 'sämre' : 'bättre');
    return { ...flag, score: RULES.prioritet.apply({ sets: flag.sets.length, run: run(f, dev), changed, gap: gap(f, flag, dev, rules) }) };
  });
}

const DEV_ORDER: FlagKind[] = ['utvecklingsomrade', 'forsamring', 'gemensamt'];

/** Score order, highest first; equal scores share a place and keep catalogue order (the results' order). */
function ranked(results: IndicatorResult[], kinds: FlagKind[]): RankedFlag[] {
  const out: RankedFlag[] = [];
  for (const r of results) {
    const flag = kinds.map((k) => r.flags.find((f) => f.kind === k)).find((f) => f !== undefined);
    if (!flag) continue;
    const item: RankedFlag = { indicatorId: r.indicator.id, flag, place: { from: 0, to: 0 } };
    if (r.change?.lostJa) item.lostJa = true;
    out.push(item);
  }
  out.sort((a, b) => b.flag.score - a.flag.score);
  const places = RULES.ordning.apply(out.map((x) => x.flag.score));
  return out.map((x, i) => ({ ...x, place: places[i]! }));
}

/** Local areas (utvecklingsområde > försämring) first, then the gemensamma, each list with its own places. */
export function rankDevelopment(results: IndicatorResult[]): RankedFlag[] {
  const best = (r: IndicatorResult) => DEV_ORDER.map((k) => r.flags.find((f) => f.kind === k)).find((f) => f !== undefined);
  const local = results.filter((r) => best(r) && best(r)!.kind !== 'gemensamt');
  const common = results.filter((r) => best(r)?.kind === 'gemensamt');
  return [...ranked(local, DEV_ORDER), ...ranked(common, DEV_ORDER)];
}

export function rankStrengths(results: IndicatorResult[]): RankedFlag[] {
  return ranked(results, ['styrka']);
}

/** Missing answers, in catalogue order. */
export function rankDataQuality(results: IndicatorResult[]): RankedFlag[] {
  return ranked(results, ['datakvalitet']);
}
