// The one data model every phase shares. Load fills a DataSet; compare/assess read it.

/** ja/nej: a routine exists or not; andel: a percentage with a desired direction; bakgrund: context, no direction. */
export type IndicatorType = 'janej' | 'andel' | 'bakgrund';

/** Which way is better: up, down, or no direction (bakgrundsmått). */
export type Direction = 'upp' | 'ned' | 'ingen';

export interface Indicator {
  /** Stable id used across years, files and outputs, e.g. "samv_bup". */
  id: string;
  /** Full Swedish name as in the ÖJ file. */
  name: string;
  /** Short Swedish name for charts and tables. */
  shortName: string;
  omrade: string;
  /** LSS barn / LSS vuxna / Myndighetsutövning / Utförare, where the indicator is split. */
  split?: string;
  type: IndicatorType;
  direction: Direction;
  description: string;
  /** Unit of measure for bakgrundsmått and andel, e.g. "%" or "per 10 000 invånare". */
  unit?: string;
  /** Years the indicator exists in ÖJ (series breaks are derived from this). */
  years: number[];
  /** Header-text patterns per year ("*" = all years); case/space-insensitive substrings or /regex/. */
  patterns?: Record<string, string[]>;
  koladaKpi?: string;
  /** Free-text note, e.g. that the riket figure used for calibration is an assumption. */
  note?: string;
}

export type UnitKind = 'kommun' | 'stadsdel' | 'lan' | 'riket';

export interface Unit {
  /** kommunkod "0380", länskod "03", riket "00", stadsdel "0180-bromma". */
  code: string;
  name: string;
  kind: UnitKind;
  /** Länskod for kommuner and stadsdelar. */
  lanCode?: string;
  /** Kommunkod of the city a stadsdel belongs to. */
  parentCode?: string;
}

/** Why a cell has no usable value. Missing is never "Nej". */
export type MissingReason = 'tom' | 'saknas' | 'ej_svar' | 'vet_ej' | 'skyddad' | 'oläsbar';

export interface CellRef {
  file: string;
  sheet: string;
  /** A1-style address, e.g. "F12". */
  cell: string;
}

export interface Value {
  unit: string;
  indicator: string;
  year: number;
  /**
   * janej at kommun/stadsdel level: 1 (Ja) or 0 (Nej);
   * janej at län/riket level: share of kommuner answering Ja, 0–100;
   * andel: 0–100; bakgrund: the number as published. null when missing.
   */
  value: number | null;
  /** The cell's text exactly as read (trimmed). */
  raw: string;
  missing?: MissingReason;
  source?: CellRef;
}

export type SourceKind = 'exempel' | 'excel' | 'csv' | 'kolada';

export interface DataSource {
  kind: SourceKind;
  /** File name (or URL/cache path for Kolada). */
  name: string;
  sha256?: string;
  year?: number;
  fetched?: string;
}

export interface DataSet {
  years: number[];
  indicators: Map<string, Indicator>;
  units: Map<string, Unit>;
  /** Keyed by valueKey(year, indicator, unit). */
  values: Map<string, Value>;
  sources: DataSource[];
  /** True when any source is the bundled example data: every page must then say so. */
  isExample: boolean;
}

export function valueKey(year: number, indicator: string, unit: string): string {
  return `${year}|${indicator}|${unit}`;
}

type Columns = Map<string, Map<number, Map<string, Value>>>;
interface ColumnIndex {
  size: number;
  columns: Columns;
}
const columnIndex = new WeakMap<Map<string, Value>, ColumnIndex>();

/**
 * Tells the index that a value was replaced under its key: a change that keeps the map's size is otherwise not
 * seen (the loader calls it when a later file overrides a value).
 */
export function valuesReplaced(values: Map<string, Value>): void {
  columnIndex.delete(values);
}

/** Changes whenever the values' index is rebuilt, so results derived from the values can tell they are stale. */
export function valuesGeneration(values: Map<string, Value>): object {
  return indexOf(values);
}

/**
 * The data's values for one indicator and year, by unit code; undefined when the data has no row for that
 * column. Indexed once per value map (rebuilt if it grew or a value was replaced): an analysis reads hundreds of
 * thousands of values, and building a string key for each was a third of its time.
 */
export function column(data: DataSet, year: number, indicator: string): ReadonlyMap<string, Value> | undefined {
  return indexOf(data.values).columns.get(indicator)?.get(year);
}

function indexOf(values: Map<string, Value>): ColumnIndex {
  let idx = columnIndex.get(values);
  if (!idx || idx.size !== values.size) {
    const columns: Columns = new Map();
    for (const v of values.values()) {
      let byYear = columns.get(v.indicator);
      if (!byYear) columns.set(v.indicator, (byYear = new Map()));
      let col = byYear.get(v.year);
      if (!col) byYear.set(v.year, (col = new Map()));
      col.set(v.unit, v);
    }
    idx = { size: values.size, columns };
    columnIndex.set(values, idx);
  }
  return idx;
}

export function getValue(data: DataSet, year: number, indicator: string, unit: string): Value | undefined {
  return column(data, year, indicator)?.get(unit);
}
