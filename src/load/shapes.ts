// Table shapes the Excel reader does not guess at: long format and kommuner across columns are refused by name.
import type ExcelJS from 'exceljs';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { Reference } from '../reference/types.ts';
import { readCell } from './cells.ts';
import { labelKey, type SheetLayout } from './layout.ts';

const INDICATOR_LABELS = new Set(['indikator', 'indikatorid', 'indikator-id', 'indikator id', 'indikatornamn', 'matt', 'nyckeltal', 'kpi', 'fraga']);
const VALUE_LABELS = new Set(['varde', 'resultat', 'svar', 'andel', 'value']);
const SCAN_ROWS = 25;
const MAX_COLS = 200;

const text = (ws: ExcelJS.Worksheet, r: number, c: number) => readCell(ws.getCell(r, c)).text.slice(0, 200);

/** One row per kommun × indikator in a workbook: refused, with the CSV long format as the way to give it. */
export function refuseOtherShapes(ws: ExcelJS.Worksheet, layout: SheetLayout, file: string): void {
  const row = layout.headerRows[layout.headerRows.length - 1] ?? layout.firstDataRow - 1;
  let ind: string | undefined;
  let indCol = 0;
  let val: string | undefined;
  for (let c = 1; c <= Math.min(ws.columnCount, MAX_COLS); c++) {
    const key = labelKey(text(ws, row, c));
    const named = `${ws.getCell(row, c).address} "${text(ws, row, c)}"`;
    if (!ind && INDICATOR_LABELS.has(key)) [ind, indCol] = [named, c];
    if (!val && VALUE_LABELS.has(key)) val = named;
  }
  // Long format names indicators in its rows: the indicator column holds texts, not answers or numbers.
  const names = new Set<string>();
  for (let r = layout.firstDataRow; indCol && r <= Math.min(ws.rowCount, layout.firstDataRow + 50); r++) {
    const t = text(ws, r, indCol);
    if (t && !/^(ja|nej|[-\d.,\s%]+)$/i.test(t)) names.add(t);
  }
  if (ind && val && names.size) {
    throw new OjError(msg.longTableInExcel(file, ws.name, ind, val), ExitCode.input, msg.longTableInExcelHint);
  }
}

/** A table with kommuner as column headers (three or more names in one row near the top): refused, naming the cells. */
export function refuseTransposed(ws: ExcelJS.Worksheet, file: string, ref: Reference): void {
  const names = new Set([...ref.kommuner.values()].map((k) => k.name.toLowerCase()));
  const codes = new Set(ref.kommuner.keys());
  for (let r = 1; r <= Math.min(ws.rowCount, SCAN_ROWS); r++) {
    const hits: string[] = [];
    for (let c = 2; c <= Math.min(ws.columnCount, MAX_COLS); c++) {
      const t = text(ws, r, c);
      const bare = t.replace(/^\d{4}\s+/, '').toLowerCase();
      if (names.has(bare) || (codes.has(t) && t.length === 4)) hits.push(`${ws.getCell(r, c).address} "${t}"`);
    }
    if (hits.length >= 3) {
      throw new OjError(msg.kommunerAsColumns(file, ws.name, hits), ExitCode.input, msg.kommunerAsColumnsHint);
    }
  }
}
