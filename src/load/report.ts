// What an import recognised and what not; the granska command prints this.
import type { UnitKind } from '../model/types.ts';

export interface RecognisedColumn {
  sheet: string;
  /** Column letter, e.g. "F". */
  column: string;
  indicator: string;
  header: string;
}

export interface UnrecognisedColumn {
  sheet: string;
  column: string;
  header: string;
  /** Why it was not used, in Swedish, when there is more to say than "okänd rubrik". */
  note?: string;
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
  file: string;
  sha256: string;
  year: number;
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
}

export interface ImportReport {
  files: FileReport[];
  /** Values given by more than one file (the later file wins). */
  overridden: { year: number; indicator: string; unit: string; files: string[] }[];
}
