// One county report: county analysis → model (with the matrix charts) → HTML.
import { buildReportModel } from '../compose/report-model.ts';
import type { UnitAnalysis } from '../model/analysis.ts';
import type { RunContext } from '../pipeline/context.ts';
import type { Lan } from '../reference/types.ts';
import { analyzeLan, type LanAnalysis } from './analysis.ts';
import { renderLanHtml } from './html.ts';
import { buildLanModel } from './model.ts';
import type { UnitSummary } from './summary.ts';

export function yearsLabel(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

/** Indicators measured in the year, in catalogue order. */
export function indicatorsOf(ctx: RunContext, year: number) {
  return [...ctx.data.indicators.values()].filter((i) => i.years.includes(year));
}

export function lanAnalysis(ctx: RunContext, lan: Lan, year: number, units: UnitSummary[]): LanAnalysis {
  return analyzeLan(lan, year, units, indicatorsOf(ctx, year), ctx.nameOf, ctx.rules.changePoints);
}

/**
 * The HTML of the county report. `sample` is any of the county's unit analyses: its report model's appendix
 * (indicator definitions, rules in force, sources) is the same for every unit and is reused as is.
 */
export async function composeLanReport(ctx: RunContext, analysis: LanAnalysis, sample: UnitAnalysis, generatedAt = new Date()): Promise<{ html: string; title: string }> {
  const unitModel = buildReportModel(sample, { steps: ctx.steps, rules: ctx.rules.raw, sources: { files: ctx.data.sources }, generatedAt, phrases: ctx.phrases, ref: ctx.ref });
  const model = await buildLanModel(analysis, { appendix: unitModel.appendix, rules: ctx.rules, generatedAt, yearsLabel: yearsLabel(ctx.data.years) });
  return { html: renderLanHtml(model), title: model.documentTitle };
}
