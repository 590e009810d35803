// `ojrapport lan` (and the options it shares with alla): parses flags, prints the written files and the summary.
import { Command, Option } from 'commander';
import type { BatchOptions, BatchResult } from '../commands/batch.ts';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { stderrLogger } from '../log.ts';
import { OUTPUT_FORMATS } from '../render/formats.ts';
import { dataOptions, parseYear, swedishHelp, pathValue, setsOption, type ReportFlags } from './common.ts';

export interface BatchCliOptions extends ReportFlags {
  parallell?: number;
  hoppaOverBefintliga?: boolean;
}

export function parseParallel(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 32) throw new OjError(msg.invalidParallelArg(v), ExitCode.usage);
  return n;
}

/** The options lan and alla share. */
export function batchCommandOptions(cmd: Command): Command {
  cmd
    .option('--ar <år>', 'dataår (standard: senaste året i datan)', parseYear)
    .option('--ut <katalog>', 'katalog för resultatet', pathValue('--ut'), 'output')
    .addOption(new Option('--format <format>', 'utdataformat för rapporterna; med json skrivs kommunernas analys men ingen länsrapport').choices(OUTPUT_FORMATS).default('pdf'))
    .option('--regler <fil>', 'egna trösklar för flaggor (JSON)');
  setsOption(cmd)
    .option('--parallell <n>', 'antal rapporter som skrivs ut samtidigt (standard: antal processorkärnor)', parseParallel)
    .option('--webb', 'skriv också en tillgänglig webbplats med alla rapporter i KATALOG/<år>/webb/')
    .option('--hoppa-over-befintliga', 'hoppa över rapporter som redan är aktuella (samma data, regler och version)')
    .option('--lokal <katalog>', 'katalog med kommunernas ifyllda underlag från "ojrapport underlag": varje kommuns analys, prioritering och handlingsplan kommer med i dess rapport', pathValue('--lokal'));
  dataOptions(cmd).exitOverride();
  swedishHelp(cmd);
  return cmd;
}

export function toBatchOptions(o: BatchCliOptions): Omit<BatchOptions, 'lan'> {
  const opts: BatchOptions = { year: o.ar, outDir: o.ut, format: o.format, data: o.data ?? [], catalog: o.katalog, rulesFile: o.regler, skipExisting: !!o.hoppaOverBefintliga };
  if (o.parallell) opts.parallel = o.parallell;
  if (o.lokal) opts.localDir = o.lokal;
  if (o.jamforelse) opts.sets = o.jamforelse;
  if (o.webb) opts.web = true;
  return opts;
}

/** Prints written files (stdout) and the summary (stderr); a partial run ends with ExitCode.partial. */
export function reportBatch(result: BatchResult): void {
  for (const f of result.files) process.stdout.write(`${f}\n`);
  process.stderr.write(result.summary);
  if (result.exitCode !== ExitCode.ok) {
    const failed = result.outcomes.filter((o) => o.status === 'misslyckad').length;
    throw new OjError(msg.someFailed(failed, result.outcomes.length), ExitCode.partial);
  }
}

export function registerLan(program: Command): void {
  const lan = program
    .command('lan')
    .description('skapa rapporter för alla kommuner i ett län, plus länsrapport och arbetsbok för länet')
    .argument('<län>', 'länets namn eller kod, t.ex. Uppsala eller 03');
  batchCommandOptions(lan);
  lan.action(async (name: string, o: BatchCliOptions) => reportBatch(await (await import('../commands/lan.ts')).runLan({ ...toBatchOptions(o), lan: name }, stderrLogger)));
}
