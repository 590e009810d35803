// Finding, by text, where a result sheet's key columns, stacked header rows and data rows are.
import type ExcelJS from 'exceljs';
import { fold } from '../reference/slug.ts';
import { readCell } from './cells.ts';

const NAME_LABELS = new Set([
  'namn', 'kommun', 'kommunnamn', 'kommun/stadsdel', 'kommun/stadsdelsomrade', 'enhet', 'enhetsnamn', 'region/kommun', 'kommun/lan',
  'kod och namn', 'kommunkod och namn', 'kommunkod och kommun', 'kommun (kod och namn)', 'kommun/region', 'kommun/stadsdel/lan',
  'kommun, stadsdel, lan', 'kommun/stadsdelsomrade/lan', 'organisation', 'kommun eller stadsdel', 'lan/kommun', 'omrade/kommun',
]);
const CODE_LABELS = new Set(['kod', 'kommunkod', 'kommun-kod', 'kommunnr', 'kommunnummer', 'regionkod', 'lanskod/kommunkod', 'kommun-/lanskod']);
const LAN_LABELS = new Set(['lan', 'lansnamn', 'lan namn']);
const MAX_SCAN_ROWS = 25;
const MAX_KEY_COLUMN = 15;
const MAX_HEADER_ROWS = 4;

export interface SheetLayout {
  nameCol: number;
  codeCol?: number;
  lanCol?: number;
  /** Stacked header rows, top to bottom. */
  headerRows: number[];
  firstDataRow: number;
  /** Columns holding indicators (everything right of/other than the key columns that has header text). */
  valueCols: number[];
}

/** "Kommun", "Namn", "Kommun (kod och namn)", also with a trailing colon or asterisk. */
export function isNameLabel(t: string): boolean {
  return NAME_LABELS.has(fold(t).replace(/[:*]+$/, '').trim());
}

const text = (ws: ExcelJS.Worksheet, r: number, c: number): string => readCell(ws.getCell(r, c)).text;

/** Looks this far below a column label for the first row naming a known unit. */
const MAX_GAP_TO_DATA = 8;

/**
 * Where the result table is: a "Namn"/"Kommun" label near the top whose column, a few rows further down,
 * names a known unit (kommun, län, riket). undefined when the sheet has no such table.
 */
export function findLayout(ws: ExcelJS.Worksheet, isUnit: (kod: string, namn: string) => boolean): SheetLayout | undefined {
  const lastRow = Math.min(ws.rowCount, MAX_SCAN_ROWS);
  const lastKeyCol = Math.min(ws.columnCount, MAX_KEY_COLUMN);
  for (let keyRow = 1; keyRow <= lastRow; keyRow++) {
    for (let nameCol = 1; nameCol <= lastKeyCol; nameCol++) {
      if (!isNameLabel(text(ws, keyRow, nameCol))) continue;
      const layout = layoutAt(ws, keyRow, nameCol, lastKeyCol, isUnit);
      if (layout) return layout;
    }
  }
  return undefined;
}

function layoutAt(ws: ExcelJS.Worksheet, keyRow: number, nameCol: number, lastKeyCol: number, isUnit: (kod: string, namn: string) => boolean): SheetLayout | undefined {
  let codeCol: number | undefined;
  let lanCol: number | undefined;
  for (let c = 1; c <= lastKeyCol; c++) {
    const label = fold(text(ws, keyRow, c)).replace(/[:*]+$/, '').trim();
    if (codeCol === undefined && CODE_LABELS.has(label)) codeCol = c;
    if (lanCol === undefined && LAN_LABELS.has(label)) lanCol = c;
  }
  const keyCols = new Set([nameCol, codeCol, lanCol].filter((c): c is number => c !== undefined));
  let firstDataRow = keyRow + 1;
  for (; firstDataRow <= Math.min(ws.rowCount, keyRow + MAX_GAP_TO_DATA); firstDataRow++) {
    if (isUnit(codeCol ? text(ws, firstDataRow, codeCol) : '', text(ws, firstDataRow, nameCol))) break;
  }
  if (firstDataRow > Math.min(ws.rowCount, keyRow + MAX_GAP_TO_DATA)) return undefined;

  const hasValueHeader = (r: number): boolean => {
    for (let c = 1; c <= ws.columnCount; c++) if (!keyCols.has(c) && text(ws, r, c)) return true;
    return false;
  };
  let top = Math.min(keyRow, firstDataRow - 1);
  while (top > 1 && firstDataRow - top < MAX_HEADER_ROWS && hasValueHeader(top - 1)) top--;
  const headerRows: number[] = [];
  for (let r = top; r < firstDataRow; r++) headerRows.push(r);

  const valueCols: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    if (!keyCols.has(c) && headerRows.some((r) => text(ws, r, c))) valueCols.push(c);
  }
  return { nameCol, codeCol, lanCol, headerRows, firstDataRow, valueCols };
}

/** The non-empty header texts of a column, top to bottom, without repeats. */
export function headerParts(ws: ExcelJS.Worksheet, layout: SheetLayout, col: number): string[] {
  const parts: string[] = [];
  for (const r of layout.headerRows) {
    const t = text(ws, r, col);
    if (t && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts;
}

/**
 * For error messages when no table was found: the first "Namn"/"Kommun" label cell and up to `max`
 * non-empty texts below it (with their rows), i.e. the rows that were expected to name units.
 */
export function nameColumnSample(ws: ExcelJS.Worksheet, max = 3): { label: string; address: string; rows: { row: number; text: string }[] } | undefined {
  const lastRow = Math.min(ws.rowCount, MAX_SCAN_ROWS);
  const lastKeyCol = Math.min(ws.columnCount, MAX_KEY_COLUMN);
  for (let r = 1; r <= lastRow; r++) {
    for (let c = 1; c <= lastKeyCol; c++) {
      const label = text(ws, r, c);
      if (!isNameLabel(label)) continue;
      const rows: { row: number; text: string }[] = [];
      for (let below = r + 1; below <= ws.rowCount && rows.length < max; below++) {
        const t = text(ws, below, c);
        if (t) rows.push({ row: below, text: t });
      }
      return { label, address: ws.getCell(r, c).address, rows };
    }
  }
  return undefined;
}
