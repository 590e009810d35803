// `ojrapport underlag`: the workbook for the local team's analysis and action plan (steps 2–4).
import { Command } from 'commander';
import { stderrLogger } from '../log.ts';
import { dataOptions, parseYear, swedishHelp, pathValue } from './common.ts';

export function registerUnderlag(program: Command): void {
  const cmd = program
    .command('underlag')
    .description('skapa Excelunderlaget där arbetsgruppen skriver sin analys och handlingsplan (steg 2–4)')
    .argument('<kommun>', 'kommunens namn eller kod, t.ex. Uppsala eller 0380')
    .option('--ar <år>', 'dataår (standard: senaste året i datan)', parseYear)
    .option('--ut <katalog>', 'katalog för resultatet', pathValue('--ut'), 'output')
    .option('--regler <fil>', 'egna trösklar för flaggor (JSON), samma som för rapporten')
    .option('--skriv-over', 'ersätt ett befintligt underlag (det kan innehålla arbetsgruppens text)');
  dataOptions(cmd).exitOverride();
  swedishHelp(cmd);
  cmd.action(async (name: string, o: { ar?: number; ut: string; data?: string[]; katalog?: string; regler?: string; skrivOver?: boolean }) => {
    const { runUnderlag } = await import('../commands/underlag.ts');
    const { file } = await runUnderlag(
      { kommun: name, year: o.ar, outDir: o.ut, data: o.data ?? [], catalog: o.katalog, rulesFile: o.regler, overwrite: o.skrivOver ?? false },
      stderrLogger,
    );
    process.stdout.write(`${file}\n`);
  });
}
