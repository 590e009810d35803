// Importing one ÖJ LSS workbook: result sheets and headers found by text, indicators through the catalogue.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { ExitCode, OjError } from '../errors.ts';
import type { DataSource, Indicator, Unit, Value } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';
import { readCell } from './cells.ts';
import { headerMatcher } from './headers.ts';
import { findLayout, headerParts, type SheetLayout } from './layout.ts';
import { parseValue } from './missing.ts';
import { emptyFileReport, summariseUnits, type FileReport } from './report.ts';
import { unitResolver } from './units.ts';

export interface ExcelImportOptions {
  catalog: Indicator[];
  ref: Reference;
  /** Overrides the year found in the file. */
  year?: number;
}

export interface FileImport {
  source: DataSource;
  year: number;
  isExample: boolean;
  values: Value[];
  units: Unit[];
  indicators: Indicator[];
  report: FileReport;
}

const TITLE_YEAR = /öppna jämförelser\s+(\d{4})/i;
const EXAMPLE_MARKER = /exempeldata/i;
const SCAN_ROWS = 10;
const SCAN_COLS = 5;

function topTexts(wb: ExcelJS.Workbook): string[] {
  const texts: string[] = [];
  wb.eachSheet((ws) => {
    for (let r = 1; r <= Math.min(ws.rowCount, SCAN_ROWS); r++) {
      for (let c = 1; c <= Math.min(ws.columnCount, SCAN_COLS); c++) {
        const t = readCell(ws.getCell(r, c)).text;
        if (t) texts.push(t);
      }
    }
  });
  return texts;
}

const BARE_YEAR = /(?:^|\D)(20\d{2})(?:\D|$)/;

/** The year from a title ("Öppna jämförelser 2019"), else a result sheet's name, else the file name. */
export function findYear(texts: string[], sheetNames: string[], file: string): number | undefined {
  for (const t of texts) {
    const m = TITLE_YEAR.exec(t);
    if (m) return Number(m[1]);
  }
  for (const n of sheetNames) {
    const m = BARE_YEAR.exec(n);
    if (m) return Number(m[1]);
  }
  const m = BARE_YEAR.exec(basename(file));
  return m ? Number(m[1]) : undefined;
}

async function openWorkbook(file: string): Promise<{ wb: ExcelJS.Workbook; sha256: string }> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new OjError(`Filen ${file} kunde inte läsas: ${(e as Error).message}`, ExitCode.input, 'Kontrollera sökvägen till filen.');
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new OjError(
      `Filen ${basename(file)} kunde inte öppnas som Excelfil (.xlsx): ${(e as Error).message}`,
      ExitCode.input,
      'Spara filen som Excel-arbetsbok (.xlsx) och försök igen.',
    );
  }
  return { wb, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function importExcelFile(file: string, opts: ExcelImportOptions): Promise<FileImport> {
  const name = basename(file);
  const { wb, sha256 } = await openWorkbook(file);
  const texts = topTexts(wb);
  const isExample = texts.some((t) => EXAMPLE_MARKER.test(t));
  const year = opts.year ?? findYear(texts, wb.worksheets.map((w) => w.name), file);
  if (year === undefined) {
    throw new OjError(
      `Årtalet för ${name} gick inte att avgöra.`,
      ExitCode.input,
      'Ange året med --ar, i filnamnet (t.ex. oj-lss-2019.xlsx), i bladnamnet eller i en rubrik som börjar "Öppna jämförelser 2019".',
    );
  }
  const match = headerMatcher(opts.catalog, year);
  const resolve = unitResolver(opts.ref, year);
  const report: FileReport = { ...emptyFileReport(name, sha256, year), isExample };
  const values: Value[] = [];
  const units = new Map<string, Unit>();
  const indicators = new Map<string, Indicator>();

  wb.eachSheet((ws) => {
    const layout = findLayout(ws, (kod, namn) => resolve(kod, namn) !== undefined);
    const columns: { col: number; ind: Indicator }[] = [];
    if (layout) {
      for (const col of layout.valueCols) {
        const parts = headerParts(ws, layout, col);
        const header = parts.join(' | ');
        const letter = ws.getColumn(col).letter;
        const m = match(parts);
        if (!m) {
          report.unrecognisedColumns.push({ sheet: ws.name, column: letter, header });
        } else if (m.outsideYears) {
          report.unrecognisedColumns.push({ sheet: ws.name, column: letter, header, note: `liknar ${m.indicator.id}, men indikatorn finns inte ${year} enligt katalogen` });
        } else if (indicators.has(m.indicator.id)) {
          report.unrecognisedColumns.push({ sheet: ws.name, column: letter, header, note: `${m.indicator.id} finns redan i en tidigare kolumn` });
        } else {
          indicators.set(m.indicator.id, m.indicator);
          columns.push({ col, ind: m.indicator });
          report.recognised.push({ sheet: ws.name, column: letter, indicator: m.indicator.id, header });
        }
      }
    }
    if (!layout || !columns.length) {
      report.otherSheets.push(ws.name);
      return;
    }
    report.resultSheets.push(ws.name);
    readRows(ws, layout, columns, { name, year, resolve, report, values, units });
  });

  if (!report.resultSheets.length) {
    throw new OjError(
      `Filen ${name} har inget resultatblad som gick att känna igen (blad: ${report.otherSheets.join(', ')}).`,
      ExitCode.input,
      'Ett resultatblad behöver en kolumn med rubriken "Namn" eller "Kommun" och kolumnrubriker som matchar indikatorkatalogen (data/indikatorer.json). Kontrollera filen eller komplettera katalogen med egna mönster (patterns).',
    );
  }
  summariseUnits(report, units, opts.ref);
  report.indicatorsMissing = opts.catalog.filter((i) => i.years.includes(year) && !indicators.has(i.id)).map((i) => i.id);
  report.valueCount = values.length;
  report.missingCount = values.filter((v) => v.missing).length;
  return {
    source: { kind: isExample ? 'exempel' : 'excel', name, sha256, year },
    year, isExample, values, units: [...units.values()], indicators: [...indicators.values()], report,
  };
}

interface RowContext {
  name: string;
  year: number;
  resolve: ReturnType<typeof unitResolver>;
  report: FileReport;
  values: Value[];
  units: Map<string, Unit>;
}

function readRows(ws: ExcelJS.Worksheet, layout: SheetLayout, columns: { col: number; ind: Indicator }[], ctx: RowContext): void {
  const seen = new Set<string>();
  for (let r = layout.firstDataRow; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const kod = layout.codeCol ? readCell(row.getCell(layout.codeCol)).text : '';
    const namn = readCell(row.getCell(layout.nameCol)).text;
    if (!kod && !namn) continue;
    const unit = ctx.resolve(kod, namn);
    if (!unit || seen.has(unit.code)) {
      ctx.report.unrecognisedRows.push({ sheet: ws.name, row: r, text: [kod, namn].filter(Boolean).join(' ') + (unit ? ' (dubblett)' : '') });
      continue;
    }
    seen.add(unit.code);
    ctx.units.set(unit.code, unit);
    for (const { col, ind } of columns) {
      const cell = row.getCell(col);
      const content = readCell(cell);
      const parsed = parseValue(content, ind.type, unit.kind);
      const value: Value = {
        unit: unit.code, indicator: ind.id, year: ctx.year, value: parsed.value, raw: content.text,
        source: { file: ctx.name, sheet: ws.name, cell: cell.address },
      };
      if (parsed.missing) value.missing = parsed.missing;
      if (parsed.missing === 'oläsbar') {
        ctx.report.unreadableCells.push({ sheet: ws.name, cell: cell.address, text: content.text, indicator: ind.id, unit: unit.code });
      }
      ctx.values.push(value);
    }
  }
}
