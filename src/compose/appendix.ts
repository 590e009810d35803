// The appendices: Bilaga 1 (indicator definitions) and 3 (data sources, reference data) are shared with the
// county report; Bilaga 2 here is the kommun report's rules and method (the county has its own).
import { aggregationRules } from '../compare/aggregation.ts';
import { ruleStatements } from '../assess/rulebook.ts';
import type { Rules, UnitAnalysis } from '../model/analysis.ts';
import type { DataSource, Indicator } from '../model/types.ts';
import { yearsLabel } from './frame.ts';
import type { ReportModel, ReportSources, ReferenceNote } from './report-model.ts';
import { unbroken } from './wrap.ts';
import { typeLabel } from './texts.ts';

type Appendix = ReportModel['appendix'];

const SOURCE_KIND: Record<DataSource['kind'], string> = {
  exempel: 'Exempeldata (genererad av ojrapport)',
  excel: 'Socialstyrelsen, Excelfil',
  csv: 'CSV-fil',
  kolada: 'Kolada (RKA)',
};

/** Bilaga 1: every indicator, with one line of national context where given. */
export function indicatorDefinitions(indicators: Indicator[], national: Record<string, string> = {}): Appendix['definitions'] {
  return indicators.map((i) => ({
    name: i.name,
    omrade: i.omrade,
    split: i.split ? ` · ${i.split}` : '',
    type: typeLabel(i) + (i.unit && i.unit !== '%' ? ` (${i.unit})` : ''),
    description: i.description,
    years: yearsLabel(i.years),
    note: i.note ?? '',
    kpi: i.koladaKpi ? `Kolada ${i.koladaKpi}` : '',
    national: unbroken(national[i.id] ?? ''),
  }));
}

/** Bilaga 3: the data files read. */
export function sourceFiles(files: DataSource[]): Appendix['files'] {
  return files.map((f) => ({
    name: f.name,
    kind: SOURCE_KIND[f.kind],
    year: f.year ? String(f.year) : '–',
    checksum: f.sha256 ? `SHA-256 ${f.sha256}` : '–',
    fetched: f.fetched ?? '',
  }));
}

/** Bilaga 3: reference data used; the unit's own groups (liknande kommuner, kommungrupp) when it has them. */
export function referenceNotes(analysis?: Pick<UnitAnalysis, 'context'>): ReferenceNote[] {
  const out: ReferenceNote[] = [];
  const ctx = analysis?.context;
  if (ctx?.liknande) out.push({ name: 'Liknande kommuner LSS', version: `${ctx.liknande.title}, gruppindelning ${ctx.liknande.year}`, source: 'Kolada (RKA)' });
  if (ctx?.kommungrupp) out.push({ name: 'Kommungruppsindelning', version: `SKR ${ctx.kommungrupp.edition}`, source: 'Sveriges Kommuner och Regioner' });
  out.push({ name: 'Kommuner och län', version: 'Folkmängd 31 december 2016', source: 'SCB via Kolada' });
  return out;
}

/** The kommun report's appendices. */
export function unitAppendix(analysis: UnitAnalysis, rules: Rules, sources: ReportSources, national?: Record<string, string>): Appendix {
  return {
    definitions: indicatorDefinitions(
      analysis.indicators.map((r) => r.indicator),
      national,
    ),
    rules: ruleStatements(rules),
    method: [
      'Styrkor och utvecklingsområden för andelar tar hänsyn till om högre eller lägre är bättre för indikatorn.',
      'Varje markering i rapporten kommer från reglerna ovan; inga andra regler används.',
    ],
    aggregation: aggregationRules(),
    files: sourceFiles(sources.files),
    reference: sources.reference ?? referenceNotes(analysis),
  };
}
