// `ojrapport granska`: parses the files and flags, prints what was recognised (text or JSON).
import { Command, Option } from 'commander';
import { ExitCode, OjError } from '../errors.ts';
import { granskaText } from '../load/granska.ts';
import * as msg from '../sv/messages.ts';
import { parseYear, swedishHelp } from './common.ts';
import { stderrLogger, terminalSafe } from '../log.ts';

export function registerGranska(program: Command): void {
  const cmd = program
    .command('granska')
    .description('visa vad som känns igen i ÖJ-filer (blad, enheter, indikatorer) och vad som inte gör det')
    .argument('<fil...>', 'ÖJ-filer (.xlsx), CSV-filer eller kataloger')
    .addOption(new Option('--format <format>', 'utdataformat').choices(['text', 'json']).default('text'))
    .option('--katalog <fil>', 'egen indikatorkatalog (JSON) som utökar eller ersätter den inbyggda')
    .option('--ar <år>', 'använd detta år för Excelfilerna i stället för det som står i filen', parseYear)
    .exitOverride();
  swedishHelp(cmd);
  cmd.action(async (files: string[], o: { format: 'text' | 'json'; katalog?: string; ar?: number }) => {
    const { runGranska } = await import('../commands/granska.ts');
    const g = await runGranska({ files, catalog: o.katalog, year: o.ar }, stderrLogger);
    process.stdout.write(o.format === 'json' ? `${JSON.stringify(g, null, 2)}\n` : terminalSafe(granskaText(g)));
    const bad = g.files.filter((f) => !f.usable);
    if (bad.length) {
      throw new OjError(msg.filesUnusable(bad), ExitCode.input, msg.filesUnusableHint);
    }
  });
}
