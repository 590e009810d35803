// Importing the long CSV format: kommunkod;indikator;år;värde, one value per line.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ExitCode, OjError } from '../errors.ts';
import type { Indicator, Unit, Value } from '../model/types.ts';
import { closestNames } from '../reference/match.ts';
import { fold } from '../reference/slug.ts';
import type { Reference } from '../reference/types.ts';
import { normaliseText } from './cells.ts';
import { parseValue } from './missing.ts';
import { emptyFileReport, summariseUnits } from './report.ts';
import type { SourceImport } from './source.ts';
import { unitResolver, type UnitResolver } from './units.ts';

export interface CsvImportOptions {
  catalog: Indicator[];
  ref: Reference;
}

const COLUMNS = {
  kod: ['kommunkod', 'kod', 'enhetskod', 'enhet'],
  indikator: ['indikator', 'indikatorid', 'indikator-id', 'id'],
  ar: ['ar', 'artal'],
  varde: ['varde', 'value'],
} as const;
type Column = keyof typeof COLUMNS;

const FORMAT_HINT = 'Formatet är en rubrikrad "kommunkod;indikator;år;värde" och sedan en rad per värde, t.ex. "0380;ibic_utredning;2019;Ja".';

/** The column index of each required field, from the header row (any order, extra columns ignored). */
function headerColumns(header: string[], where: string): Record<Column, number> {
  const folded = header.map((h) => fold(normaliseText(h)).replace(/\s+/g, ''));
  const out = {} as Record<Column, number>;
  for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = folded.findIndex((h) => names.includes(h));
    if (i < 0) {
      throw new OjError(`${where}: rubrikraden saknar kolumnen "${col === 'ar' ? 'år' : col === 'varde' ? 'värde' : col === 'kod' ? 'kommunkod' : col}" (rubriker: ${header.join(', ')}).`, ExitCode.input, FORMAT_HINT);
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
  const name = basename(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new OjError(`Filen ${file} kunde inte läsas: ${(e as Error).message}`, ExitCode.input, 'Kontrollera sökvägen till filen.');
  }
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: separator(text), relax_column_count: true, skip_empty_lines: true, trim: false }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new OjError(`${name}${line ? `, rad ${line}` : ''}: CSV-filen kunde inte tolkas: ${(e as Error).message}`, ExitCode.input, FORMAT_HINT);
  }
  if (!rows.length) throw new OjError(`${name} är tom.`, ExitCode.input, FORMAT_HINT);
  const cols = headerColumns(rows[0]!, name);
  const byId = new Map(opts.catalog.map((i) => [i.id, i]));
  const resolvers = new Map<number, UnitResolver>();
  const values = new Map<string, { value: Value; line: number }>();
  const units = new Map<string, Unit>();
  const indicators = new Map<string, Indicator>();
  // Line numbers: csv-parse skips empty lines, so count them from the text.
  const lineNumbers = text.split(/\r?\n/).map((l, n) => (l.trim() ? n + 1 : 0)).filter(Boolean);

  rows.slice(1).forEach((row, n) => {
    const line = lineNumbers[n + 1] ?? n + 2;
    const where = `${name}, rad ${line}`;
    const cell = (c: Column): string => normaliseText(row[cols[c]] ?? '');
    if (row.every((c) => !normaliseText(c))) return;
    const [kod, id, arText, raw] = [cell('kod'), cell('indikator'), cell('ar'), cell('varde')];
    const ind = byId.get(id) ?? byId.get(id.toLowerCase());
    if (!ind) {
      const near = closestNames(opts.catalog.map((i) => ({ code: i.id, name: i.id })), id, 3).map((u) => u.code);
      throw new OjError(`${where}: okänd indikator "${id}".`, ExitCode.input, `Använd ett id ur indikatorkatalogen (data/indikatorer.json), t.ex. ${near.join(', ')}.`);
    }
    if (!/^\d{4}$/.test(arText)) throw new OjError(`${where}: ogiltigt år "${arText}".`, ExitCode.input, 'Ange året med fyra siffror, t.ex. 2019.');
    const year = Number(arText);
    let resolve = resolvers.get(year);
    if (!resolve) resolvers.set(year, (resolve = unitResolver(opts.ref, year)));
    const unit = unitFor(resolve, kod);
    if (!unit) {
      throw new OjError(`${where}: okänd kommunkod "${kod}".`, ExitCode.input, 'Ange en kommunkod ("0380"), en länskod ("03"), "00" för riket eller en stadsdel ("0180-bromma").');
    }
    const parsed = parseValue(raw, ind.type, unit.kind);
    if (parsed.missing === 'oläsbar') {
      const expected = ind.type === 'janej' && (unit.kind === 'kommun' || unit.kind === 'stadsdel') ? '"Ja" eller "Nej"' : 'ett tal (t.ex. 45 eller 45,5)';
      throw new OjError(`${where}: värdet "${raw}" för ${ind.id} går inte att läsa.`, ExitCode.input, `Ange ${expected}, eller lämna tomt / skriv "-" om uppgift saknas.`);
    }
    const key = `${year}|${ind.id}|${unit.code}`;
    const before = values.get(key);
    if (before) throw new OjError(`${where}: ${ind.id} ${year} för ${unit.name} finns redan på rad ${before.line}.`, ExitCode.input);
    const value: Value = { unit: unit.code, indicator: ind.id, year, value: parsed.value, raw, source: { file: name, sheet: '', cell: `rad ${line}` } };
    if (parsed.missing) value.missing = parsed.missing;
    values.set(key, { value, line });
    units.set(unit.code, unit);
    indicators.set(ind.id, ind);
  });
  if (!values.size) throw new OjError(`${name} innehåller inga värden.`, ExitCode.input, FORMAT_HINT);

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
    return report;
  });
  return {
    sources: [{ kind: 'csv', name, sha256 }],
    years, isExample: false, values: all, units: [...units.values()], indicators: [...indicators.values()], reports,
  };
}
