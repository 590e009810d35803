// Cell styles of the underlag workbook. Yellow means "write here" and is used for nothing else.
import type ExcelJS from 'exceljs';

const thin = (argb: string): Partial<ExcelJS.Border> => ({ style: 'thin', color: { argb } });
const box = (argb: string): Partial<ExcelJS.Borders> => ({ top: thin(argb), left: thin(argb), bottom: thin(argb), right: thin(argb) });

export const EXAMPLE_RED = 'FFC00000';
export const INPUT_FILL = 'FFFFF2CC';
export const READONLY_FILL = 'FFF2F2F2';
const HEADER_FILL = 'FFDCE6F1';

/** Every font names its face: a font with only "bold" falls back to a serif face in LibreOffice. */
export const FONT = { name: 'Calibri', size: 11 } as const;

export function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = { ...FONT, bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  cell.border = box('FF8EA9C1');
  cell.alignment = { wrapText: true, vertical: 'middle' };
}

export function styleInput(cell: ExcelJS.Cell): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
  cell.border = box('FFBF9000');
  // Left-aligned so a picked priority "1" (stored as a number) lines up with "Ej prioriterad".
  cell.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  cell.protection = { locked: false };
}

/** Computed cells on the input sheets: grey, locked. */
export function styleReadonly(cell: ExcelJS.Cell): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: READONLY_FILL } };
  cell.border = box('FFBFBFBF');
  cell.alignment = { wrapText: true, vertical: 'top' };
}

/** Resultat data cells: plain, bordered, wrapped. */
export function stylePlain(cell: ExcelJS.Cell): void {
  cell.border = box('FFD9D9D9');
  cell.alignment = { wrapText: true, vertical: 'top' };
}

export function styleTitle(cell: ExcelJS.Cell): void {
  cell.font = { ...FONT, bold: true, size: 14 };
  cell.alignment = { vertical: 'middle' };
}

export function styleExampleNote(cell: ExcelJS.Cell): void {
  cell.font = { ...FONT, bold: true, color: { argb: EXAMPLE_RED } };
  cell.alignment = { vertical: 'middle' };
}

/** Lines a wrapped text needs in a column of the given width (Excel character units), a little generously. */
export function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.05));
  let lines = 0;
  for (const para of text.split('\n')) {
    // Word wrap: count how many words fit per line rather than dividing characters.
    let line = 0;
    let n = 1;
    for (const word of para.split(' ')) {
      const w = word.length;
      if (line > 0 && line + 1 + w > perLine) {
        n++;
        line = w;
      } else line += (line > 0 ? 1 : 0) + w;
      while (line > perLine) {
        n++;
        line -= perLine;
      }
    }
    lines += n;
  }
  return lines;
}

/** Row height (points) for the tallest wrapped cell, at least `min`. */
export function rowHeight(cells: { text: string; width: number }[], min = 15): number {
  const lines = Math.max(1, ...cells.map((c) => linesFor(c.text, c.width)));
  return Math.max(min, lines * 15 + 3);
}

export const PROTECT_READONLY: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
};

export const PROTECT_INPUT: Partial<ExcelJS.WorksheetProtection> = {
  ...PROTECT_READONLY,
  insertRows: true,
};

export function printSetup(ws: ExcelJS.Worksheet, landscape: boolean, titleRows?: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
}
