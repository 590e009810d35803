// `ojrapport granska`: which columns, units and values of the given files are recognised, and which not.
import { Command, Option } from 'commander';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { loadCatalog } from '../load/catalog.ts';
import { importPath } from '../load/dataset.ts';
import { buildGranska, granskaText, type Granska, type InspectedFile } from '../load/granska.ts';
import { expandInputs } from '../load/input.ts';
import { loadReference } from '../reference/load.ts';
import { parseYear, swedishHelp } from './common.ts';
import { stderrLogger, terminalSafe } from '../log.ts';

export interface GranskaOptions {
  files: string[];
  catalog?: string;
  year?: number;
}

/** Imports each file on its own, so one bad file does not hide what the others hold. */
export async function runGranska(opts: GranskaOptions): Promise<Granska> {
  const catalog = loadCatalog(opts.catalog);
  const ref = loadReference();
  const inspected: InspectedFile[] = [];
  const skipped: string[] = [];
  const paths = expandInputs(opts.files, skipped);
  for (const s of skipped) stderrLogger.warn(s);
  for (const path of paths) {
    try {
      const imp = await importPath(path, { catalog, ref, year: opts.year });
      inspected.push({ path, reports: imp.reports });
    } catch (e) {
      if (!(e instanceof OjError)) throw e;
      inspected.push({ path, reports: [], error: { message: e.message, ...(e.hint ? { hint: e.hint } : {}) } });
    }
  }
  return buildGranska(inspected, ref);
}

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
    const g = await runGranska({ files, catalog: o.katalog, year: o.ar });
    process.stdout.write(o.format === 'json' ? `${JSON.stringify(g, null, 2)}\n` : terminalSafe(granskaText(g)));
    const bad = g.files.filter((f) => !f.usable);
    if (bad.length) {
      throw new OjError(msg.filesUnusable(bad), ExitCode.input, msg.filesUnusableHint);
    }
  });
}
