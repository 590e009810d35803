// Shared setup: the real example data analysed for Uppsala 2019, and helpers to write and fill underlag files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { analyzeUnit } from '../../src/analyze.ts';
import { cachedRules } from '../../src/assess/rules.ts';
import { loadInput } from '../../src/load/input.ts';
import type { DataSet } from '../../src/model/types.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { loadReference } from '../../src/reference/load.ts';
import { writeUnderlag } from '../../src/underlag/write.ts';

let data: DataSet | undefined;

export async function exampleData(): Promise<DataSet> {
  data ??= (await loadInput({ data: [] })).data;
  return data;
}

// Four sets, as a kommun choosing --jamforelse liknande,kommungrupp,lan,riket gets: the workbook's columns follow them.
export async function uppsala(): Promise<UnitAnalysis> {
  return analyzeUnit(await exampleData(), loadReference(), '0380', { year: 2019, sets: ['liknande', 'kommungrupp', 'lan', 'riket'], rules: cachedRules() });
}

export async function analysisFor(code: string, year = 2019): Promise<UnitAnalysis> {
  return analyzeUnit(await exampleData(), loadReference(), code, { year, sets: ['liknande', 'kommungrupp', 'lan', 'riket'], rules: cachedRules() });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ojrapport-underlag-'));
}

export async function freshUnderlag(analysis: UnitAnalysis, dir = tempDir()): Promise<string> {
  return writeUnderlag(analysis, dir, { created: new Date(Date.UTC(2025, 2, 1, 9, 30)) });
}

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Opens the file, lets the test edit it as a user would, saves it in place. */
export async function edit(file: string, fn: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = await openXlsx(file);
  fn(wb);
  await wb.xlsx.writeFile(file);
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Row number on a sheet whose hidden column A holds the indicator id (a value, not a formula). */
export function rowOfId(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 3; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r;
  throw new Error(`no row for ${id} on ${ws.name}`);
}

/** First row on Analys whose indicator is picked by the team (id column holds a formula). */
export function firstFreeAnalysRow(ws: ExcelJS.Worksheet): number {
  for (let r = 3; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === 'object' && v !== null && 'formula' in v) return r;
  }
  throw new Error('no free row');
}
