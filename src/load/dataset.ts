// Loading one or more ÖJ workbooks into one multi-year DataSet, with an import report.
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { DataSet, Indicator, Unit, Value } from '../model/types.ts';
import { valueKey, valuesReplaced } from '../model/types.ts';
import { dataPath } from '../paths.ts';
import { loadReference } from '../reference/load.ts';
import type { Reference } from '../reference/types.ts';
import { loadCatalog } from './catalog.ts';
import { importCsvFile } from './csv.ts';
import { importExcelFile } from './excel.ts';
import { importKoladaCache, isKoladaCache } from './kolada/dataset.ts';
import type { ImportReport, ValueOrigin } from './report.ts';
import type { SourceImport } from './source.ts';

export interface LoadOptions {
  /** Indicator catalogue; the bundled data/indikatorer.json when omitted. */
  catalog?: Indicator[];
  /** Reference data; the bundled data/referens when omitted. */
  reference?: Reference;
  /** Overrides the year an Excel file states (title, sheet or file name); `--ar`. */
  year?: number;
  /** Files larger than this (MB) are refused before reading; default OJRAPPORT_MAX_MB, else 50. */
  maxMb?: number;
}

interface ImportContext {
  catalog: Indicator[];
  ref: Reference;
  year?: number;
  maxMb?: number;
}

/** One path → its import: a .csv file, a Kolada cache folder, otherwise an Excel workbook. */
export async function importPath(path: string, ctx: ImportContext): Promise<SourceImport> {
  if (/\.csv$/i.test(path)) return importCsvFile(path, ctx);
  if (isKoladaCache(path)) return importKoladaCache(path, ctx);
  const imp = await importExcelFile(path, ctx);
  return {
    sources: [imp.source], years: imp.years, isExample: imp.isExample, values: imp.values, units: imp.units,
    indicators: imp.indicators, reports: [imp.report],
  };
}

export const EXAMPLE_YEARS = [2017, 2018, 2019];

export function exampleFiles(): string[] {
  return EXAMPLE_YEARS.map((y) => dataPath('exempel', `oj-lss-${y}-exempeldata.xlsx`));
}

/**
 * Imports the files (Excel, CSV) and Kolada cache folders in order. A later file's value for the same
 * year/indicator/unit wins; when it differs, report.overridden lists it and report.warnings names both files and
 * cells (identical repeats are not reported). Within one file a unit given twice with different values is an error.
 * DataSet.indicators holds the catalogue indicators found in at least one file.
 */
export async function loadDataSetWithReport(files: string[], options: LoadOptions = {}): Promise<{ data: DataSet; report: ImportReport }> {
  if (!files.length) throw new OjError(msg.noDataFile, ExitCode.usage, msg.noDataFileHint);
  const catalog = options.catalog ?? loadCatalog();
  const ref = options.reference ?? loadReference();
  const data: DataSet = { years: [], indicators: new Map(), units: new Map<string, Unit>(), values: new Map<string, Value>(), sources: [], isExample: false };
  const report: ImportReport = { files: [], overridden: [], warnings: [] };
  const years = new Set<number>();
  for (const file of files) {
    const imp = await importPath(file, { catalog, ref, year: options.year, maxMb: options.maxMb });
    for (const y of imp.years) years.add(y);
    data.sources.push(...imp.sources);
    data.isExample ||= imp.isExample;
    report.files.push(...imp.reports);
    for (const ind of imp.indicators) {
      // An indicator read from a header in several files exists in all their years (trends, series breaks).
      const before = data.indicators.get(ind.id);
      data.indicators.set(ind.id, before && before !== ind ? { ...ind, years: [...new Set([...before.years, ...ind.years])].sort((a, b) => a - b) } : ind);
    }
    for (const u of imp.units) data.units.set(u.code, u);
    for (const v of imp.values) {
      const key = valueKey(v.year, v.indicator, v.unit);
      const before = data.values.get(key);
      if (before) valuesReplaced(data.values);
      if (before && before.value !== v.value) {
        report.overridden.push({ year: v.year, indicator: v.indicator, unit: v.unit, files: [origin(before).file, origin(v).file], before: origin(before), after: origin(v) });
      }
      data.values.set(key, v);
    }
  }
  report.warnings.push(...overrideWarnings(report.overridden, data));
  // Catalogue order, so every consumer lists indicators the same way.
  const order = new Map(catalog.map((i, n) => [i.id, n]));
  data.indicators = new Map([...data.indicators].sort((a, b) => (order.get(a[0]) ?? order.size) - (order.get(b[0]) ?? order.size)));
  data.years = [...years].sort((a, b) => a - b);
  return { data, report };
}

function origin(v: Value): ValueOrigin {
  const s = v.source;
  return { file: s?.file ?? '?', cell: s ? [s.sheet, s.cell].filter(Boolean).join('!') : '?', raw: v.raw };
}

/** One warning per pair of files that disagree: how many values, one example with both cells, which file won. */
function overrideWarnings(overridden: ImportReport['overridden'], data: DataSet): string[] {
  const byPair = new Map<string, ImportReport['overridden']>();
  for (const o of overridden) {
    const key = o.files.join('\u0000');
    const list = byPair.get(key);
    if (list) list.push(o);
    else byPair.set(key, [o]);
  }
  return [...byPair.values()].map((list) => {
    const o = list[0]!;
    const unit = data.units.get(o.unit)?.name ?? o.unit;
    const more = list.length > 1 ? ` och ${list.length - 1} ${list.length === 2 ? 'värde' : 'värden'} till` : '';
    return `${o.before.file} och ${o.after.file} har olika värden för samma år, indikator och enhet, t.ex. ${unit} ${o.indicator} ${o.year}: "${o.before.raw}" (${o.before.cell}) mot "${o.after.raw}" (${o.after.cell})${more}. Värdena från ${o.after.file} (den senare filen) används.`;
  });
}

export async function loadDataSet(files: string[], options: LoadOptions = {}): Promise<DataSet> {
  return (await loadDataSetWithReport(files, options)).data;
}

/** The three bundled example workbooks (2017–2019). */
export async function loadExampleDataWithReport(options: LoadOptions = {}): Promise<{ data: DataSet; report: ImportReport }> {
  return loadDataSetWithReport(exampleFiles(), options);
}

export async function loadExampleData(options: LoadOptions = {}): Promise<DataSet> {
  return (await loadExampleDataWithReport(options)).data;
}
