// Steps 1 and 3 computed for one kommun or stadsdel: comparisons, trends, positions, flags, ranking.
import { assessFlags, otherNejReason, statusOf, type IndicatorFacts } from './assess/flags.ts';
import { learnFrom } from './assess/learn.ts';
import { rankDataQuality, rankDevelopment, rankStrengths, scoreFlags } from './assess/rank.ts';
import { changeSinceLastYear, RULES } from './assess/rulebook.ts';
import { computeDistribution, computePosition } from './compare/position.ts';
import { homeKommun } from './compare/set-kinds.ts';
import { buildSets, resolveUnit } from './compare/sets.ts';
import { computeTrend, countBack, setTrends } from './compare/trend.ts';
import { populationLookup, type PopulationLookup } from './compare/population.ts';
import { setValue } from './compare/values.ts';
import { ExitCode, OjError } from './errors.ts';
import * as msg from './sv/messages.ts';
import type { AnalysisOptions, ComparisonSet, IndicatorResult, OtherNej, Rules, Trend, UnitAnalysis } from './model/analysis.ts';
import type { DataSet, Indicator, Unit } from './model/types.ts';
import { kommungruppFor, liknandeFor } from './reference/load.ts';
import type { Reference } from './reference/types.ts';
import { unitNamer } from './reference/names.ts';

export type { AnalysisOptions } from './model/analysis.ts';

/** The year to analyse: the one asked for (it must be in the data), or the latest. */
export function analysisYear(data: DataSet, year: number | undefined): number {
  if (data.years.length === 0) throw new OjError(msg.noYears, ExitCode.input);
  const y = year ?? Math.max(...data.years);
  if (!data.years.includes(y)) {
    throw new OjError(msg.yearNotInData(y, [...data.years].sort((a, b) => a - b)), ExitCode.usage);
  }
  return y;
}

function context(ref: Reference, unit: Unit, year: number, population: PopulationLookup): UnitAnalysis['context'] {
  const home = homeKommun(ref, unit);
  const ctx: UnitAnalysis['context'] = {};
  const lanName = ref.lan.get(unit.lanCode ?? '')?.name ?? home?.lanName;
  if (lanName) ctx.lanName = lanName;
  if (!home) return ctx;
  const g = liknandeFor(ref, home.code, year);
  if (g) ctx.liknande = { title: g.title, year: g.year };
  // A stadsdel's city has a kommungrupp and population, the stadsdel does not.
  if (unit.kind === 'kommun') {
    const kg = kommungruppFor(home, year);
    ctx.kommungrupp = { code: kg.code, name: ref.kommungrupper.get(kg.code)?.name ?? '', edition: kg.edition };
    // One figure: the data's Invånare for the analysis year, else the dated reference figure.
    const p = population(home.code, year);
    if (p) ctx.population = p;
  }
  return ctx;
}

/** andel: years in a row, ending this year, with status Svag (worse) or Bra (better); rulebook svagtAr. */
function quartileRuns(data: DataSet, ref: Reference, ind: Indicator, code: string, trend: Trend, rules: Rules): { worse: number; better: number } {
  const q = new Map(trend.points.map((p) => [p.year, computePosition(data, ref, ind, code, p.year)?.quartile]));
  return {
    worse: countBack(trend.points, (p) => RULES.svagtAr.apply(q.get(p.year), true, rules)),
    better: countBack(trend.points, (p) => RULES.svagtAr.apply(q.get(p.year), false, rules)),
  };
}

/** One indicator: the unit's value, set values, trend, position, flags, status, who to learn from. */
function indicatorResult(
  data: DataSet,
  ref: Reference,
  unit: Unit,
  year: number,
  ind: Indicator,
  sets: ComparisonSet[],
  rules: Rules,
  otherNej: OtherNej[],
  population: PopulationLookup,
): IndicatorResult | undefined {
  const trend = computeTrend(data, ind, unit.code, year);
  if (!trend.points.some((p) => p.exists)) return undefined;
  const cur = trend.points[trend.points.length - 1]!;
  trend.sets = setTrends(data, sets, ind, trend.points, population);
  const facts: IndicatorFacts = {
    indicator: ind,
    unitName: unit.name,
    year,
    exists: cur.exists,
    value: cur.value,
    raw: cur.raw,
    sets,
    values: sets.map((s) => setValue(data, s, ind, year, population)),
    trend,
    runs: ind.type === 'andel' && ind.direction !== 'ingen' ? quartileRuns(data, ref, ind, unit.code, trend, rules) : undefined,
  };
  const position = computePosition(data, ref, ind, unit.code, year);
  if (position) facts.position = position;
  const change = changeSinceLastYear(ind, trend, rules);
  const raw = assessFlags(facts, rules);
  const flags = scoreFlags(facts, raw, rules, change);
  const why = otherNejReason(facts, raw, rules);
  if (why) otherNej.push({ indicatorId: ind.id, reason: why });
  const result: IndicatorResult = {
    indicator: ind,
    value: cur.value,
    raw: cur.raw,
    status: statusOf(facts, rules),
    sets: facts.values.map((sv) => (RULES.faSvar.apply(sv, rules) ? { ...sv, fewAnswers: true } : sv)),
    trend,
    flags,
    ...(change ? { change } : {}),
    learnFrom: learnFrom(data, facts, flags, unitNamer(ref, data.units), rules.clearlyBelowPoints),
  };
  if (cur.missing) result.missing = cur.missing;
  if (position) result.position = position;
  const distribution = computeDistribution(data, ref, ind, unit.code, year);
  if (distribution) result.distribution = distribution;
  return result;
}

/**
 * Analyses one kommun or stadsdel for one year (default the latest). Results never depend on the
 * order of units or values in the data: members are sorted and ties are broken by indicator id.
 */
export function analyzeUnit(data: DataSet, ref: Reference, unitCode: string, options: AnalysisOptions): UnitAnalysis {
  // 1. Year, unit and rules.
  const year = analysisYear(data, options.year);
  const unit = resolveUnit(data, ref, unitCode);
  const rules = options.rules;

  // 2. Comparison sets (step 1).
  const sets = buildSets(data, ref, unit, year, options);
  const population = populationLookup(data, ref);

  // 3. Every indicator measured in some year up to this one: values, trends, positions, flags.
  const indicators: IndicatorResult[] = [];
  const otherNej: OtherNej[] = [];
  for (const ind of data.indicators.values()) {
    const r = indicatorResult(data, ref, unit, year, ind, sets, rules, otherNej, population);
    if (r) indicators.push(r);
  }

  // 4. Priorities (step 3).
  return {
    unit,
    year,
    years: [...new Set(data.years)].sort((a, b) => a - b),
    context: context(ref, unit, year, population),
    sets,
    indicators,
    developmentAreas: rankDevelopment(indicators),
    otherNej,
    strengths: rankStrengths(indicators),
    dataQuality: rankDataQuality(indicators),
    isExample: data.isExample,
    method: { rules, ranking: `${RULES.prioritet.statement(rules)} ${RULES.ordning.statement(rules)}` },
  };
}
