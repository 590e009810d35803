// CLI: parses argv (Swedish help and messages) into typed options and calls the core.
import { Command, CommanderError } from 'commander';
import { ExitCode, OjError } from '../errors.ts';
import { version } from '../version.ts';
import { swedishHelp } from './common.ts';
import { terminalSafe } from '../log.ts';
import { registerAlla } from './alla.ts';
import { registerGranska } from './granska.ts';
import { registerHamta } from './hamta.ts';
import { registerKommun } from './kommun.ts';
import { registerLan } from './lan.ts';
import { registerUnderlag } from './underlag.ts';

export function buildProgram(): Command {
  const program = new Command('ojrapport');
  program
    .description('Lokal analys av Öppna jämförelser LSS: en rapport per kommun enligt användarguidens fyra steg.')
    .version(version(), '-v, --version', 'visa versionen')
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: (s) => process.stdout.write(s) });
  swedishHelp(program);
  registerKommun(program);
  registerGranska(program);
  registerHamta(program);
  registerUnderlag(program);
  registerLan(program);
  registerAlla(program);
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(helpAliases(argv), { from: 'user' });
    return ExitCode.ok;
  } catch (e) {
    return reportError(e);
  }
}

/** People type --help, help or "help kommun" out of habit; they mean the Swedish --hjalp. */
function helpAliases(argv: string[]): string[] {
  const args = argv.map((a) => (a === '--help' ? '--hjalp' : a));
  if (args[0] === 'help' || args[0] === 'hjalp') return [...args.slice(1), '--hjalp'];
  return args;
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.ok;
    process.stderr.write(`Fel: ${commanderMessage(e)}\nKör "ojrapport --hjalp" för att se kommandon och flaggor.\n`);
    return ExitCode.usage;
  }
  if (e instanceof OjError) {
    process.stderr.write(terminalSafe(`Fel: ${e.message}\n${e.hint ? `${e.hint}\n` : ''}`));
    return e.exitCode;
  }
  const err = e as Error;
  process.stderr.write(`Oväntat fel: ${err?.message ?? String(e)}\nDetta är troligen ett fel i ojrapport. Kör igen med OJRAPPORT_DEBUG=1 för detaljer.\n`);
  if (process.env['OJRAPPORT_DEBUG']) process.stderr.write(`${err?.stack ?? ''}\n`);
  return ExitCode.internal;
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
