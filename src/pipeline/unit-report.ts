// One unit's report: analyse → compose → HTML (PDF rendering is the caller's, so pages can be reused).
import { basename, join } from 'node:path';
import { analyzeUnit } from '../analyze.ts';
import { buildFigures } from '../compose/figures.ts';
import { nationalContext } from '../compose/national.ts';
import { buildReportModel } from '../compose/report-model.ts';
import type { AnalysisOptions, UnitAnalysis } from '../model/analysis.ts';
import type { Unit } from '../model/types.ts';
import { slug } from '../reference/slug.ts';
import { renderHtml } from '../render/html.ts';
import type { LocalAnalysis } from '../model/local.ts';
import type { LokalView } from '../compose/local-view.ts';
import { version } from '../version.ts';
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

/** The analysis as documented JSON (README "JSON-format"). */
export function analysisJson(ctx: RunContext, analysis: UnitAnalysis, generatedAt = new Date(), local?: LocalAnalysis): string {
  const doc = {
    format: 'ojrapport-analys',
    // 2: set values' origin says how a value was computed; sammanhang.population is dated.
    formatVersion: 2,
    verktyg: { namn: 'ojrapport', version: version() },
    skapad: generatedAt.toISOString(),
    exempeldata: analysis.isExample,
    kallor: ctx.data.sources,
    enhet: analysis.unit,
    ar: analysis.year,
    ar_i_underlaget: analysis.years,
    sammanhang: analysis.context,
    // The stadsdelar's district (city, kind) is left out: its label says it, and the format stays as documented.
    jamforelsegrupper: analysis.sets.map(({ district: _, ...s }) => ({ ...s, medlemmar: s.members.map((c) => ({ kod: c, namn: ctx.nameOf(c) })) })),
    indikatorer: analysis.indicators.map(({ indicator, ...r }) => ({
      indikator: { id: indicator.id, namn: indicator.name, omrade: indicator.omrade, delgrupp: indicator.split, typ: indicator.type, riktning: indicator.direction, enhet: indicator.unit, ar: indicator.years },
      ...r,
    })),
    utvecklingsomraden: analysis.developmentAreas,
    ovriga_nej: analysis.otherNej,
    styrkor: analysis.strengths,
    datakvalitet: analysis.dataQuality,
    regler: ctx.rules.raw,
    ...(local ? { lokal_analys: localJson(local) } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The team's analysis from --lokal, as typed (see README, JSON-format). */
function localJson(l: LocalAnalysis) {
  return {
    fil: basename(l.file),
    skapad: l.created,
    verktygsversion: l.toolVersion,
    forklaringar: l.explanations,
    prioritetsordning: l.priorityOrder,
    atgarder: l.actions,
  };
}
