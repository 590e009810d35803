// Builds the local-analysis workbook (steps 2–4) for one unit: Instruktion, Resultat, Analys, Handlingsplan.
import type ExcelJS from 'exceljs';
import type { UnitAnalysis } from '../model/analysis.ts';
import { version } from '../version.ts';
import { rowHashes, sheetChecksum } from './checksum.ts';
import { flagText, reasonText } from '../compose/texts.ts';
import { flaggedIndicators, indicatorList, resultatRows } from './content.ts';
import {
  ANALYS_COLUMNS,
  EXTRA_ANALYS_ROWS,
  FIRST_ROW,
  FORMAT_ID,
  FORMAT_VERSION,
  HEADER_ROW,
  INFLUENCE_CHOICES,
  META_KEYS,
  META_ROWHASH_COL,
  PLAN_COLUMNS,
  PLAN_ROWS,
  PRIORITY_CHOICES,
  SHEET,
  TITLE_ROW,
  colLetter,
  colOf,
  type Column,
} from './layout.ts';
import {
  EXAMPLE_RED,
  FONT,
  PROTECT_INPUT,
  PROTECT_READONLY,
  printSetup,
  rowHeight,
  styleExampleNote,
  styleHeader,
  styleInput,
  stylePlain,
  styleReadonly,
  styleTitle,
} from './style.ts';
import { EXAMPLE_NOTE, instructionBlocks } from './texts.ts';

export interface BuildOptions {
  /** File name shown in the instructions' command line. */
  fileName: string;
  /** Creation time recorded in the workbook (default now). */
  created?: Date;
}

interface Ctx {
  analysis: UnitAnalysis;
  example: boolean;
  /** Absolute range of the indicator names on Listor, for drop-downs. */
  listRange: string;
  idRange: string;
}

function escapeHeader(s: string): string {
  return s.replace(/&/g, '&&');
}

function pageHeader(ws: ExcelJS.Worksheet, ctx: Ctx, what: string): void {
  const title = escapeHeader(`${what} – ${ctx.analysis.unit.name} ${ctx.analysis.year}`);
  ws.headerFooter = {
    oddHeader: `&L${title}${ctx.example ? `&R&"-,Bold"${EXAMPLE_NOTE}` : ''}`,
    oddFooter: `&Lojrapport ${escapeHeader(version())}&RSida &P av &N`,
  };
}

/** Title in row 1; on example data followed by the example note in red, in the same cell so they never overlap. */
function title(ws: ExcelJS.Worksheet, ctx: Ctx, text: string, col = 2): void {
  const row = ws.getRow(TITLE_ROW);
  row.height = 24;
  const c = row.getCell(col);
  styleTitle(c);
  c.value = ctx.example
    ? {
        richText: [
          { text, font: { ...FONT, bold: true, size: 14 } },
          { text: `   ${EXAMPLE_NOTE}`, font: { ...FONT, bold: true, size: 12, color: { argb: EXAMPLE_RED } } },
        ],
      }
    : text;
}

function setColumns(ws: ExcelJS.Worksheet, cols: readonly Column[]): void {
  cols.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  const header = ws.getRow(HEADER_ROW);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    styleHeader(cell);
  });
  header.height = rowHeight(cols.map((c) => ({ text: c.header, width: c.width })), 20);
}

function listValidation(source: string, what: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Välj i listan',
    error: `Välj ${what} i listan. Klicka på pilen till höger i cellen.`,
  };
}

const choices = (xs: readonly string[]): string => `"${xs.join(',')}"`;

/** Hidden id of a row whose indicator is picked from the list. */
function idFormula(ctx: Ctx, nameCell: string): ExcelJS.CellFormulaValue {
  return { formula: `IFERROR(INDEX(${ctx.idRange},MATCH(${nameCell},${ctx.listRange},0)),"")`, date1904: false };
}

function buildInstruktion(wb: ExcelJS.Workbook, ctx: Ctx, opts: BuildOptions, created: Date): void {
  const a = ctx.analysis;
  const ws = wb.addWorksheet(SHEET.instruktion, { views: [{ showGridLines: false }] });
  ws.getColumn(1).width = 3;
  ws.getColumn(2).width = 100;
  const WIDTH = 100;
  let r = 1;
  const put = (text: string, style?: (c: ExcelJS.Cell) => void, min = 15): ExcelJS.Cell => {
    const row = ws.getRow(r++);
    const c = row.getCell(2);
    c.value = text;
    c.alignment = { wrapText: true, vertical: 'top' };
    style?.(c);
    row.height = rowHeight([{ text, width: WIDTH }], min);
    return c;
  };
  put(`Lokal analys av Öppna jämförelser LSS – ${a.unit.name} ${a.year}`, styleTitle, 26);
  if (ctx.example) put(EXAMPLE_NOTE, (c) => {
    styleExampleNote(c);
    c.font = { ...FONT, bold: true, size: 12, color: { argb: EXAMPLE_RED } };
  }, 20);
  const kind = a.unit.kind === 'stadsdel' ? 'Stadsdel' : 'Kommun';
  put(`${kind}: ${a.unit.name} (${a.unit.code})${a.context.lanName ? `, ${a.context.lanName}` : ''}`);
  put(`Dataår: ${a.year}`);
  put(`Skapad: ${created.toISOString().slice(0, 10)} med ojrapport ${version()}`);
  r++;
  for (const block of instructionBlocks(a, opts.fileName)) {
    if (block.heading) {
      put(block.heading, (c) => (c.font = { ...FONT, bold: true, size: 12 }), 22);
    }
    for (const p of block.paragraphs) put(p);
    if (block.command) put(block.command, (c) => (c.font = { name: 'Courier New', size: 10, bold: true }), 18);
    if (block.inputSample) {
      put('Gul cell med ram: här skriver arbetsgruppen.', styleInput, 20);
      r++;
      put('Grå cell: fylls i av ojrapport.', styleReadonly, 20);
    }
    r++;
  }
  printSetup(ws, false);
  pageHeader(ws, ctx, 'Instruktion');
}

async function buildResultat(wb: ExcelJS.Workbook, ctx: Ctx, rows: string[][]): Promise<void> {
  const a = ctx.analysis;
  const ws = wb.addWorksheet(SHEET.resultat, { views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }] });
  const [header, ...data] = rows;
  const widths = header!.map((h, i) => (i === 0 ? 12 : i === 1 ? 20 : i === 2 ? 28 : i === 3 ? 40 : h === 'Skäl' ? 50 : h === 'Flagga' ? 17 : h === 'Bedömning' ? 13 : h === 'Tidigare år' ? 14 : i === 4 ? 13 : 17));
  setColumns(ws, header!.map((h, i) => ({ key: String(i), header: h, width: widths[i]!, hidden: i === 0 })));
  title(ws, ctx, `Resultat för ${a.unit.name} ${a.year} (läsvy – fylls i av ojrapport)`);
  data.forEach((cells, i) => {
    const row = ws.getRow(FIRST_ROW + i);
    cells.forEach((text, j) => {
      const c = row.getCell(j + 1);
      c.value = text;
      stylePlain(c);
    });
    row.height = rowHeight(cells.map((text, j) => ({ text: j === 0 ? '' : text, width: widths[j]! })));
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + data.length, column: header!.length } };
  printSetup(ws, true, `${TITLE_ROW}:${HEADER_ROW}`);
  pageHeader(ws, ctx, 'Resultat');
  await ws.protect('', PROTECT_READONLY);
}

async function buildAnalys(wb: ExcelJS.Workbook, ctx: Ctx): Promise<void> {
  const ws = wb.addWorksheet(SHEET.analys, { views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }], properties: { tabColor: { argb: 'FFFFC000' } } });
  setColumns(ws, ANALYS_COLUMNS);
  title(ws, ctx, 'Steg 2 och 3: analysera och prioritera – skriv i de gula cellerna', 2);
  const col = (k: (typeof ANALYS_COLUMNS)[number]['key']) => colOf(ANALYS_COLUMNS, k);
  const width = (k: (typeof ANALYS_COLUMNS)[number]['key']) => ANALYS_COLUMNS[col(k) - 1]!.width;
  const flagged = flaggedIndicators(ctx.analysis);
  const total = flagged.length + EXTRA_ANALYS_ROWS;
  for (let i = 0; i < total; i++) {
    const r = flagged[i];
    const rowNo = FIRST_ROW + i;
    const row = ws.getRow(rowNo);
    const idCell = row.getCell(col('id'));
    const name = row.getCell(col('indicator'));
    if (r) {
      idCell.value = r.indicator.id;
      name.value = r.indicator.shortName;
      row.getCell(col('flag')).value = flagText(r);
      row.getCell(col('reason')).value = reasonText(r);
      styleReadonly(name);
    } else {
      idCell.value = idFormula(ctx, `${colLetter(col('indicator'))}${rowNo}`);
      styleInput(name);
      name.dataValidation = listValidation(ctx.listRange, 'en indikator');
    }
    styleReadonly(row.getCell(col('flag')));
    styleReadonly(row.getCell(col('reason')));
    for (const k of ['why', 'influence', 'priority', 'comment'] as const) styleInput(row.getCell(col(k)));
    row.getCell(col('influence')).dataValidation = listValidation(choices(INFLUENCE_CHOICES), 'Ja, Delvis eller Nej');
    row.getCell(col('priority')).dataValidation = listValidation(choices(PRIORITY_CHOICES), '1, 2, 3 eller Ej prioriterad');
    const texts = r
      ? [
          { text: r.indicator.shortName, width: width('indicator') },
          { text: flagText(r), width: width('flag') },
          { text: reasonText(r), width: width('reason') },
        ]
      : [];
    // Room to write even before the team has typed anything.
    row.height = rowHeight(texts, 45);
  }
  printSetup(ws, true, `${TITLE_ROW}:${HEADER_ROW}`);
  pageHeader(ws, ctx, 'Analys');
  await ws.protect('', PROTECT_INPUT);
}

async function buildHandlingsplan(wb: ExcelJS.Workbook, ctx: Ctx): Promise<void> {
  const ws = wb.addWorksheet(SHEET.handlingsplan, { views: [{ state: 'frozen', ySplit: HEADER_ROW }], properties: { tabColor: { argb: 'FFFFC000' } } });
  setColumns(ws, PLAN_COLUMNS);
  title(ws, ctx, 'Steg 4: åtgärda och följ upp – skriv i de gula cellerna', 2);
  const col = (k: (typeof PLAN_COLUMNS)[number]['key']) => colOf(PLAN_COLUMNS, k);
  for (let i = 0; i < PLAN_ROWS; i++) {
    const rowNo = FIRST_ROW + i;
    const row = ws.getRow(rowNo);
    row.getCell(col('id')).value = idFormula(ctx, `${colLetter(col('indicator'))}${rowNo}`);
    for (const k of ['indicator', 'action', 'responsible', 'due', 'followUp'] as const) styleInput(row.getCell(col(k)));
    row.getCell(col('indicator')).dataValidation = listValidation(ctx.listRange, 'ett utvecklingsområde (en indikator)');
    const due = row.getCell(col('due'));
    due.numFmt = 'yyyy-mm-dd';
    due.dataValidation = {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Inte ett datum',
      error: 'Skriv ett datum som år-månad-dag, t.ex. 2025-06-30.',
      showInputMessage: true,
      promptTitle: 'Klart senast',
      prompt: 'Datum då åtgärden ska vara klar, t.ex. 2025-06-30.',
    };
    row.height = 40;
  }
  printSetup(ws, true, `${TITLE_ROW}:${HEADER_ROW}`);
  pageHeader(ws, ctx, 'Handlingsplan');
  await ws.protect('', PROTECT_INPUT);
}

function buildListor(wb: ExcelJS.Workbook, list: { id: string; name: string }[]): void {
  const ws = wb.addWorksheet(SHEET.listor, { state: 'hidden' });
  ws.getRow(1).values = ['id', 'Indikator'];
  list.forEach((x, i) => (ws.getRow(i + 2).values = [x.id, x.name]));
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 45;
}

function buildMeta(wb: ExcelJS.Workbook, ctx: Ctx, hashes: Map<string, string>, created: Date): void {
  const a = ctx.analysis;
  const ws = wb.addWorksheet(SHEET.meta, { state: 'veryHidden' });
  const entries: [string, string | number][] = [
    [META_KEYS.format, FORMAT_ID],
    [META_KEYS.formatVersion, FORMAT_VERSION],
    [META_KEYS.kommunCode, a.unit.code],
    [META_KEYS.kommunName, a.unit.name],
    [META_KEYS.year, a.year],
    [META_KEYS.toolVersion, version()],
    [META_KEYS.created, created.toISOString()],
    [META_KEYS.example, a.isExample ? 'ja' : 'nej'],
    [META_KEYS.checksum, sheetChecksum(hashes)],
  ];
  entries.forEach(([k, v], i) => (ws.getRow(i + 1).values = [k, v]));
  ws.getCell(1, META_ROWHASH_COL).value = 'resultatrad';
  ws.getCell(1, META_ROWHASH_COL + 1).value = 'kontrollsumma';
  [...hashes].forEach(([k, h], i) => {
    ws.getCell(i + 2, META_ROWHASH_COL).value = k;
    ws.getCell(i + 2, META_ROWHASH_COL + 1).value = h;
  });
}

/** The workbook for one analysed unit; write it with `writeUnderlag` or `wb.xlsx.writeBuffer()`. */
export async function buildUnderlag(analysis: UnitAnalysis, opts: BuildOptions): Promise<ExcelJS.Workbook> {
  const created = opts.created ?? new Date();
  const list = indicatorList(analysis);
  const last = list.length + 1;
  const ctx: Ctx = {
    analysis,
    example: analysis.isExample,
    listRange: `${SHEET.listor}!$B$2:$B$${last}`,
    idRange: `${SHEET.listor}!$A$2:$A$${last}`,
  };
  const { default: Excel } = await import('exceljs'); // loaded when a workbook is needed, not at start-up
  const wb = new Excel.Workbook();
  wb.creator = 'ojrapport';
  wb.title = `Lokal analys – ${analysis.unit.name} ${analysis.year}`;
  wb.created = created;
  wb.calcProperties.fullCalcOnLoad = true;
  const rows = resultatRows(analysis);
  buildInstruktion(wb, ctx, opts, created);
  await buildResultat(wb, ctx, rows);
  await buildAnalys(wb, ctx);
  await buildHandlingsplan(wb, ctx);
  buildListor(wb, list);
  buildMeta(wb, ctx, rowHashes(rows), created);
  return wb;
}
