// Turns the user's --data arguments (files or folders; none = example data) into one DataSet.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { cachedLoad } from './cache.ts';
import { loadCatalog } from './catalog.ts';
import { exampleFiles, loadDataSetWithReport } from './dataset.ts';
import { fileAccessError, statInput } from './filecheck.ts';
import { isKoladaCache } from './kolada/dataset.ts';
import type { DataSet } from '../model/types.ts';
import type { ImportReport } from './report.ts';

// .xls is taken too, so that it is refused with advice instead of skipped (and an older year used).
const DATA_EXT = /\.(xlsx|xlsm|xls|csv)$/i;

/**
 * Expands folders to the data files inside them (.xlsx, .xlsm, .xls and .csv, sorted), keeps files as given.
 * A Kolada cache folder (JSON responses from `ojrapport hamta`) stays a folder: it is read as one source.
 * Every other file in a folder is named in `skipped`, one warning per folder.
 */
export function expandInputs(paths: string[], skipped: string[] = []): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const st = statInput(p, 'Filen eller katalogen');
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p);
      } catch (e) {
        throw fileAccessError(p, e, 'Katalogen');
      }
      const files = names.filter((f) => DATA_EXT.test(f) && !f.startsWith('~$')).sort().map((f) => join(p, f));
      if (!files.length && isKoladaCache(p)) {
        out.push(p);
        continue;
      }
      if (!files.length) throw emptyFolder(p, names);
      const other = names.filter((f) => !DATA_EXT.test(f) || f.startsWith('~$')).sort();
      if (other.length) skipped.push(msg.skippedOtherFiles(p, other));
      out.push(...files);
    } else out.push(p);
  }
  return out;
}

/** A folder without data files: say what it does hold, since a wrong extension (.txt, .ods) is the usual cause. */
function emptyFolder(dir: string, names: string[]): OjError {
  const visible = names.filter((n) => !n.startsWith('.')).sort();
  return new OjError(msg.folderWithoutData(dir, visible), ExitCode.input, msg.folderWithoutDataHint);
}

/** The data options every command that reads ÖJ data takes. */
export interface DataOptions {
  /** Excel/CSV files or folders; empty = the bundled example data. */
  data: string[];
  /** User indicator catalogue extending/overriding the bundled one. */
  catalog?: string;
}

export interface InputOptions extends DataOptions {
  /** Overrides the year of Excel files (`--ar` where a command reads a single year's file). */
  year?: number;
  /** Size limit per file in MB; default OJRAPPORT_MAX_MB, else 50. */
  maxMb?: number;
}

export async function loadInput(opts: InputOptions): Promise<{ data: DataSet; report: ImportReport }> {
  const catalog = loadCatalog(opts.catalog);
  const skipped: string[] = [];
  const files = opts.data.length ? expandInputs(opts.data, skipped) : exampleFiles();
  // Cached on disk by file contents, catalogue and version (see cache.ts); a changed file means a fresh load.
  const loaded = await cachedLoad({ files, catalog, year: opts.year, maxMb: opts.maxMb }, () => loadDataSetWithReport(files, { catalog, year: opts.year, maxMb: opts.maxMb }));
  return { data: loaded.data, report: { ...loaded.report, warnings: [...skipped, ...loaded.report.warnings] } };
}
