// `ojrapport alla`: every kommun and stadsdel in the country, a county report and workbook per county, and riket.xlsx.
import type { Command } from 'commander';
import { batchCommandOptions, runBatchCli, toBatchOptions, type BatchCliOptions } from './lan.ts';

export function registerAlla(program: Command): void {
  const alla = program.command('alla').description('skapa rapporter för alla kommuner och stadsdelar, länsrapporter och arbetsböcker för alla län och riket');
  batchCommandOptions(alla);
  alla.action(async (o: BatchCliOptions) => runBatchCli(toBatchOptions(o)));
}
