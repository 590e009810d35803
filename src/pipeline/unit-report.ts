// One unit's report: analyse → compose → a source each output format renders (printing is the caller's, so pages can be reused).
import { join } from 'node:path';
import { analyzeUnit } from '../analyze.ts';
import { buildFigures } from '../compose/figures.ts';
import { nationalContext } from '../compose/national.ts';
import { buildReportModel } from '../compose/report-model.ts';
import type { AnalysisOptions, UnitAnalysis } from '../model/analysis.ts';
import type { Unit } from '../model/types.ts';
import { slug } from '../reference/slug.ts';
import { renderHtml } from '../render/html.ts';
import type { LocalAnalysis } from '../model/local.ts';
import type { ReportSource } from '../render/formats.ts';
import type { LokalView } from '../compose/local-view.ts';
import type { RunContext } from './context.ts';

export interface ComposedReport {
  analysis: UnitAnalysis;
  html: string;
  title: string;
}

/** `options` carries the comparison sets (--jamforelse, --grupper); year and rules come from the run. */
export function analyse(ctx: RunContext, unitCode: string, year: number | undefined, options: Omit<AnalysisOptions, 'year' | 'rules'> = {}): UnitAnalysis {
  return analyzeUnit(ctx.data, ctx.ref, unitCode, { ...options, year, rules: ctx.rules });
}

export async function composeReport(ctx: RunContext, analysis: UnitAnalysis, generatedAt = new Date(), lokal?: LokalView, sender?: string): Promise<ComposedReport> {
  const figures = await buildFigures(analysis, ctx.data, ctx.nameOf);
  const model = buildReportModel(analysis, {
    steps: ctx.steps,
    rules: ctx.rules.raw,
    sources: { files: ctx.data.sources },
    figures,
    generatedAt,
    phrases: ctx.phrases,
    ref: ctx.ref,
    ...(lokal ? { lokal } : {}),
    ...(sender ? { sender } : {}),
    national: nationalContext(analysis, ctx.data, [...ctx.ref.kommuner.keys()]),
  });
  return { analysis, html: renderHtml(model), title: model.documentTitle };
}

/** File name from kommunkod and a sanitised name only: "0380-uppsala", "0180-stockholm-bromma". */
export function baseName(unit: Unit, nameOf: (code: string) => string): string {
  if (unit.kind === 'stadsdel' && unit.parentCode) return `${unit.parentCode}-${slug(nameOf(unit.parentCode))}-${slug(unit.name)}`;
  return `${unit.code.replace(/[^0-9]/g, '')}-${slug(unit.name)}`;
}

export function outputPath(outDir: string, year: number, unit: Unit, nameOf: (code: string) => string, ext: string): string {
  return join(outDir, String(year), `${baseName(unit, nameOf)}.${ext}`);
}

/** The team's filled underlag for a unit: as read (for JSON) and as the report shows it. */
export interface LocalFor {
  local: LocalAnalysis;
  view: LokalView;
}

/** What the format renderers take for one unit: its HTML document (composed on demand) and its JSON input. */
export function reportSource(ctx: RunContext, analysis: UnitAnalysis, generatedAt = new Date(), lokal?: LocalFor, sender?: string): ReportSource {
  // Composed at most once: the PDF and the --webb page are made from the same document.
  let document: Promise<ComposedReport> | undefined;
  return {
    document: () => (document ??= composeReport(ctx, analysis, generatedAt, lokal?.view, sender)),
    json: { analysis, sources: ctx.data.sources, rules: ctx.rules.raw, nameOf: ctx.nameOf, generatedAt, ...(lokal ? { local: lokal.local } : {}) },
  };
}
