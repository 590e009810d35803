// Importing one ÖJ LSS workbook: result sheets and headers found by text, indicators through the catalogue.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { DataSource, Indicator, Unit, Value } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';
import { isPercentFormat, readCell, type CellContent } from './cells.ts';
import { assertWorkbookBytes, readInputFile } from './filecheck.ts';
import { assertWorkbookBounded } from './zipcheck.ts';
import { headerMatcher } from './headers.ts';
import { findLayout, headerParts, nameColumnSample, type SheetLayout } from './layout.ts';
import { isPercent, missingReason, parseNumber, parseValue } from './missing.ts';
import { emptyFileReport, summariseUnits, type FileReport, type SheetSummary } from './report.ts';
import { checkScale } from './scale.ts';
import { unitResolver, type UnitHint, type UnitResolver } from './units.ts';
import { slug } from '../reference/slug.ts';
import { refuseOtherShapes, refuseTransposed } from './shapes.ts';
import { assertPlausibleYear, splitYear, YearFinder } from './year.ts';

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
  /** The latest year read; `years` lists all (a file may hold several years side by side). */
  year: number;
  years: number[];
  isExample: boolean;
  values: Value[];
  units: Unit[];
  indicators: Indicator[];
  report: FileReport;
}

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

async function openWorkbook(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  // Magic bytes first: exceljs' own errors for a PDF, an .xls or a cut-off zip say nothing a user can act on.
  assertWorkbookBytes(bytes, name);
  await assertWorkbookBounded(bytes, name);
  const { default: Excel } = await import('exceljs'); // loaded when a workbook is needed, not at start-up
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new OjError(msg.xlsxDamaged(name, (e as Error)?.message ?? String(e)), ExitCode.input, msg.xlsxDamagedHint);
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
    throw new OjError(msg.workbookIsUnderlag(name), ExitCode.input, msg.workbookIsUnderlagHint);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const texts = topTexts(wb);
  const isExample = texts.some((t) => EXAMPLE_MARKER.test(t));
  if (opts.year !== undefined) assertPlausibleYear(opts.year, `--ar ${opts.year}`, true);
  const years = new YearFinder(name, texts, opts.year);
  const report: FileReport = { ...emptyFileReport(name, sha256, 0), isExample };
  const ctx: RowContext = { name, report, values: [], units: new Map(), seen: new Map(), resolvers: new Map(), ref: opts.ref, resolverFor: () => () => undefined };
  ctx.resolverFor = resolverCache(ctx);
  const indicators = new Map<string, Indicator>();
  const matchers = new Map<number, ReturnType<typeof headerMatcher>>();
  const matcherFor = (y: number) => matchers.get(y) ?? matchers.set(y, headerMatcher(opts.catalog, y)).get(y)!;

  const pending: PendingSheet[] = [];
  for (const ws of wb.worksheets) {
    const sheetHint = sheetUnitHint(ws.name);
    // Finding the table: a unit of any period will do (the columns' years are known only after).
    const anyPeriod = ctx.resolverFor([...years.sheetYears(ws), ...periodYears(opts.ref)]);
    const anyResolve = (kod: string, namn: string) => anyPeriod(kod, namn, sheetHint) !== undefined;
    const layout = findLayout(ws, anyResolve);
    const columns: ReadColumn[] = [];
    const candidates: { col: number; parts: string[]; year: number }[] = [];
    const undated: string[] = [];
    const dups: DuplicateColumn[] = [];
    if (layout) {
      refuseOtherShapes(ws, layout, name);
      const taken = new Map<string, number>();
      for (const col of layout.valueCols) {
        const { parts, year: headerYear } = splitYear(headerParts(ws, layout, col));
        const header = parts.join(' | ');
        const letter = ws.getColumn(col).letter;
        if (!parts.length) continue; // a year alone over an empty column
        if (parts.some((p) => CHANGE_PART.test(p))) {
          report.unrecognisedColumns.push({ sheet: ws.name, column: letter, header, note: 'förändring mellan år, läses inte' });
          continue;
        }
        if (ws.getColumn(col).hidden) {
          report.unrecognisedColumns.push({ sheet: ws.name, column: letter, header, note: 'dold kolumn, läses inte' });
          continue;
        }
        const year = headerYear ?? years.forSheet(ws, letter);
        if (year !== undefined && year !== opts.year) assertPlausibleYear(year, headerYear ? `Filen ${name}, bladet "${ws.name}", kolumn ${letter}` : `Filen ${name}`);
        if (year === undefined) {
          if (matcherFor(years.latestKnown())(parts)) undated.push(`${letter} "${header}"`);
          continue;
        }
        const m = matcherFor(year)(parts);
        if (!m) {
          candidates.push({ col, parts, year });
        } else if (m.outsideYears) {
          report.unrecognisedColumns.push({ sheet: ws.name, column: letter, header, note: `liknar ${m.indicator.id}, men indikatorn finns inte ${year} enligt katalogen` });
        } else if (taken.has(`${year}|${m.indicator.id}`)) {
          dups.push({ col, first: taken.get(`${year}|${m.indicator.id}`)!, ind: m.indicator.id, year, header });
        } else {
          taken.set(`${year}|${m.indicator.id}`, col);
          indicators.set(m.indicator.id, m.indicator);
          columns.push({ col, ind: m.indicator, year });
          report.recognised.push({ sheet: ws.name, column: letter, indicator: m.indicator.id, header, year });
        }
      }
    }
    if (undated.length) {
      throw new OjError(msg.undatedColumns(name, undated, ws.name), ExitCode.input, msg.undatedColumnsHint);
    }
    if (!layout || (!columns.length && !candidates.length)) {
      report.otherSheets.push(ws.name);
      continue;
    }
    // Units valid in the columns' years (Göteborg's stadsdelsnämnder until 2020), latest first.
    const unitYears = [...new Set([...columns, ...candidates].map((c) => c.year))].sort((a, b) => b - a);
    const rows = unitRows(ws, layout, sheetHint, ctx.resolverFor(unitYears.length ? unitYears : years.sheetYears(ws)), ctx);
    for (const d of dups) report.unrecognisedColumns.push({ sheet: ws.name, column: ws.getColumn(d.col).letter, header: d.header, note: sameColumn(ws, rows, d, name) });
    pending.push({ ws, layout, rows, columns, candidates });
  }

  // Unknown columns: sheets with kommun rows decide an indicator's type, a län sheet then follows by header.
  const hasKommuner = (p: PendingSheet) => p.rows.some((u) => u.unit.kind === 'kommun' || u.unit.kind === 'stadsdel');
  for (const p of [...pending.filter(hasKommuner), ...pending.filter((x) => !hasKommuner(x))]) {
    const taken = new Set<string>();
    for (const c of p.candidates) {
      const generic = genericIndicator(p.ws, c.col, c.parts, p.rows, indicators);
      const letter = p.ws.getColumn(c.col).letter;
      const header = c.parts.join(' | ');
      if (!generic) {
        report.unrecognisedColumns.push({ sheet: p.ws.name, column: letter, header });
        continue;
      }
      if (taken.has(`${c.year}|${generic.id}`)) {
        report.unrecognisedColumns.push({ sheet: p.ws.name, column: letter, header, note: `${generic.id} ${c.year} finns redan i en tidigare kolumn` });
        continue;
      }
      taken.add(`${c.year}|${generic.id}`);
      if (!generic.years.includes(c.year)) generic.years = [...generic.years, c.year].sort();
      indicators.set(generic.id, generic);
      p.columns.push({ col: c.col, ind: generic, year: c.year });
      report.recognised.push({ sheet: p.ws.name, column: letter, indicator: generic.id, header, year: c.year, generic: true });
    }
  }
  for (const p of pending) {
    if (!p.columns.length) {
      report.otherSheets.push(p.ws.name);
      continue;
    }
    report.resultSheets.push(p.ws.name);
    readRows(p.ws, p.rows, p.columns, ctx, p.layout);
    const units: SheetSummary['units'] = { kommun: 0, stadsdel: 0, lan: 0, riket: 0 };
    for (const u of new Map(p.rows.map((x) => [x.unit.code, x.unit])).values()) units[u.kind]++;
    (report.sheets ??= []).push({
      name: p.ws.name, years: [...new Set(p.columns.map((c) => c.year))].sort((a, b) => a - b), units, indicators: [...new Set(p.columns.map((c) => c.ind.id))],
    });
  }
  const generic = [...indicators.values()].filter((i) => i.omrade === OTHER_OMRADE && i.id.startsWith('ovrig_'));
  if (generic.length) report.newIndicators = generic;

  const { values, units } = ctx;
  if (!report.resultSheets.length) {
    // Only when nothing else is readable: a sheet listing kommuner in a row (a group list) is no table.
    for (const ws of wb.worksheets) if (report.otherSheets.includes(ws.name)) refuseTransposed(ws, name, opts.ref);
    if (!years.any()) throw noYear(name);
    throw noResultSheet(wb, name, report);
  }
  const namedUnits = [...units.values()].filter((u) => u.kind === 'kommun' || u.kind === 'stadsdel').length;
  if (!namedUnits && report.unrecognisedRows.length) {
    const sheets = [...new Set(report.unrecognisedRows.map((r) => r.sheet))];
    throw new OjError(msg.noKommunRecognised(name, sheets, report.unrecognisedRows), ExitCode.input, msg.UNIT_HINT);
  }
  const fileYears = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  for (const y of fileYears) assertPlausibleYear(y, `Filen ${name}`);
  const year = fileYears[fileYears.length - 1] ?? years.forFile() ?? 0;
  report.year = year;
  report.years = fileYears;
  report.warnings.push(...years.warnings);
  summariseUnits(report, units, opts.ref);
  const found = new Set(values.map((v) => `${v.year}|${v.indicator}`));
  report.indicatorsMissing = opts.catalog.filter((i) => fileYears.some((y) => i.years.includes(y) && !found.has(`${y}|${i.id}`))).map((i) => i.id);
  report.valueCount = values.length;
  report.missingCount = values.filter((v) => v.missing).length;
  return {
    source: { kind: isExample ? 'exempel' : 'excel', name, sha256, year },
    year, years: fileYears.length ? fileYears : [year], isExample, values, units: [...units.values()], indicators: [...indicators.values()], report,
  };
}

/** A column of change between years ("Förändring", "Skillnad 2018–2019", "procentenheter"): derived, not read. */
const CHANGE_PART = /(?<!\p{L})(förändring|skillnad|differens|diff|procentenheter|ökning|minskning)(?!\p{L})/iu;

/** One year inside each period of the reference's stadsdelar. */
function periodYears(ref: Reference): number[] {
  return [...new Set(ref.delomraden.map((d) => Number(d.validFrom.slice(0, 4)) + 1))].sort((a, b) => b - a);
}

function noYear(name: string): OjError {
  return new OjError(msg.noYear(name), ExitCode.input, msg.noYearHint);
}

/** A sheet named for län ("Län", "Län och riket") holds län: its short names ("Uppsala") are not kommuner. */
function sheetUnitHint(sheetName: string): UnitHint {
  const f = sheetName.toLowerCase();
  if (/\bl[äa]n\b|\bregion/.test(f) && !/kommun/.test(f)) return 'lan';
  return undefined;
}

function resolverCache(ctx: RowContext): (years: number[]) => UnitResolver {
  return (years) => {
    const list = years.map((y) => ctx.resolvers.get(y) ?? ctx.resolvers.set(y, unitResolver(ctx.ref, y)).get(y)!);
    return (kod, namn, hint) => {
      for (const r of list) {
        const u = r(kod, namn, hint);
        if (u) return u;
      }
      return undefined;
    };
  };
}

interface RowContext {
  name: string;
  report: FileReport;
  values: Value[];
  units: Map<string, Unit>;
  /** year|indicator|unit → where the file first gave it, across sheets. */
  seen: Map<string, { cell: string; sheet: string; value: number | null; text: string }>;
  resolvers: Map<number, UnitResolver>;
  ref: Reference;
  resolverFor: (years: number[]) => UnitResolver;
}

interface ReadColumn {
  col: number;
  ind: Indicator;
  year: number;
}

interface DuplicateColumn {
  col: number;
  /** The column already read for the same indicator and year. */
  first: number;
  ind: string;
  year: number;
  header: string;
}

/**
 * A second column for an indicator and year already read is harmless when it repeats the first; when the two
 * differ, which one is meant cannot be known: refused, naming both.
 */
function sameColumn(ws: ExcelJS.Worksheet, rows: UnitRow[], d: DuplicateColumn, file: string): string {
  const [a, b] = [ws.getColumn(d.first).letter, ws.getColumn(d.col).letter];
  for (const { r } of rows) {
    const [x, y] = [readCell(ws.getCell(r, d.first)).text, readCell(ws.getCell(r, d.col)).text];
    if (x === y) continue;
    throw new OjError(msg.columnsDisagree(file, ws.name, a, b, d.header, d.ind, d.year, r, x, y), ExitCode.input, msg.columnsDisagreeHint);
  }
  return `${d.ind} ${d.year} finns redan i kolumn ${a} med samma värden`;
}

interface PendingSheet {
  ws: ExcelJS.Worksheet;
  layout: SheetLayout;
  rows: UnitRow[];
  columns: ReadColumn[];
  candidates: { col: number; parts: string[]; year: number }[];
}

interface UnitRow {
  r: number;
  unit: Unit;
  namn: string;
}

/** Why no sheet was usable: a name column whose rows are all unknown units, or no table at all. */
function noResultSheet(wb: ExcelJS.Workbook, name: string, report: FileReport): OjError {
  for (const ws of wb.worksheets) {
    const sample = nameColumnSample(ws);
    if (sample?.rows.length) {
      return new OjError(msg.nameColumnUnrecognised(name, ws.name, sample.label, sample.address, sample.rows), ExitCode.input, msg.UNIT_HINT);
    }
  }
  return new OjError(msg.noResultSheet(name, report.otherSheets), ExitCode.input, msg.noResultSheetHint);
}

interface ParsedCell {
  col: number;
  ind: Indicator;
  year: number;
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

const SECTION_LAN = /^(l[äa]n|per l[äa]n|l[äa]n och riket|l[äa]nen)$/i;
const SECTION_KOMMUN = /^(kommuner|kommun|per kommun|kommuner och stadsdelar)$/i;
const FOOTNOTE = /^(\*|¹|²|³|†|källa|kalla|not\b|noter|fotnot|anm|obs|\(?\d{1,2}\)|förklaring|teckenförklaring)/i;

/** The data rows with their units: context (sheet, section, level or län column) decides short län names. */
function unitRows(ws: ExcelJS.Worksheet, layout: SheetLayout, sheetHint: UnitHint, resolve: UnitResolver, ctx: RowContext): UnitRow[] {
  const out: UnitRow[] = [];
  let section: UnitHint;
  const text = (r: number, c: number | undefined) => (c ? readCell(ws.getCell(r, c)).text.slice(0, 1000) : '');
  const noValues = (r: number) => layout.valueCols.every((c) => !text(r, c));
  for (let r = layout.firstDataRow; r <= ws.rowCount; r++) {
    const kod = text(r, layout.codeCol);
    let namn = text(r, layout.nameCol);
    const lanText = text(r, layout.lanCol);
    if (!kod && !namn && !lanText) continue;
    if (!kod && noValues(r)) {
      if (SECTION_LAN.test(namn)) section = 'lan';
      else if (SECTION_KOMMUN.test(namn)) section = 'kommun';
    }
    const level = text(r, layout.levelCol);
    let hint: UnitHint = /^l[äa]n/i.test(level) ? 'lan' : /^(kommun|stadsdel)/i.test(level) ? 'kommun' : layout.lanNames ? 'lan' : section ?? sheetHint;
    // A row with only the län column filled is the län itself.
    if (!namn && lanText) [namn, hint] = [lanText, 'lan'];
    if (!kod && !namn) continue;
    const unit = resolve(kod, namn, hint);
    if (!unit) {
      if (!(FOOTNOTE.test(namn) && noValues(r)) && !SECTION_LAN.test(namn) && !SECTION_KOMMUN.test(namn)) {
        ctx.report.unrecognisedRows.push({ sheet: ws.name, row: r, text: [kod, namn].filter(Boolean).join(' ') });
      }
      continue;
    }
    // A län name over its kommuner with no values is a section heading, not a published län row.
    if (unit.kind === 'lan' && noValues(r)) continue;
    out.push({ r, unit, namn });
  }
  return out;
}

const JANEJ_TEXT = /^(ja|nej)$/i;
const FOOTNOTE_MARKS = /[*¹²³⁴⁵⁶⁷⁸⁹⁰†]+/g;
const SHARE_HEADER = /andel|procent|%/i;
const SPLIT_PART = /^(lss barn|lss vuxna|myndighetsutövning|utförare)$/i;

/**
 * An indicator for a column the catalogue does not know, when its kommun values are Ja/Nej or shares
 * (share: the header or the cell format says so): name from the header, område "Övriga indikatorer".
 */
function genericIndicator(ws: ExcelJS.Worksheet, col: number, parts: string[], rows: UnitRow[], known: Map<string, Indicator>): Indicator | undefined {
  const words = parts.map((p) => p.replace(FOOTNOTE_MARKS, '').replace(/\s+/g, ' ').trim()).filter((p) => !SPLIT_PART.test(p));
  const nameText = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const id = `ovrig_${slug(nameText).replace(/-/g, '_').slice(0, 40)}`;
  const cells = rows.filter((u) => u.unit.kind === 'kommun' || u.unit.kind === 'stadsdel').map((u) => ws.getCell(u.r, col));
  // Without kommun rows (a län sheet) only a header already seen with kommun values is taken.
  if (!cells.length) return known.get(id);
  const contents = cells.map(readCell);
  const readsAs = (type: 'janej' | 'andel') =>
    contents.every((c) => parseValue(c, type, 'kommun', type === 'andel' ? '%' : undefined).missing !== 'oläsbar') &&
    contents.some((c) => parseValue(c, type, 'kommun', type === 'andel' ? '%' : undefined).value !== null);
  let type: 'janej' | 'andel' | undefined;
  if (contents.every((c) => !c.text || JANEJ_TEXT.test(c.text) || missingReason(c.text)) && readsAs('janej')) type = 'janej';
  else if ((SHARE_HEADER.test(parts.join(' ')) || cells.some((c) => isPercentFormat(c.numFmt))) && readsAs('andel')) type = 'andel';
  if (!type || !nameText) return undefined;
  const existing = known.get(id);
  if (existing && existing.type === type) return existing;
  const split = parts.find((p) => SPLIT_PART.test(p));
  return {
    id: existing ? `${id}_${col}` : id, name: nameText, shortName: nameText.length > 50 ? `${nameText.slice(0, 48)}…` : nameText,
    omrade: OTHER_OMRADE, ...(split ? { split } : {}), type,
    direction: type === 'janej' ? 'upp' : 'ingen',
    description: `Kolumnen "${parts.join(' – ')}" på bladet "${ws.name}".`,
    ...(type === 'andel' ? { unit: '%' } : {}),
    years: [],
    patterns: { '*': [nameText] },
    note: `Finns inte i indikatorkatalogen: läst från kolumnrubriken "${nameText}" som ${type === 'janej' ? 'ja/nej-indikator (Ja räknas som bättre)' : 'andel utan bedömd riktning'}. Lägg in den i en egen katalog (ojrapport granska visar posten) för att ange riktning och namn.`,
  };
}

export const OTHER_OMRADE = 'Övriga indikatorer';

function readRows(ws: ExcelJS.Worksheet, rows: UnitRow[], columns: ReadColumn[], ctx: RowContext, layout: SheetLayout): void {
  const seen = new Map<string, { row: number; namn: string; cells: ParsedCell[] }>();
  const parsedRows: { unit: Unit; cells: ParsedCell[] }[] = [];
  for (const { r, unit, namn } of rows) {
    const row = ws.getRow(r);
    const cells = columns.map(({ col, ind, year }): ParsedCell => {
      const cell = row.getCell(col);
      const content = readCell(cell);
      return { col, ind, year, content, address: cell.address, ...parseValue(content, ind.type, unit.kind, ind.unit) };
    });
    const first = seen.get(unit.code);
    if (first) {
      const kod = layout.codeCol ? readCell(row.getCell(layout.codeCol)).text : '';
      // A city's code repeated on a sub-unit row that is not in the reference: not this unit twice, an unknown row.
      if (kod && namn && namn !== first.namn && ctx.resolverFor([columns[0]!.year])('', namn)?.code !== unit.code) {
        ctx.report.unrecognisedRows.push({ sheet: ws.name, row: r, text: `${kod} ${namn} (koden ${kod} används redan för ${unit.name} på rad ${first.row})` });
        continue;
      }
      const diff = conflicting(first.cells, cells);
      if (!diff) continue; // the same row twice: harmless
      const [a, b] = diff;
      const by = distinguishingColumn(ws, layout, columns, first.row, r);
      const [at, bt] = [{ address: a.address, text: a.content.text }, { address: b.address, text: b.content.text }];
      throw new OjError(msg.unitTwiceOnSheet(ctx.name, ws.name, unit, [first.row, r], a.ind.id, at, bt, by), ExitCode.input, msg.unitTwiceOnSheetHint(by));
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
      const key = `${cell.year}|${cell.ind.id}|${unit.code}`;
      const before = ctx.seen.get(key);
      if (before) {
        if (before.value === cell.value) continue;
        const [was, now] = [{ sheet: before.sheet, address: before.cell, text: before.text }, { sheet: ws.name, address: cell.address, text: cell.content.text }];
        throw new OjError(msg.sheetsDisagree(ctx.name, unit, cell.ind.id, cell.year, was, now), ExitCode.input, msg.sheetsDisagreeHint);
      }
      ctx.seen.set(key, { cell: cell.address, sheet: ws.name, value: cell.value, text: cell.content.text });
      const value: Value = {
        unit: unit.code, indicator: cell.ind.id, year: cell.year, value: cell.value, raw: cell.content.text,
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

/** The first column outside the indicators whose text differs between two rows (e.g. "Målgrupp"), as 'C "Målgrupp"'. */
function distinguishingColumn(ws: ExcelJS.Worksheet, layout: SheetLayout, columns: ReadColumn[], a: number, b: number): string | undefined {
  const used = new Set(columns.map((c) => c.col));
  for (let c = 1; c <= ws.columnCount; c++) {
    if (used.has(c) || c === layout.nameCol || c === layout.codeCol) continue;
    const ta = readCell(ws.getCell(a, c)).text;
    const tb = readCell(ws.getCell(b, c)).text;
    if (ta === tb) continue;
    const label = headerParts(ws, layout, c).join(' ') || ws.getColumn(c).letter;
    return `${ws.getColumn(c).letter} "${label}" ("${ta}" mot "${tb}")`;
  }
  return undefined;
}
