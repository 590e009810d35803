// Shared CLI pieces: Swedish help, option parsers and the data options every command takes.
import { Command, Help } from 'commander';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { OutputFormat } from '../render/formats.ts';

const HEADINGS: [RegExp, string][] = [
  [/^Usage:/gm, 'Användning:'],
  [/^Options:/gm, 'Flaggor:'],
  [/^Commands:/gm, 'Kommandon:'],
  [/^Arguments:/gm, 'Argument:'],
  [/default:/g, 'standard:'],
  [/\[options\]/g, '[flaggor]'],
  [/\[command\]/g, '[kommando]'],
  [/\(choices:(\s)/g, '(val:$1'], // the space may have become a line break
];

export function swedishHelp(cmd: Command): void {
  cmd.configureHelp({
    formatHelp: (c, helper) => HEADINGS.reduce((t, [re, sv]) => t.replace(re, sv), Help.prototype.formatHelp.call(helper, c, helper)),
  });
  cmd.helpOption('-h, --hjalp', 'visa hjälp');
  cmd.helpCommand(false);
}

export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function parseYear(v: string): number {
  const n = Number(v);
  if (!/^\d{4}$/.test(v) || n < 2000 || n > 2100) throw new OjError(msg.invalidYearArg(v), ExitCode.usage);
  return n;
}

/** A path after a flag; another flag there ("--ut --ar 2019") means the value was forgotten. */
export function pathValue(flag: string): (v: string) => string {
  return (v) => {
    if (/^--?[a-zåäö]/i.test(v)) {
      throw new OjError(msg.flagInsteadOfPath(flag, v), ExitCode.usage, msg.flagInsteadOfPathHint(flag));
    }
    return v;
  };
}

/** --jamforelse, the same for kommun, lan and alla. */
export function setsOption(cmd: Command): Command {
  return cmd.option(
    '--jamforelse <lista>',
    'jämförelsegrupper i ordning: liknande, kommungrupp, lan, riket och/eller kommunkoder (t.ex. liknande,riket eller 0380,1980); kan anges flera gånger (standard: liknande,lan,riket)',
    collect,
  );
}

export function dataOptions(cmd: Command): Command {
  const dataPath = pathValue('--data');
  return cmd
    .option('--data <fil>', 'ÖJ-fil (xlsx) eller katalog; kan anges flera gånger (utan --data används exempeldata)', (v: string, prev: string[] | undefined) => collect(dataPath(v), prev))
    .option('--katalog <fil>', 'egen indikatorkatalog (JSON) som utökar eller ersätter den inbyggda');
}

/** Flags every report-making command (kommun, lan, alla) takes, as commander hands them over. */
export interface ReportFlags {
  ar?: number;
  ut: string;
  format: OutputFormat;
  data?: string[];
  katalog?: string;
  regler?: string;
  jamforelse?: string[];
  lokal?: string;
  webb?: boolean;
}

