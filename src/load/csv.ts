// Importing the long CSV format: kommunkod;indikator;år;värde, one value per line.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { Indicator, Unit, Value } from '../model/types.ts';
import { closestNames } from '../reference/match.ts';
import { fold } from '../reference/slug.ts';
import type { Reference } from '../reference/types.ts';
import { normaliseText } from './cells.ts';
import { readInputFile, sniff } from './filecheck.ts';
import { isPercent, parseNumber, parseValue } from './missing.ts';
import { emptyFileReport, summariseUnits } from './report.ts';
import { checkScale } from './scale.ts';
import type { SourceImport } from './source.ts';
import { unitResolver, type UnitResolver } from './units.ts';
import { assertPlausibleYear } from './year.ts';

export interface CsvImportOptions {
  catalog: Indicator[];
  ref: Reference;
  /** Size limit in MB (default: OJRAPPORT_MAX_MB, else 50). */
  maxMb?: number;
}


/** 0x80–0x9F of Windows-1252 (€, ‚, –, — …); Node's decoder without full ICU gives Latin-1 control codes there. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * The text of a CSV file: UTF-8 (BOM or not); bytes that are not valid UTF-8 are read as Windows-1252
 * (a superset of Latin-1 for å, ä, ö) with a warning. UTF-16 and binary files are refused.
 */
export function decodeCsv(bytes: Uint8Array, name: string): { text: string; warning?: string } {
  const kind = sniff(bytes);
  if (kind === 'utf16') {
    throw new OjError(msg.csvUtf16(name), ExitCode.input, msg.SAVE_UTF8);
  }
  if (kind === 'xlsx' || kind === 'truncated-zip' || kind === 'encrypted' || kind === 'xls') {
    throw new OjError(msg.csvIsExcel(name), ExitCode.input, msg.csvIsExcelHint);
  }
  if (kind === 'pdf' || kind === 'binary') {
    throw new OjError(msg.csvIsBinary(name, kind === 'pdf'), ExitCode.input, msg.CSV_FORMAT_HINT);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '') };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      warning: msg.csvReadAsWindows1252(name),
    };
  }
}

const COLUMNS = {
  kod: ['kommunkod', 'kod', 'enhetskod', 'enhet'],
  indikator: ['indikator', 'indikatorid', 'indikator-id', 'id'],
  ar: ['ar', 'artal'],
  varde: ['varde', 'value'],
} as const;
type Column = keyof typeof COLUMNS;
const COLUMN_NAMES: Record<Column, string> = { kod: 'kommunkod', indikator: 'indikator', ar: 'år', varde: 'värde' };


/** The column index of each required field, from the header row (any order, extra columns ignored). */
function headerColumns(header: string[], where: string): Record<Column, number> {
  const folded = header.map((h) => fold(normaliseText(h)).replace(/\s+/g, ''));
  const out = {} as Record<Column, number>;
  for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = folded.findIndex((h) => names.includes(h));
    const j = folded.findIndex((h, k) => k > i && names.includes(h));
    if (i >= 0 && j >= 0) {
      throw new OjError(msg.csvColumnTwice(where, COLUMN_NAMES[col], i, header[i]!, j, header[j]!), ExitCode.input, msg.csvColumnTwiceHint);
    }
    if (i < 0) {
      throw new OjError(msg.csvColumnMissing(where, COLUMN_NAMES[col], header), ExitCode.input, msg.CSV_FORMAT_HINT);
    }
    out[col] = i;
  }
  return out;
}

/** Semicolon unless the header line has commas and no semicolons. */
function separator(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.includes(';') || !first.includes(',') ? ';' : ',';
}

/** Kolada-style ids "0000" (riket) and "0003" (Region Uppsala) are accepted too. */
function unitFor(resolve: UnitResolver, kod: string): Unit | undefined {
  const k = kod.trim();
  if (/^00\d{2}$/.test(k)) return resolve(k.slice(2), '');
  return resolve(k, '');
}

export function importCsvFile(file: string, opts: CsvImportOptions): SourceImport {
  return importCsvBytes(readInputFile(file, opts.maxMb), file, opts);
}

export function importCsvBytes(bytes: Buffer, file: string, opts: CsvImportOptions): SourceImport {
  const name = basename(file);
  if (!bytes.length) throw new OjError(msg.csvEmptyBytes(name), ExitCode.input, msg.CSV_FORMAT_HINT);
  const { text, warning } = decodeCsv(bytes, name);
  const sep = separator(text);
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: sep, relax_column_count: true, skip_empty_lines: true, trim: false, info: true, raw: true }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new OjError(msg.csvUnparsable(name, line, csvProblem(e)), ExitCode.input, msg.CSV_FORMAT_HINT);
  }
  if (!records.length) throw new OjError(msg.csvEmpty(name), ExitCode.input, msg.CSV_FORMAT_HINT);
  const rows = records.map((r) => r.record);
  const cols = headerColumns(rows[0]!, name);
  const byId = new Map(opts.catalog.map((i) => [i.id, i]));
  const resolvers = new Map<number, UnitResolver>();
  const values = new Map<string, { value: Value; line: number }>();
  const units = new Map<string, Unit>();
  const indicators = new Map<string, Indicator>();
  // The line a record starts on: csv-parse gives the line it ends on, and a quoted field may span lines.
  const lineNumbers = records.map((r) => r.info.lines - (r.raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0));

  rows.slice(1).forEach((row, n) => {
    const line = lineNumbers[n + 1] ?? n + 2;
    const where = `${name}, rad ${line}`;
    const cell = (c: Column): string => normaliseText(row[cols[c]] ?? '');
    if (row.every((c) => !normaliseText(c))) return;
    checkFieldCount(row, rows[0]!.length, sep, where);
    const [kod, id, arText, raw] = [cell('kod'), cell('indikator'), cell('ar'), cell('varde')];
    const ind = byId.get(id) ?? byId.get(id.toLowerCase());
    if (!ind) {
      const near = closestNames(opts.catalog.map((i) => ({ code: i.id, name: i.id })), id, 3).map((u) => u.code);
      throw new OjError(msg.csvUnknownIndicator(where, id), ExitCode.input, msg.csvUnknownIndicatorHint(near));
    }
    if (!/^\d{4}$/.test(arText)) throw new OjError(msg.csvInvalidYear(where, arText), ExitCode.input, msg.csvInvalidYearHint);
    const year = Number(arText);
    assertPlausibleYear(year, where);
    let resolve = resolvers.get(year);
    if (!resolve) resolvers.set(year, (resolve = unitResolver(opts.ref, year)));
    const unit = unitFor(resolve, kod);
    if (!unit) {
      throw new OjError(msg.csvUnknownUnit(where, kod), ExitCode.input, msg.csvUnknownUnitHint);
    }
    const parsed = parseValue(raw, ind.type, unit.kind, ind.unit);
    if (parsed.missing === 'oläsbar') throw unreadable(where, raw, ind, unit);
    const key = `${year}|${ind.id}|${unit.code}`;
    const before = values.get(key);
    if (before && before.value.value === parsed.value) return; // the same line twice: harmless
    if (before) {
      throw new OjError(msg.csvValueTwice(where, ind.id, year, unit.name, before.line, before.value.raw, raw), ExitCode.input, msg.csvValueTwiceHint);
    }
    const value: Value = { unit: unit.code, indicator: ind.id, year, value: parsed.value, raw, source: { file: name, sheet: '', cell: `rad ${line}` } };
    if (parsed.missing) value.missing = parsed.missing;
    values.set(key, { value, line });
    units.set(unit.code, unit);
    indicators.set(ind.id, ind);
  });
  if (!values.size) throw new OjError(msg.csvNoValues(name), ExitCode.input, msg.CSV_FORMAT_HINT);
  checkCsvScales([...values.values()], byId, units, name);

  const all = [...values.values()].map((v) => v.value);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const years = [...new Set(all.map((v) => v.year))].sort((a, b) => a - b);
  const reports = years.map((year) => {
    const inYear = all.filter((v) => v.year === year);
    const report = emptyFileReport(name, sha256, year, 'csv');
    const ids = [...new Set(inYear.map((v) => v.indicator))];
    report.recognised = ids.map((id) => ({ sheet: '', column: '', indicator: id, header: id }));
    report.indicatorsMissing = opts.catalog.filter((i) => i.years.includes(year) && !ids.includes(i.id)).map((i) => i.id);
    const yearUnits = new Map(inYear.map((v) => [v.unit, units.get(v.unit)!]));
    summariseUnits(report, yearUnits, opts.ref);
    report.valueCount = inYear.length;
    report.missingCount = inYear.filter((v) => v.missing).length;
    if (warning) report.warnings.push(warning);
    return report;
  });
  return {
    sources: [{ kind: 'csv', name, sha256 }],
    years, isExample: false, values: all, units: [...units.values()], indicators: [...indicators.values()], reports,
  };
}

/** A row must have the header's fields (extra empty ones, as Excel sometimes writes, are harmless). */
function checkFieldCount(row: string[], expected: number, sep: string, where: string): void {
  if (row.length === expected || (row.length > expected && row.slice(expected).every((c) => !c.trim()))) return;
  const splitDecimal = sep === ',' && row.length > expected && row.some((c, i) => i > 0 && /^\d+%?$/.test(c.trim()) && /^-?\d+$/.test(row[i - 1]!.trim()));
  if (splitDecimal) {
    throw new OjError(msg.csvSplitDecimal(where, row.length, expected), ExitCode.input, msg.csvSplitDecimalHint);
  }
  throw new OjError(msg.csvFieldCount(where, row.length, expected), ExitCode.input, msg.CSV_FORMAT_HINT);
}

function unreadable(where: string, raw: string, ind: Indicator, unit: Unit, why = ''): OjError {
  const answer = ind.type === 'janej' && (unit.kind === 'kommun' || unit.kind === 'stadsdel');
  const expected = answer ? 'answer' : isPercent(ind.type, unit.kind, ind.unit) ? 'percent' : /^per 10\s?000/.test(ind.unit ?? '') ? 'per10000' : 'count';
  return new OjError(msg.csvUnreadableValue(where, raw, ind.id, why), ExitCode.input, msg.csvUnreadableValueHint(expected));
}

/** Per year and indicator: a 0–1 fraction among 0–100 percentages is an error naming the line. */
function checkCsvScales(all: { value: Value; line: number }[], byId: Map<string, Indicator>, units: Map<string, Unit>, name: string): void {
  const groups = new Map<string, { value: Value; line: number }[]>();
  for (const v of all) {
    const ind = byId.get(v.value.indicator)!;
    if (v.value.value === null || !isPercent(ind.type, units.get(v.value.unit)!.kind, ind.unit)) continue;
    const key = `${v.value.year}|${ind.id}`;
    const list = groups.get(key);
    if (list) list.push(v);
    else groups.set(key, [v]);
  }
  for (const list of groups.values()) {
    const check = checkScale(list.map((v) => ({ value: v.value.value!, plain: !/%/.test(v.value.raw) && parseNumber(v.value.raw) !== undefined })));
    const first = check.outliers[0];
    if (first === undefined) continue;
    const v = list[first]!;
    const ind = byId.get(v.value.indicator)!;
    throw unreadable(`${name}, rad ${v.line}`, v.value.raw, ind, units.get(v.value.unit)!, msg.csvMixedScales(ind.id, v.value.year, check.outliers.length - 1));
  }
}

/** csv-parse's error codes in Swedish; its English message otherwise. */
function csvProblem(e: unknown): string {
  switch ((e as { code?: string }).code) {
    case 'CSV_INVALID_OPENING_QUOTE':
      return 'ett citattecken (") mitt i ett fält; citera hela fältet eller ta bort citattecknet';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'text direkt efter ett avslutande citattecken (")';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'ett citattecken (") avslutas aldrig';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH':
      return 'raden har fel antal fält';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
