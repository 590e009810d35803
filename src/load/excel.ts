// Importing one ÖJ LSS workbook: result sheets and headers found by text, indicators through the catalogue.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { ExitCode, OjError } from '../errors.ts';
import type { DataSource, Indicator, Unit, Value } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';
import { readCell, type CellContent } from './cells.ts';
import { assertWorkbookBytes, readInputFile } from './filecheck.ts';
import { headerMatcher } from './headers.ts';
import { findLayout, headerParts, nameColumnSample, type SheetLayout } from './layout.ts';
import { isPercent, parseNumber, parseValue } from './missing.ts';
import { emptyFileReport, summariseUnits, type FileReport } from './report.ts';
import { checkScale } from './scale.ts';
import { unitResolver } from './units.ts';
import { assertPlausibleYear } from './year.ts';

export interface ExcelImportOptions {
  catalog: Indicator[];
  ref: Reference;
  /** Overrides the year found in the file. */
  year?: number;
  /** Size limit in MB (default: OJRAPPORT_MAX_MB, else 50). */
  maxMb?: number;
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

async function openWorkbook(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  // Magic bytes first: exceljs' own errors for a PDF, an .xls or a cut-off zip say nothing a user can act on.
  assertWorkbookBytes(bytes, name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new OjError(
      `Filen ${name} är inte en Excelfil (.xlsx) som går att läsa: den verkar skadad (${(e as Error)?.message ?? String(e)}).`,
      ExitCode.input,
      'Öppna filen i Excel och spara den på nytt som Excel-arbetsbok (.xlsx), eller hämta den igen.',
    );
  }
  return wb;
}

export async function importExcelFile(file: string, opts: ExcelImportOptions): Promise<FileImport> {
  return importExcelBytes(readInputFile(file, opts.maxMb), file, opts);
}

/** The import of a workbook already read into memory; `file` gives the name (and a year in it). */
export async function importExcelBytes(bytes: Buffer, file: string, opts: ExcelImportOptions): Promise<FileImport> {
  const name = basename(file);
  const wb = await openWorkbook(bytes, name);
  if (wb.getWorksheet('_ojrapport')) {
    throw new OjError(
      `Filen ${name} är ett lokalt analysunderlag (från "ojrapport underlag"), inte en resultatfil från Öppna jämförelser.`,
      ExitCode.input,
      'Ange underlaget med --lokal och ÖJ-filerna med --data; lägg inte underlaget i datakatalogen.',
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const texts = topTexts(wb);
  const isExample = texts.some((t) => EXAMPLE_MARKER.test(t));
  const year = opts.year ?? findYear(texts, wb.worksheets.map((w) => w.name), file);
  if (year === undefined) {
    throw new OjError(
      `Årtalet för ${name} gick inte att avgöra: det står inte i någon rubrik, i något bladnamn eller i filnamnet.`,
      ExitCode.input,
      'Döp om filen så att året ingår (t.ex. oj-lss-2019.xlsx) eller ange året med --ar 2019.',
    );
  }
  assertPlausibleYear(year, opts.year !== undefined ? `--ar ${year}` : `Filen ${name}`, opts.year !== undefined);
  const match = headerMatcher(opts.catalog, year);
  const resolve = unitResolver(opts.ref, year);
  const report: FileReport = { ...emptyFileReport(name, sha256, year), isExample };
  const values: Value[] = [];
  const units = new Map<string, Unit>();
  const indicators = new Map<string, Indicator>();
  // A column for an indicator already read (usually on a second result sheet): compared, never silently dropped.
  const repeats: { ws: ExcelJS.Worksheet; layout: SheetLayout; col: number; ind: Indicator }[] = [];

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
          repeats.push({ ws, layout, col, ind: m.indicator });
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

  if (!report.resultSheets.length) throw noResultSheet(wb, name, report);
  for (const r of repeats) checkRepeat(r, values, { name, year, resolve, report: { ...emptyFileReport(name, sha256, year) }, values: [], units: new Map() });
  const namedUnits = [...units.values()].filter((u) => u.kind === 'kommun' || u.kind === 'stadsdel').length;
  if (!namedUnits && report.unrecognisedRows.length) {
    const sheets = [...new Set(report.unrecognisedRows.map((r) => r.sheet))];
    throw new OjError(
      `Filen ${name}: ingen kommun kändes igen på bladet ${sheets.map((s) => `"${s}"`).join(', ')} (t.ex. ${examples(report.unrecognisedRows)}).`,
      ExitCode.input,
      UNIT_HINT,
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

/** A repeated indicator column must agree with the first one for every unit; otherwise both cells are named. */
function checkRepeat(r: { ws: ExcelJS.Worksheet; layout: SheetLayout; col: number; ind: Indicator }, first: Value[], scratch: RowContext): void {
  readRows(r.ws, r.layout, [{ col: r.col, ind: r.ind }], scratch);
  const byUnit = new Map(first.filter((v) => v.indicator === r.ind.id).map((v) => [v.unit, v]));
  for (const v of scratch.values) {
    const a = byUnit.get(v.unit);
    if (!a || a.value === v.value) continue;
    const at = (x: Value) => `"${x.raw}" (bladet ${x.source?.sheet}, cell ${x.source?.cell})`;
    throw new OjError(
      `Filen ${scratch.name}: ${r.ind.id} för ${scratch.units.get(v.unit)?.name ?? v.unit} står två gånger med olika värden: ${at(a)} och ${at(v)}.`,
      ExitCode.input,
      'Ta bort det ena bladet eller kolumnen, eller rätta värdet, så att det är klart vilket som gäller.',
    );
  }
}

interface RowContext {
  name: string;
  year: number;
  resolve: ReturnType<typeof unitResolver>;
  report: FileReport;
  values: Value[];
  units: Map<string, Unit>;
}

const UNIT_HINT =
  'Kommunerna ska anges med kommunkod (t.ex. 0380) och/eller namn (Uppsala) som i SCB:s kommunförteckning, länen som "Uppsala län" och riket som "Riket". Kontrollera att kolumnen med namnen har rubriken "Kommun" eller "Namn" och att rätt blad används (ojrapport granska FIL visar vad som känns igen).';

const examples = (rows: { row: number; text: string }[]) => rows.slice(0, 3).map((r) => `rad ${r.row} "${r.text}"`).join(', ');

/** Why no sheet was usable: a name column whose rows are all unknown units, or no table at all. */
function noResultSheet(wb: ExcelJS.Workbook, name: string, report: FileReport): OjError {
  for (const ws of wb.worksheets) {
    const sample = nameColumnSample(ws);
    if (sample?.rows.length) {
      return new OjError(
        `Filen ${name}, bladet "${ws.name}": kolumnen "${sample.label}" (${sample.address}) finns, men ingen rad under den känns igen som kommun, län eller riket (t.ex. ${examples(sample.rows)}).`,
        ExitCode.input,
        UNIT_HINT,
      );
    }
  }
  return new OjError(
    `Filen ${name} har inget resultatblad som gick att känna igen (blad: ${report.otherSheets.join(', ') || 'inga'}).`,
    ExitCode.input,
    'Ett resultatblad behöver en kolumn med rubriken "Namn" eller "Kommun" och kolumnrubriker som matchar indikatorkatalogen (data/indikatorer.json). Kontrollera filen eller komplettera katalogen med egna mönster (patterns).',
  );
}

interface ParsedCell {
  col: number;
  ind: Indicator;
  content: CellContent;
  address: string;
  value: number | null;
  missing?: Value['missing'];
}

/** Two readings of the same unit disagree when one has a value the other lacks or the numbers differ. */
function conflicting(a: ParsedCell[], b: ParsedCell[]): [ParsedCell, ParsedCell] | undefined {
  for (let i = 0; i < a.length; i++) if (a[i]!.value !== b[i]!.value) return [a[i]!, b[i]!];
  return undefined;
}

function readRows(ws: ExcelJS.Worksheet, layout: SheetLayout, columns: { col: number; ind: Indicator }[], ctx: RowContext): void {
  const seen = new Map<string, { row: number; namn: string; cells: ParsedCell[] }>();
  const parsedRows: { unit: Unit; cells: ParsedCell[] }[] = [];
  for (let r = layout.firstDataRow; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const kod = layout.codeCol ? readCell(row.getCell(layout.codeCol)).text : '';
    const namn = readCell(row.getCell(layout.nameCol)).text;
    if (!kod && !namn) continue;
    const unit = ctx.resolve(kod, namn);
    if (!unit) {
      ctx.report.unrecognisedRows.push({ sheet: ws.name, row: r, text: [kod, namn].filter(Boolean).join(' ') });
      continue;
    }
    const cells = columns.map(({ col, ind }): ParsedCell => {
      const cell = row.getCell(col);
      const content = readCell(cell);
      return { col, ind, content, address: cell.address, ...parseValue(content, ind.type, unit.kind, ind.unit) };
    });
    const first = seen.get(unit.code);
    if (first) {
      // A city's code repeated on a sub-unit row that is not in the reference: not this unit twice, an unknown row.
      if (kod && namn && namn !== first.namn && ctx.resolve('', namn)?.code !== unit.code) {
        ctx.report.unrecognisedRows.push({ sheet: ws.name, row: r, text: `${kod} ${namn} (koden ${kod} används redan för ${unit.name} på rad ${first.row})` });
        continue;
      }
      const diff = conflicting(first.cells, cells);
      if (!diff) continue; // the same row twice: harmless
      const [a, b] = diff;
      throw new OjError(
        `Filen ${ctx.name}, bladet "${ws.name}": ${unit.name} (${unit.code}) finns på både rad ${first.row} och rad ${r} med olika värden (${a.ind.id}: ${a.address} "${a.content.text}", ${b.address} "${b.content.text}").`,
        ExitCode.input,
        'Ta bort den felaktiga raden (eller rätta koden/namnet om raden gäller en annan kommun) och försök igen.',
      );
    }
    seen.set(unit.code, { row: r, namn, cells });
    parsedRows.push({ unit, cells });
  }

  // Percent columns: a 0–1 fraction among 0–100 values cannot be read either way with certainty.
  columns.forEach(({ ind }, c) => {
    const inColumn = parsedRows.filter((p) => isPercent(ind.type, p.unit.kind, ind.unit) && p.cells[c]!.value !== null);
    const check = checkScale(inColumn.map((p) => {
      const cell = p.cells[c]!;
      const written = cell.content.number === undefined ? undefined : parseNumber(cell.content.text);
      return { value: cell.value!, plain: !/%/.test(cell.content.text) && (written === undefined || written === cell.content.number) };
    }));
    for (const i of check.outliers) {
      const cell = inColumn[i]!.cells[c]!;
      cell.value = null;
      cell.missing = 'oläsbar';
    }
    if (check.fractionsDominate) {
      const letter = ws.getColumn(columns[c]!.col).letter;
      ctx.report.warnings.push(
        `Bladet "${ws.name}", kolumn ${letter} (${ind.id}): de flesta värden ligger mellan 0 och 1 utan procentformat och läses som procent (0,45 = 0,45 %). Är de andelar (0,45 = 45 %), formatera kolumnen som procent i Excel.`,
      );
    }
  });

  for (const { unit, cells } of parsedRows) {
    ctx.units.set(unit.code, unit);
    for (const cell of cells) {
      const value: Value = {
        unit: unit.code, indicator: cell.ind.id, year: ctx.year, value: cell.value, raw: cell.content.text,
        source: { file: ctx.name, sheet: ws.name, cell: cell.address },
      };
      if (cell.missing) value.missing = cell.missing;
      if (cell.missing === 'oläsbar') {
        ctx.report.unreadableCells.push({ sheet: ws.name, cell: cell.address, text: cell.content.text, indicator: cell.ind.id, unit: unit.code });
      }
      ctx.values.push(value);
    }
  }
}
