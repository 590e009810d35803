// `ojrapport lan`: every kommun and stadsdel of a county, plus the county report and workbook.
import type { Logger } from '../log.ts';
import { runBatch, type BatchOptions, type BatchResult } from './batch.ts';

export interface LanOptions extends BatchOptions {
  /** County name or code. */
  lan: string;
}

export function runLan(opts: LanOptions, log: Logger): Promise<BatchResult> {
  return runBatch(opts, log);
}
