// The county (and national) workbook: Översikt (units × indicators), Utvecklingsområden (one row per unit
// and flag) and Indikatorer (definitions). Status is always a word in the cell; the fill only repeats it.
import type ExcelJS from 'exceljs';
import { ORIGIN_LABEL } from '../compare/aggregation.ts';
import { EXAMPLE_LABEL } from '../compose/frame.ts';
import { FLAG_LABELS, statusLabel, typeLabel } from '../compose/texts.ts';
import { tidy } from '../sv/grammar.ts';
import type { SetValue, Status } from '../model/analysis.ts';
import type { Indicator } from '../model/types.ts';
import { writeFileAtomic } from '../render/write.ts';
import { version } from '../version.ts';
import type { UnitSummary } from './summary.ts';

export interface WorkbookInput {
  /** "Uppsala län" or "Riket". */
  title: string;
  year: number;
  isExample: boolean;
  units: UnitSummary[];
  /** Indicators measured this year, in catalogue order (bakgrundsmått included, without status). */
  indicators: Indicator[];
  nameOf: (code: string) => string;
  /** The county's or riket's value per indicator, for the Indikatorer sheet. */
  totals?: { label: string; values: Map<string, SetValue> }[];
  created?: Date;
}

/** Row 1 holds the title (and the example-data note); row 2 the column headers; data from row 3. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
/** Översikt: Kod, Enhet, Typ, then one column per indicator. */
export const FIXED_COLUMNS = 3;

const FILLS: Record<Status, string | undefined> = { bra: 'FFDCF0E9', mellan: 'FFF6EDCF', svag: 'FFFAE3D4', saknas: 'FFEDEDED', ingen: undefined };
const HEADER_FILL = 'FFE8ECF1';
const NUMBER_FORMAT = '#,##0.0';

const headerEsc = (s: string) => s.replace(/&/g, '&&');

function setupSheet(ws: ExcelJS.Worksheet, input: WorkbookInput, what: string, lastCol: number, frozenCols: number): void {
  const title = `${what} – ${input.title} ${input.year}`;
  const t = ws.getCell(TITLE_ROW, 1);
  t.value = input.isExample ? `${title}. ${EXAMPLE_LABEL}` : title;
  t.font = { bold: true, size: 13, color: input.isExample ? { argb: 'FFB00020' } : undefined };
  ws.getRow(TITLE_ROW).height = 22;
  const head = ws.getRow(HEADER_ROW);
  head.font = { bold: true };
  head.alignment = { vertical: 'bottom', wrapText: true };
  for (let c = 1; c <= lastCol; c++) {
    const cell = head.getCell(c);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8A94A3' } } };
  }
  ws.views = [{ state: 'frozen', xSplit: frozenCols, ySplit: HEADER_ROW, activeCell: `${ws.getColumn(frozenCols + 1).letter}${FIRST_DATA_ROW}` }];
  const lastRow = Math.max(ws.rowCount, HEADER_ROW);
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: lastCol } };
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${TITLE_ROW}:${HEADER_ROW}`,
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    oddHeader: `&L${headerEsc(title)}${input.isExample ? `&R&"-,Bold"${EXAMPLE_LABEL}` : ''}`,
    oddFooter: `&Lojrapport ${headerEsc(version())}&RSida &P av &N`,
  };
}

function unitName(u: UnitSummary, nameOf: (c: string) => string): string {
  return u.unit.parentCode ? `${nameOf(u.unit.parentCode)}: ${u.unit.name}` : u.unit.name;
}

/** The word a cell shows: Ja/Nej/Saknas for ja/nej; andel and bakgrund stay numbers. */
export function cellWord(ind: Indicator, value: number | null): string | number {
  if (value === null) return 'Saknas';
  if (ind.type === 'janej') return value >= 1 ? 'Ja' : 'Nej';
  return value;
}

function overview(wb: ExcelJS.Workbook, input: WorkbookInput): void {
  const ws = wb.addWorksheet('Översikt');
  const inds = input.indicators;
  const head = ws.getRow(HEADER_ROW);
  head.values = ['Kod', 'Enhet', 'Typ', ...inds.map((i) => (i.split ? `${i.shortName} (${i.split})` : i.shortName))];
  head.height = 60;
  input.units.forEach((u, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    row.getCell(1).value = u.unit.code;
    row.getCell(2).value = unitName(u, input.nameOf);
    row.getCell(3).value = u.unit.kind === 'stadsdel' ? 'Stadsdel' : 'Kommun';
    inds.forEach((ind, j) => {
      const c = u.cells.get(ind.id);
      const cell = row.getCell(FIXED_COLUMNS + 1 + j);
      if (!c) {
        cell.value = '–';
        return;
      }
      cell.value = cellWord(ind, c.value);
      if (typeof cell.value === 'number') {
        // Andelar: the status word is part of the number format, so the cell stays a sortable number.
        const unit = ind.unit && ind.unit !== '%' ? ` ${ind.unit}` : ' %';
        const word = ind.type === 'andel' && c.status !== 'ingen' ? ` – ${statusLabel(c.status).word}` : '';
        cell.numFmt = `${NUMBER_FORMAT}"${unit}${word}"`;
      }
      const fill = ind.type === 'bakgrund' ? undefined : FILLS[c.status];
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
  });
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 28;
  ws.getColumn(3).width = 10;
  inds.forEach((ind, j) => (ws.getColumn(FIXED_COLUMNS + 1 + j).width = ind.type === 'janej' ? 14 : 20));
  setupSheet(ws, input, 'Översikt', FIXED_COLUMNS + inds.length, 2);
}

function areas(wb: ExcelJS.Workbook, input: WorkbookInput): void {
  const ws = wb.addWorksheet('Utvecklingsområden');
  ws.getRow(HEADER_ROW).values = ['Kod', 'Enhet', 'Indikator', 'Område', 'Flagga', 'Skäl', 'Prioritet', 'Nr'];
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  let r = FIRST_DATA_ROW;
  for (const u of input.units) {
    for (const f of u.developmentAreas) {
      const ind = byId.get(f.indicatorId);
      const row = ws.getRow(r++);
      row.values = [u.unit.code, unitName(u, input.nameOf), ind?.shortName ?? f.indicatorId, ind?.omrade ?? '', FLAG_LABELS[f.kind], tidy(f.reason), f.priority || '–', f.rank];
      row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  [14, 28, 34, 26, 26, 80, 10, 6].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setupSheet(ws, input, 'Utvecklingsområden', 8, 2);
}

function definitions(wb: ExcelJS.Workbook, input: WorkbookInput): void {
  const ws = wb.addWorksheet('Indikatorer');
  const totals = input.totals ?? [];
  // Each total is followed by where it comes from (published row or computed, and how).
  ws.getRow(HEADER_ROW).values = ['Id', 'Indikator', 'Kort namn', 'Område', 'Delgrupp', 'Typ', 'Önskad riktning', 'Enhet', 'År', 'Beskrivning', ...totals.flatMap((t) => [t.label, `${t.label}, ursprung`])];
  input.indicators.forEach((ind, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    row.values = [
      ind.id,
      ind.name,
      ind.shortName,
      ind.omrade,
      ind.split ?? '',
      typeLabel(ind),
      ind.direction === 'upp' ? 'Högre är bättre' : ind.direction === 'ned' ? 'Lägre är bättre' : 'Ingen',
      ind.unit ?? (ind.type === 'janej' ? 'Ja/Nej' : ''),
      ind.years.join(', '),
      ind.description,
      ...totals.flatMap((t) => {
        const v = t.values.get(ind.id);
        return [v?.value ?? null, v && v.value !== null ? ORIGIN_LABEL[v.origin] : ''];
      }),
    ];
    row.getCell(10).alignment = { wrapText: true, vertical: 'top' };
    totals.forEach((_, k) => {
      const c = row.getCell(11 + 2 * k);
      if (typeof c.value === 'number') c.numFmt = ind.type === 'bakgrund' && ind.unit && ind.unit !== '%' ? NUMBER_FORMAT : `${NUMBER_FORMAT}" %"`;
      else c.value = '–';
    });
  });
  [16, 50, 30, 26, 16, 16, 16, 18, 16, 70, ...totals.flatMap(() => [14, 24])].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setupSheet(ws, input, 'Indikatorer', 10 + 2 * totals.length, 1);
}

export async function buildWorkbook(input: WorkbookInput): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs'); // loaded when a workbook is needed, not at start-up
  const wb = new Excel.Workbook();
  wb.creator = `ojrapport ${version()}`;
  wb.created = input.created ?? new Date();
  wb.title = `Öppna jämförelser LSS – ${input.title} ${input.year}`;
  if (input.isExample) wb.description = EXAMPLE_LABEL;
  overview(wb, input);
  areas(wb, input);
  definitions(wb, input);
  return wb;
}

export async function workbookBytes(input: WorkbookInput): Promise<Uint8Array> {
  return new Uint8Array((await (await buildWorkbook(input)).xlsx.writeBuffer()) as ArrayBuffer);
}

export async function writeWorkbook(file: string, input: WorkbookInput): Promise<void> {
  await writeFileAtomic(file, await workbookBytes(input));
}
