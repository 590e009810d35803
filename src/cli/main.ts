// CLI: parses argv (Swedish help and messages) into typed options and calls the core (each command loaded only
// when it runs, so a start loads no other command's modules).
import { Command, CommanderError } from 'commander';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
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
    process.stderr.write(msg.usageErrorLines(commanderMessage(e)));
    return ExitCode.usage;
  }
  if (e instanceof OjError) {
    process.stderr.write(terminalSafe(msg.errorLine(e.message, e.hint)));
    return e.exitCode;
  }
  const err = e as Error;
  process.stderr.write(msg.unexpectedErrorLines(err?.message ?? String(e)));
  if (process.env['OJRAPPORT_DEBUG']) process.stderr.write(`${err?.stack ?? ''}\n`);
  return ExitCode.internal;
}

function commanderMessage(e: CommanderError): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return msg.commander.unknownOption(quoted);
    case 'commander.unknownCommand':
      return msg.commander.unknownCommand(quoted);
    case 'commander.missingArgument':
      return msg.commander.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return msg.commander.optionMissingArgument(quoted);
    case 'commander.invalidArgument': {
      const m = /option '([^' ]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\./.exec(e.message);
      return m ? msg.commander.invalidChoice(m[2]!, m[1]!, m[3]!) : e.message.replace(/^error: /, '');
    }
    case 'commander.excessArguments':
      return msg.commander.excessArguments;
    default:
      return e.message.replace(/^error: /, '');
  }
}
