// What an import recognised and what not; the granska command prints this.
import type { Indicator, Unit, UnitKind } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';

export interface RecognisedColumn {
  sheet: string;
  /** Column letter, e.g. "F". */
  column: string;
  indicator: string;
  header: string;
  /** The year the column was read as (Excel). */
  year?: number;
  /** Not in the catalogue: an indicator made from the header (område "Övriga indikatorer"). */
  generic?: boolean;
}

export interface UnrecognisedColumn {
  sheet: string;
  column: string;
  header: string;
  /** Why it was not used, in Swedish, when there is more to say than "okänd rubrik". */
  note?: string;
}

export interface SheetSummary {
  name: string;
  years: number[];
  units: Record<UnitKind, number>;
  indicators: string[];
}

export interface UnreadableCell {
  sheet: string;
  cell: string;
  text: string;
  indicator: string;
  unit: string;
}

export interface UnrecognisedRow {
  sheet: string;
  row: number;
  text: string;
}

export interface UnitsReport {
  found: Record<UnitKind, number>;
  /** Kommunkoder of the reference with no row in the file. */
  missingKommuner: string[];
  /** Länskoder with no row. */
  missingLan: string[];
  riketFound: boolean;
}

export interface FileReport {
  /** What kind of input this is; Excel when absent. */
  kind?: 'excel' | 'csv' | 'kolada';
  file: string;
  sha256: string;
  year: number;
  /** Every year read from the file, when it holds several. */
  years?: number[];
  isExample: boolean;
  resultSheets: string[];
  /** Sheets without a recognisable result table (e.g. "Om filen", "Indikatorer"). */
  otherSheets: string[];
  recognised: RecognisedColumn[];
  unrecognisedColumns: UnrecognisedColumn[];
  unreadableCells: UnreadableCell[];
  unrecognisedRows: UnrecognisedRow[];
  units: UnitsReport;
  /** Catalogue indicators for the file's year with no column. */
  indicatorsMissing: string[];
  valueCount: number;
  missingCount: number;
  /** Per result sheet (Excel): the years, units by kind and indicators it gave. */
  sheets?: SheetSummary[];
  /** Indicators made from headers the catalogue does not know: ready catalogue entries. */
  newIndicators?: Indicator[];
  /** Things the import did but the user should check (e.g. a CSV read as Windows-1252), in Swedish. */
  warnings: string[];
}

/** Where a value came from, for messages: file and cell (or CSV line). */
export interface ValueOrigin {
  file: string;
  cell: string;
  raw: string;
}

export interface ImportReport {
  files: FileReport[];
  /**
   * Values given by more than one file with different contents (the later file wins; identical repeats are
   * not listed). `files` is [earlier, later].
   */
  overridden: { year: number; indicator: string; unit: string; files: string[]; before: ValueOrigin; after: ValueOrigin }[];
  /** Swedish warnings for the whole import (one per overridden value group, per file pair). */
  warnings: string[];
}

export function emptyFileReport(file: string, sha256: string, year: number, kind: FileReport['kind'] = 'excel'): FileReport {
  return {
    kind, file, sha256, year, isExample: false, resultSheets: [], otherSheets: [], recognised: [], unrecognisedColumns: [],
    unreadableCells: [], unrecognisedRows: [],
    units: { found: { kommun: 0, stadsdel: 0, lan: 0, riket: 0 }, missingKommuner: [], missingLan: [], riketFound: false },
    indicatorsMissing: [], valueCount: 0, missingCount: 0, warnings: [],
  };
}

/** Counts units by kind and lists the reference's kommuner and län without a row. */
export function summariseUnits(report: FileReport, units: Map<string, Unit>, ref: Reference): void {
  const kinds: UnitKind[] = ['kommun', 'stadsdel', 'lan', 'riket'];
  for (const k of kinds) report.units.found[k] = [...units.values()].filter((u) => u.kind === k).length;
  report.units.missingKommuner = [...ref.kommuner.keys()].filter((c) => !units.has(c)).sort();
  report.units.missingLan = [...ref.lan.keys()].filter((c) => !units.has(c)).sort();
  report.units.riketFound = units.has('00');
}
