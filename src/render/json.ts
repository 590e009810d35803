// The JSON renderer: a unit's analysis as the documented JSON (README "JSON-format").
import { basename } from 'node:path';
import type { Rules, UnitAnalysis } from '../model/analysis.ts';
import type { LocalAnalysis } from '../model/local.ts';
import type { DataSet } from '../model/types.ts';
import { version } from '../version.ts';

/** What the JSON document holds besides the analysis: the run's sources and rules, names, the team's analysis. */
export interface JsonInput {
  analysis: UnitAnalysis;
  sources: DataSet['sources'];
  rules: Rules['raw'];
  nameOf: (code: string) => string;
  generatedAt: Date;
  local?: LocalAnalysis;
}

/** The analysis as documented JSON (README "JSON-format"). */
export function analysisJson({ analysis, sources, rules, nameOf, generatedAt, local }: JsonInput): string {
  const doc = {
    format: 'ojrapport-analys',
    // 2: set values' origin says how a value was computed; sammanhang.population is dated.
    formatVersion: 2,
    verktyg: { namn: 'ojrapport', version: version() },
    skapad: generatedAt.toISOString(),
    exempeldata: analysis.isExample,
    kallor: sources,
    enhet: analysis.unit,
    ar: analysis.year,
    ar_i_underlaget: analysis.years,
    sammanhang: analysis.context,
    // The stadsdelar's district (city, kind) is left out: its label says it, and the format stays as documented.
    jamforelsegrupper: analysis.sets.map(({ district: _, ...s }) => ({ ...s, medlemmar: s.members.map((c) => ({ kod: c, namn: nameOf(c) })) })),
    indikatorer: analysis.indicators.map(({ indicator, ...r }) => ({
      indikator: { id: indicator.id, namn: indicator.name, omrade: indicator.omrade, delgrupp: indicator.split, typ: indicator.type, riktning: indicator.direction, enhet: indicator.unit, ar: indicator.years },
      ...r,
    })),
    utvecklingsomraden: analysis.developmentAreas,
    ovriga_nej: analysis.otherNej,
    styrkor: analysis.strengths,
    datakvalitet: analysis.dataQuality,
    regler: rules,
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
