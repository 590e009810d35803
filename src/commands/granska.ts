// `ojrapport granska`: which columns, units and values of the given files are recognised, and which not.
import { OjError } from '../errors.ts';
import { loadCatalog } from '../load/catalog.ts';
import { importPath } from '../load/dataset.ts';
import { buildGranska, type Granska, type InspectedFile } from '../load/granska.ts';
import { expandInputs } from '../load/input.ts';
import type { Logger } from '../log.ts';
import { loadReference } from '../reference/load.ts';

export interface GranskaOptions {
  files: string[];
  catalog?: string;
  year?: number;
}

/** Imports each file on its own, so one bad file does not hide what the others hold. */
export async function runGranska(opts: GranskaOptions, log: Logger): Promise<Granska> {
  const catalog = loadCatalog(opts.catalog);
  const ref = loadReference();
  const inspected: InspectedFile[] = [];
  const skipped: string[] = [];
  const paths = expandInputs(opts.files, skipped);
  for (const s of skipped) log.warn(s);
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
