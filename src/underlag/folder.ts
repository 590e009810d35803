// Finds a unit's own underlag in a folder of workbooks by the kommunkod and year recorded inside (never the file name).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitCode, OjError } from '../errors.ts';
import type { UnitAnalysis } from '../model/analysis.ts';
import { openWorkbook, readMeta } from './meta.ts';
import { readLokal } from './read.ts';
import type { LocalAnalysis } from './types.ts';

export interface LokalFile {
  file: string;
  kommunCode: string;
  kommunName: string;
  year: number;
}

/** Every underlag workbook in the folder (not recursive); other .xlsx files are skipped. */
export async function indexLokalFolder(dir: string): Promise<LokalFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new OjError(`Katalogen ${dir} finns inte eller kan inte läsas.`, ExitCode.input, 'Kontrollera sökvägen till katalogen med underlagen.');
  }
  const out: LokalFile[] = [];
  // Lock files (~$) and our own temporary files (.name.tmp) are not workbooks.
  for (const name of names.filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$') && !n.startsWith('.')).sort()) {
    const file = join(dir, name);
    try {
      const meta = readMeta(await openWorkbook(file), file);
      out.push({ file, kommunCode: meta.kommunCode, kommunName: meta.kommunName, year: meta.year });
    } catch (e) {
      if (!(e instanceof OjError)) throw e;
    }
  }
  return out;
}

/** The one underlag for the unit and year in an index, undefined when none; two is an error. */
export function pickLokalFile(index: LokalFile[], kommunCode: string, year: number): string | undefined {
  const hits = index.filter((f) => f.kommunCode === kommunCode && f.year === year);
  if (hits.length > 1) {
    throw new OjError(
      `Det finns ${hits.length} underlag för ${hits[0]!.kommunName} (${kommunCode}) ${year}: ${hits.map((h) => h.file).join(', ')}.`,
      ExitCode.input,
      'Behåll ett underlag per kommun och år i katalogen.',
    );
  }
  return hits[0]?.file;
}

export async function findLokalFile(dir: string, kommunCode: string, year: number): Promise<string | undefined> {
  return pickLokalFile(await indexLokalFolder(dir), kommunCode, year);
}

/**
 * Reads the unit's own underlag from a folder; undefined when the folder has none for it. For many
 * units, index the folder once with indexLokalFolder and use pickLokalFile + readLokal.
 */
export async function readLokalFolder(dir: string, kommunCode: string, year: number, analysis: UnitAnalysis): Promise<LocalAnalysis | undefined> {
  const file = await findLokalFile(dir, kommunCode, year);
  return file ? readLokal(file, { kommunCode, year, analysis }) : undefined;
}
