// `ojrapport kommun`: one report for one kommun.
import { Command, Option } from 'commander';
import { stderrLogger } from '../log.ts';
import type { OutputFormat } from '../options.ts';
import { runKommun } from '../pipeline/kommun.ts';
import { dataOptions, parseYear, swedishHelp } from './common.ts';

export function registerKommun(program: Command): void {
  const kommun = program
    .command('kommun')
    .description('skapa rapporten för en kommun (namn eller kommunkod)')
    .argument('<kommun>', 'kommunens namn eller kod, t.ex. Uppsala eller 0380')
    .option('--ar <år>', 'dataår (standard: senaste året i datan)', parseYear)
    .option('--ut <katalog>', 'katalog för resultatet', 'output')
    .addOption(new Option('--format <format>', 'utdataformat').choices(['pdf', 'html', 'json']).default('pdf'))
    .option('--regler <fil>', 'egna trösklar för flaggor (JSON)');
  dataOptions(kommun).exitOverride();
  swedishHelp(kommun);
  kommun.action(async (name: string, o: { ar?: number; ut: string; format: OutputFormat; data?: string[]; katalog?: string; regler?: string }) => {
    const result = await runKommun(
      { kommun: name, year: o.ar, outDir: o.ut, format: o.format, data: o.data ?? [], catalog: o.katalog, rulesFile: o.regler },
      stderrLogger,
    );
    for (const f of result.files) process.stdout.write(`${f}\n`);
  });
}
