// One county report: county analysis → model (with the matrix charts) → HTML.
import { indicatorDefinitions, referenceNotes, sourceFiles } from '../compose/appendix.ts';
import { yearsLabel } from '../compose/frame.ts';
import type { UnitAnalysis } from '../model/analysis.ts';
import type { RunContext } from '../pipeline/context.ts';
import type { Lan } from '../reference/types.ts';
import { analyzeLan, type LanAnalysis } from './analysis.ts';
import { renderLanHtml } from './html.ts';
import { buildLanModel } from './model.ts';
import type { UnitSummary } from './summary.ts';

/** Indicators measured in the year, in catalogue order. */
export function indicatorsOf(ctx: RunContext, year: number) {
  return [...ctx.data.indicators.values()].filter((i) => i.years.includes(year));
}

export function lanAnalysis(ctx: RunContext, lan: Lan, year: number, units: UnitSummary[]): LanAnalysis {
  return analyzeLan(lan, year, units, indicatorsOf(ctx, year), ctx.nameOf, ctx.rules.changePoints);
}

/**
 * The HTML of the county report. `sample` is any of the county's unit analyses: its indicators are the ones
 * Bilaga 1 defines. Bilaga 3 leaves out one kommun's groups (liknande kommuner, kommungrupp).
 */
export async function composeLanReport(ctx: RunContext, analysis: LanAnalysis, sample: UnitAnalysis, generatedAt = new Date()): Promise<{ html: string; title: string }> {
  const appendix = {
    definitions: indicatorDefinitions(sample.indicators.map((r) => r.indicator)),
    files: sourceFiles(ctx.data.sources),
    reference: referenceNotes(),
  };
  const model = await buildLanModel(analysis, { appendix, rules: ctx.rules, generatedAt, yearsLabel: yearsLabel(ctx.data.years) });
  return { html: renderLanHtml(model), title: model.documentTitle };
}
