// What every importer (Excel, CSV, Kolada cache) hands to the DataSet builder.
import type { DataSource, Indicator, Unit, Value } from '../model/types.ts';
import type { FileReport } from './report.ts';

export interface SourceImport {
  sources: DataSource[];
  years: number[];
  isExample: boolean;
  values: Value[];
  units: Unit[];
  indicators: Indicator[];
  /** One per file and year. */
  reports: FileReport[];
}
