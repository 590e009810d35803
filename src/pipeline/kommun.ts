// Entry for `ojrapport kommun`: the whole pipeline for one unit, phase by phase.
import type { Logger } from '../log.ts';
import type { KommunOptions } from '../options.ts';

export interface RunResult {
  files: string[];
}

export async function runKommun(opts: KommunOptions, log: Logger): Promise<RunResult> {
  void opts;
  void log;
  throw new Error('not wired yet');
}
