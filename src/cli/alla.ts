// `ojrapport alla`: the batch options of lan, for the whole country.
import type { Command } from 'commander';
import { stderrLogger } from '../log.ts';
import { batchCommandOptions, reportBatch, toBatchOptions, type BatchCliOptions } from './lan.ts';

export function registerAlla(program: Command): void {
  const alla = program.command('alla').description('skapa rapporter för alla kommuner och stadsdelar, länsrapporter och arbetsböcker för alla län och riket');
  batchCommandOptions(alla);
  alla.action(async (o: BatchCliOptions) => reportBatch(await (await import('../commands/alla.ts')).runAlla(toBatchOptions(o), stderrLogger)));
}
