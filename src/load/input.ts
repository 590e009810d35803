// Turns the user's --data arguments (files or folders; none = example data) into one DataSet.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, OjError } from '../errors.ts';
import type { DataOptions } from '../options.ts';
import { loadCatalog } from './catalog.ts';
import { exampleFiles, loadDataSetWithReport } from './dataset.ts';
import { isKoladaCache } from './kolada/dataset.ts';
import type { DataSet } from '../model/types.ts';
import type { ImportReport } from './report.ts';

const DATA_EXT = /\.(xlsx|csv)$/i;

/**
 * Expands folders to the data files inside them (.xlsx and .csv, sorted), keeps files as given.
 * A Kolada cache folder (JSON responses from `ojrapport hamta`) stays a folder: it is read as one source.
 */
export function expandInputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new OjError(`Filen eller katalogen ${p} finns inte.`, ExitCode.input, 'Kontrollera sökvägen efter --data.');
    }
    if (st.isDirectory()) {
      const files = readdirSync(p).filter((f) => DATA_EXT.test(f) && !f.startsWith('~$')).sort().map((f) => join(p, f));
      if (!files.length && isKoladaCache(p)) {
        out.push(p);
        continue;
      }
      if (!files.length) {
        throw new OjError(`Katalogen ${p} innehåller inga .xlsx- eller .csv-filer och inga Kolada-data.`, ExitCode.input, 'Hämta Kolada-data med "ojrapport hamta" eller ange en katalog med ÖJ-filer.');
      }
      out.push(...files);
    } else out.push(p);
  }
  return out;
}

export interface InputOptions extends DataOptions {
  /** Overrides the year of Excel files (`--ar` where a command reads a single year's file). */
  year?: number;
}

export async function loadInput(opts: InputOptions): Promise<{ data: DataSet; report: ImportReport }> {
  const catalog = loadCatalog(opts.catalog);
  const files = opts.data.length ? expandInputs(opts.data) : exampleFiles();
  return loadDataSetWithReport(files, { catalog, year: opts.year });
}
