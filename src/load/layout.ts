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
/** A name column of a sheet or table holding only län (and riket). */
const LAN_NAME_LABELS = new Set([...LAN_LABELS, 'region', 'lan/riket', 'riket/lan', 'lan och riket', 'lan, riket']);
/** A column saying which level a row is: "Kommun", "Län", "Riket". */
const LEVEL_LABELS = new Set(['niva', 'typ', 'enhetstyp', 'redovisningsniva', 'geografisk niva', 'omradestyp']);
/** Detection reads at most this much of a cell (a 30 000-character cell must not slow matching down). */
const MAX_CELL_TEXT = 1000;
const MAX_SCAN_ROWS = 25;
const MAX_KEY_COLUMN = 15;
/** Year, område, indicator, split and a unit row at most. */
const MAX_HEADER_ROWS = 5;

export interface SheetLayout {
  nameCol: number;
  /** The name column is labelled "Län"/"Region": short names are län, not kommuner. */
  lanNames?: boolean;
  levelCol?: number;
  codeCol?: number;
  lanCol?: number;
  /** Stacked header rows, top to bottom. */
  headerRows: number[];
  firstDataRow: number;
  /** Columns holding indicators (everything right of/other than the key columns that has header text). */
  valueCols: number[];
}

/** A label without case, accents, footnote marks ("Kommun*", "Län¹", "Kod:") or a line break. */
export function labelKey(t: string): string {
  return fold(t.slice(0, 200)).replace(/[\u00b9\u00b2\u00b3\u2070-\u2079†]+/g, '').replace(/\s*[:*)]*\s*$/, '').replace(/\s*\(\d\)$/, '').trim();
}

/** "Kommun", "Namn", "Kommun (kod och namn)", also with a trailing colon or asterisk. */
export function isNameLabel(t: string): boolean {
  return NAME_LABELS.has(labelKey(t));
}

const text = (ws: ExcelJS.Worksheet, r: number, c: number): string => readCell(ws.getCell(r, c)).text.slice(0, MAX_CELL_TEXT);

/** Looks this far below a column label for the first row naming a known unit. */
const MAX_GAP_TO_DATA = 8;

/**
 * Where the result table is: a "Namn"/"Kommun" label near the top whose column, a few rows further down,
 * names a known unit (kommun, län, riket). undefined when the sheet has no such table.
 */
export function findLayout(ws: ExcelJS.Worksheet, isUnit: (kod: string, namn: string) => boolean): SheetLayout | undefined {
  const lastRow = Math.min(ws.rowCount, MAX_SCAN_ROWS);
  const lastKeyCol = Math.min(ws.columnCount, MAX_KEY_COLUMN);
  // A kommun name column wins over a "Län" column beside it; a table of län alone has only the latter.
  for (const [labels, lanNames] of [[NAME_LABELS, false], [LAN_NAME_LABELS, true]] as const) {
    for (let keyRow = 1; keyRow <= lastRow; keyRow++) {
      for (let nameCol = 1; nameCol <= lastKeyCol; nameCol++) {
        if (!labels.has(labelKey(text(ws, keyRow, nameCol)))) continue;
        const layout = layoutAt(ws, keyRow, nameCol, lastKeyCol, isUnit, lanNames);
        if (layout) return layout;
      }
    }
  }
  return undefined;
}

/** A code in a key cell ("0380", "03", "0380 Uppsala"): the row is data even when the unit is unknown. */
const CODE_LIKE = /^\d{1,4}(?:\s|$)/;

function layoutAt(ws: ExcelJS.Worksheet, keyRow: number, nameCol: number, lastKeyCol: number, isUnit: (kod: string, namn: string) => boolean, lanNames: boolean): SheetLayout | undefined {
  let codeCol: number | undefined;
  let lanCol: number | undefined;
  let levelCol: number | undefined;
  for (let c = 1; c <= lastKeyCol; c++) {
    if (c === nameCol) continue;
    const label = labelKey(text(ws, keyRow, c));
    if (codeCol === undefined && CODE_LABELS.has(label)) codeCol = c;
    if (lanCol === undefined && LAN_LABELS.has(label)) lanCol = c;
    if (levelCol === undefined && LEVEL_LABELS.has(label)) levelCol = c;
  }
  const keyCols = new Set([nameCol, codeCol, lanCol, levelCol].filter((c): c is number => c !== undefined));
  const last = Math.min(ws.rowCount, keyRow + MAX_GAP_TO_DATA);
  let firstUnitRow = keyRow + 1;
  for (; firstUnitRow <= last; firstUnitRow++) {
    if (isUnit(codeCol ? text(ws, firstUnitRow, codeCol) : '', text(ws, firstUnitRow, nameCol))) break;
  }
  if (firstUnitRow > last) return undefined;
  // The header ends at the first row that looks like data, known unit or not (an unknown riket spelling or a
  // "Län: Stockholm" row must be read as a row, not merged into the column headers).
  let firstDataRow = keyRow + 1;
  while (firstDataRow < firstUnitRow && !looksLikeData(ws, firstDataRow, nameCol, codeCol, keyCols)) firstDataRow++;

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
  return { nameCol, codeCol, lanCol, levelCol, lanNames, headerRows, firstDataRow, valueCols };
}

/** Answers and numbers (not years, which head columns): what value cells hold, never header cells. */
const VALUE_LIKE = /^(ja|nej|-?\d+(?:[.,]\d+)?\s*%?|\.\.?|–|-|x)$/i;

function looksLikeData(ws: ExcelJS.Worksheet, r: number, nameCol: number, codeCol: number | undefined, keyCols: Set<number>): boolean {
  const name = text(ws, r, nameCol);
  let filled = 0;
  let values = 0;
  for (let c = 1; c <= Math.min(ws.columnCount, 300); c++) {
    if (keyCols.has(c)) continue;
    const t = text(ws, r, c);
    if (!t) continue;
    filled++;
    if (VALUE_LIKE.test(t) && !/^20\d{2}$/.test(t)) values++;
  }
  // Answers and numbers beside a name; a row of "Ja | Nej" sub-labels under a merged header has no name.
  if (name && filled && values * 2 >= filled) return true;
  const label = labelKey(name);
  if (NAME_LABELS.has(label) || LAN_NAME_LABELS.has(label)) return false;
  if (codeCol && CODE_LIKE.test(text(ws, r, codeCol))) return true;
  if (CODE_LIKE.test(name)) return true;
  return /^(riket|hela riket|sverige|totalt|samtliga kommuner|riksgenomsnitt)\b/i.test(name) || /\bl[äa]n\b/i.test(name);
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
