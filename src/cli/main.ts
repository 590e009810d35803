// CLI: parses argv (Swedish help and messages) into typed options and calls the core.
import { Command, CommanderError, Help, Option } from 'commander';
import { ExitCode, OjError } from '../errors.ts';
import { stderrLogger } from '../log.ts';
import type { OutputFormat } from '../options.ts';
import { runKommun } from '../pipeline/kommun.ts';
import { version } from '../version.ts';

const HEADINGS: [RegExp, string][] = [
  [/^Usage:/gm, 'Användning:'],
  [/^Options:/gm, 'Flaggor:'],
  [/^Commands:/gm, 'Kommandon:'],
  [/^Arguments:/gm, 'Argument:'],
  [/default:/g, 'standard:'],
  [/\[options\]/g, '[flaggor]'],
  [/\[command\]/g, '[kommando]'],
  [/\(choices: /g, '(val: '],
];

function swedishHelp(cmd: Command): void {
  cmd.configureHelp({
    formatHelp: (c, helper) => HEADINGS.reduce((t, [re, sv]) => t.replace(re, sv), Help.prototype.formatHelp.call(helper, c, helper)),
  });
  cmd.helpOption('-h, --hjalp', 'visa hjälp');
  cmd.helpCommand(false);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseYear(v: string): number {
  const n = Number(v);
  if (!/^\d{4}$/.test(v) || n < 2000 || n > 2100) throw new OjError(`Ogiltigt år: "${v}". Ange ett årtal, t.ex. --ar 2019.`, ExitCode.usage);
  return n;
}

function dataOptions(cmd: Command): Command {
  return cmd
    .option('--data <fil>', 'ÖJ-fil (xlsx) eller katalog; kan anges flera gånger (utan --data används exempeldata)', collect)
    .option('--katalog <fil>', 'egen indikatorkatalog (JSON) som utökar eller ersätter den inbyggda');
}

export function buildProgram(): Command {
  const program = new Command('ojrapport');
  program
    .description('Lokal analys av Öppna jämförelser LSS: en rapport per kommun enligt användarguidens fyra steg.')
    .version(version(), '-v, --version', 'visa versionen')
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: (s) => process.stdout.write(s) });
  swedishHelp(program);

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
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (e) {
    return reportError(e);
  }
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.ok;
    process.stderr.write(`Fel: ${commanderMessage(e)}\nKör "ojrapport --hjalp" för att se kommandon och flaggor.\n`);
    return ExitCode.usage;
  }
  if (e instanceof OjError) {
    process.stderr.write(`Fel: ${e.message}\n${e.hint ? `${e.hint}\n` : ''}`);
    return e.exitCode;
  }
  const err = e as Error;
  process.stderr.write(`Oväntat fel: ${err?.message ?? String(e)}\nDetta är troligen ett fel i ojrapport. Kör igen med OJRAPPORT_DEBUG=1 för detaljer.\n`);
  if (process.env['OJRAPPORT_DEBUG']) process.stderr.write(`${err?.stack ?? ''}\n`);
  return 70;
}

function commanderMessage(e: CommanderError): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return `okänd flagga ${quoted}.`;
    case 'commander.unknownCommand':
      return `okänt kommando ${quoted}.`;
    case 'commander.missingArgument':
      return `argument saknas: ${quoted}.`;
    case 'commander.optionMissingArgument':
      return `flaggan ${quoted} behöver ett värde.`;
    case 'commander.invalidArgument': {
      const m = /option '([^' ]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\./.exec(e.message);
      return m ? `ogiltigt värde "${m[2]}" för ${m[1]}. Tillåtna val: ${m[3]}.` : e.message.replace(/^error: /, '');
    }
    case 'commander.excessArguments':
      return 'för många argument.';
    default:
      return e.message.replace(/^error: /, '');
  }
}
