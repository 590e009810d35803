// Writes one ExampleYear as a workbook laid out like Socialstyrelsen's file (see data/exempel/README.md).
import { renameSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Indicator } from '../model/types.ts';
import { delomradenFor } from '../reference/load.ts';
import type { Reference } from '../reference/types.ts';
import { RIKET_CODE, type ExampleYear } from './model.ts';
import { EXAMPLE_MARKER, TYPE_LABEL, aboutLines, titleFor } from './texts.ts';
import { pinZipDates } from './zipdates.ts';

/** Fixed so reruns do not change the file. */
const FIXED_DATE = new Date(Date.UTC(2019, 3, 1, 0, 0, 0));
const HEADER_TOP = 3;
const KEY_COLUMNS = ['Kod', 'Namn', 'Län'];
const collator = new Intl.Collator('sv');

interface RowSpec {
  kod: string;
  namn: string;
  lan: string;
  /** Unit code in ExampleYear (kommunkod, stadsdel code, länskod or "00"). */
  unit: string;
  aggregate: boolean;
}

function rowSpecs(ref: Reference, year: number): RowSpec[] {
  const rows: RowSpec[] = [];
  const stadsdelar = delomradenFor(ref, year).filter((d) => d.parentCode === '0180');
  for (const k of [...ref.kommuner.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    rows.push({ kod: k.code, namn: k.name, lan: k.lanName, unit: k.code, aggregate: false });
    if (k.code !== '0180') continue;
    for (const d of [...stadsdelar].sort((a, b) => collator.compare(a.name, b.name))) {
      rows.push({ kod: '', namn: `${k.name} – ${d.name}`, lan: k.lanName, unit: d.code, aggregate: false });
    }
  }
  for (const l of [...ref.lan.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    rows.push({ kod: l.code, namn: l.name, lan: '', unit: l.code, aggregate: true });
  }
  rows.push({ kod: RIKET_CODE, namn: 'Riket', lan: '', unit: RIKET_CODE, aggregate: true });
  return rows;
}

/** Whole numbers for invånare and Ja-shares, one decimal for andelar and rates. */
function numFmt(ind: Indicator): string {
  if (ind.id === 'bm_invanare') return '#,##0';
  return ind.type === 'janej' ? '0' : '0.0';
}

function addResultSheet(wb: ExcelJS.Workbook, name: string, title: string, indicators: Indicator[], data: ExampleYear, rows: RowSpec[]): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: KEY_COLUMNS.length, ySplit: HEADER_TOP + 2, topLeftCell: 'D6', activeCell: 'D6' }],
  });
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  const first = KEY_COLUMNS.length + 1;
  KEY_COLUMNS.forEach((label, i) => {
    ws.getCell(HEADER_TOP, i + 1).value = label;
    ws.mergeCells(HEADER_TOP, i + 1, HEADER_TOP + 2, i + 1);
  });
  // Område row merged across consecutive indicators of the same område.
  let start = 0;
  indicators.forEach((ind, i) => {
    const col = first + i;
    ws.getCell(HEADER_TOP + 1, col).value = ind.name;
    ws.getCell(HEADER_TOP + 2, col).value = ind.split ?? null;
    const next = indicators[i + 1];
    if (!next || next.omrade !== ind.omrade) {
      ws.getCell(HEADER_TOP, first + start).value = ind.omrade;
      if (i > start) ws.mergeCells(HEADER_TOP, first + start, HEADER_TOP, col);
      start = i + 1;
    }
  });
  for (let r = HEADER_TOP; r <= HEADER_TOP + 2; r++) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.getRow(HEADER_TOP + 1).height = 105;
  ws.getColumn(1).width = 7;
  ws.getColumn(2).width = 30;
  ws.getColumn(3).width = 22;
  indicators.forEach((_, i) => (ws.getColumn(first + i).width = 18));

  rows.forEach((spec, i) => {
    const row = ws.getRow(HEADER_TOP + 3 + i);
    row.getCell(1).value = spec.kod || null;
    row.getCell(2).value = spec.namn;
    row.getCell(3).value = spec.lan || null;
    if (spec.aggregate) row.font = { bold: true };
    indicators.forEach((ind, j) => {
      const cell = row.getCell(first + j);
      if (spec.aggregate) {
        const v = data.aggregates.get(spec.unit)?.get(ind.id) ?? null;
        cell.value = v ?? '..';
        if (v !== null) cell.numFmt = numFmt(ind);
        return;
      }
      const gen = data.units.get(spec.unit)?.get(ind.id);
      if (!gen || 'missing' in gen) {
        cell.value = gen?.missing ? gen.missing : null;
      } else if (ind.type === 'janej') {
        cell.value = gen.value === 1 ? 'Ja' : 'Nej';
      } else {
        cell.value = gen.value;
        cell.numFmt = numFmt(ind);
      }
      cell.alignment = { horizontal: 'right' };
    });
  });
}

function addAboutSheet(wb: ExcelJS.Workbook, year: number, seed: number): void {
  const ws = wb.addWorksheet('Om filen');
  ws.getColumn(1).width = 120;
  ws.getCell('A1').value = titleFor(year);
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A3').value = EXAMPLE_MARKER;
  ws.getCell('A3').font = { bold: true, size: 14, color: { argb: 'FFC00000' } };
  aboutLines(seed).forEach((line, i) => {
    const cell = ws.getCell(5 + i, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

function addIndicatorSheet(wb: ExcelJS.Workbook, indicators: Indicator[]): void {
  const ws = wb.addWorksheet('Indikatorer', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Id', key: 'id', width: 26 },
    { header: 'Område', key: 'omrade', width: 28 },
    { header: 'Indikator', key: 'name', width: 60 },
    { header: 'Delgrupp', key: 'split', width: 18 },
    { header: 'Typ', key: 'type', width: 15 },
    { header: 'Beskrivning', key: 'description', width: 80 },
    { header: 'Enhet', key: 'unit', width: 24 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const ind of indicators) {
    ws.addRow({ id: ind.id, omrade: ind.omrade, name: ind.name, split: ind.split ?? '', type: TYPE_LABEL[ind.type], description: ind.description, unit: ind.unit ?? '' });
  }
}

export function buildWorkbook(ref: Reference, data: ExampleYear, seed: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ojrapport (exempeldata)';
  wb.lastModifiedBy = 'ojrapport (exempeldata)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = `${titleFor(data.year)} – ${EXAMPLE_MARKER}`;
  const rows = rowSpecs(ref, data.year);
  const sheetTitle = `${titleFor(data.year)}. Resultat per kommun, stadsdel, län och riket. ${EXAMPLE_MARKER}`;
  addAboutSheet(wb, data.year, seed);
  addIndicatorSheet(wb, data.indicators);
  addResultSheet(wb, 'Resultat', sheetTitle, data.indicators.filter((i) => i.type !== 'bakgrund'), data, rows);
  addResultSheet(wb, 'Bakgrundsmått', `${titleFor(data.year)}. Bakgrundsmått. ${EXAMPLE_MARKER}`, data.indicators.filter((i) => i.type === 'bakgrund'), data, rows);
  return wb;
}

/** Writes via a temporary file and rename; zip entry dates pinned for identical bytes on rerun. */
export async function writeWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const buf = pinZipDates(Buffer.from(await wb.xlsx.writeBuffer()), FIXED_DATE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, buf);
  renameSync(tmp, file);
}
