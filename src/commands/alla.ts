// `ojrapport alla`: every kommun and stadsdel in the country, a county report and workbook per county, and riket.xlsx.
import type { Logger } from '../log.ts';
import { runBatch, type BatchOptions, type BatchResult } from './batch.ts';

export type AllaOptions = Omit<BatchOptions, 'lan'>;

export function runAlla(opts: AllaOptions, log: Logger): Promise<BatchResult> {
  return runBatch(opts, log);
}
