// `ojrapport kommun`: the report for one kommun (and, for a city reported per stadsdel, each stadsdel).
import { Command, Option } from 'commander';
import { stderrLogger } from '../log.ts';
import { OUTPUT_FORMATS } from '../render/formats.ts';
import { dataOptions, parseYear, swedishHelp, pathValue, setsOption, type ReportFlags } from './common.ts';

interface KommunFlags extends ReportFlags {
  grupper?: string;
  avsandare?: string;
}

export function registerKommun(program: Command): void {
  const kommun = program
    .command('kommun')
    .description('skapa rapporten för en kommun eller stadsdel (namn eller kod); Stockholm ger också en rapport per stadsdelsområde')
    .argument('<kommun>', 'kommunens namn eller kod, t.ex. Uppsala eller 0380, eller en stadsdel, t.ex. Bromma')
    .option('--ar <år>', 'dataår (standard: senaste året i datan)', parseYear)
    .option('--ut <katalog>', 'katalog för resultatet', pathValue('--ut'), 'output')
    .addOption(new Option('--format <format>', 'utdataformat').choices(OUTPUT_FORMATS).default('pdf'))
    .option('--regler <fil>', 'egna trösklar för flaggor (JSON)')
    .option('--webb', 'skriv också rapporten som webbsida i KATALOG/<år>/webb/ (med index.html)');
  setsOption(kommun)
    .option('--grupper <fil>', 'egna namngivna jämförelsegrupper (JSON), t.ex. ett regionalt nätverk')
    .option('--lokal <fil>', 'ifyllt underlag från "ojrapport underlag" (eller en katalog med sådana): arbetsgruppens analys, prioritering och handlingsplan kommer med i rapporten', pathValue('--lokal'))
    .option('--avsandare <namn>', 'vem rapporten kommer från, t.ex. "Socialförvaltningen, Uppsala kommun" (standard: kommunens namn, t.ex. "Uppsala kommun")');
  dataOptions(kommun).exitOverride();
  swedishHelp(kommun);
  kommun.action(async (name: string, o: KommunFlags) => {
    const { runKommun } = await import('../commands/kommun.ts');
    const result = await runKommun(
      {
        kommun: name,
        year: o.ar,
        outDir: o.ut,
        format: o.format,
        data: o.data ?? [],
        catalog: o.katalog,
        rulesFile: o.regler,
        sets: o.jamforelse,
        groupsFile: o.grupper,
        ...(o.lokal ? { lokal: o.lokal } : {}),
        ...(o.avsandare?.trim() ? { sender: o.avsandare.trim() } : {}),
        ...(o.webb ? { web: true } : {}),
      },
      stderrLogger,
    );
    for (const f of result.files) process.stdout.write(`${f}\n`);
  });
}
