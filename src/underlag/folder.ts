// Finds a unit's own underlag in a folder of workbooks by the kommunkod and year recorded inside (never the file name).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { UnitAnalysis } from '../model/analysis.ts';
import { openWorkbook, readMeta } from './meta.ts';
import { readLokal } from './read.ts';
import type { LocalAnalysis } from '../model/local.ts';

export interface LokalFile {
  file: string;
  kommunCode: string;
  kommunName: string;
  year: number;
}

/**
 * Every underlag workbook in the folder (not recursive). Other .xlsx files (damaged, or not an underlag) are
 * named with the reason in `unreadable`; a folder without any underlag is refused.
 */
export async function indexLokalFolder(dir: string, unreadable: string[] = []): Promise<LokalFile[]> {
  if ((await stat(dir).catch(() => undefined))?.isFile()) {
    throw new OjError(msg.lokalIsFile(dir), ExitCode.usage, msg.lokalIsFileHint);
  }
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new OjError(msg.lokalFolderMissing(dir), ExitCode.input, msg.lokalFolderMissingHint);
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
      unreadable.push(`${name} (${e.message})`);
    }
  }
  if (!out.length) {
    throw new OjError(msg.lokalFolderEmpty(dir, unreadable), ExitCode.input, msg.lokalFolderEmptyHint);
  }
  return out;
}

/** One stderr line for the workbooks of a --lokal folder that could not be read. */
export function unreadableWarning(dir: string, unreadable: string[]): string | undefined {
  if (!unreadable.length) return undefined;
  return msg.lokalUnreadableFiles(dir, unreadable);
}

/** The one underlag for the unit and year in an index, undefined when none; two is an error. */
export function pickLokalFile(index: LokalFile[], kommunCode: string, year: number): string | undefined {
  const hits = index.filter((f) => f.kommunCode === kommunCode && f.year === year);
  if (hits.length > 1) {
    throw new OjError(msg.lokalTwice(hits.length, hits[0]!.kommunName, kommunCode, year, hits.map((h) => h.file)), ExitCode.input, msg.lokalTwiceHint);
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
export async function readLokalFolder(dir: string, kommunCode: string, year: number, analysis: UnitAnalysis, unreadable: string[] = []): Promise<LocalAnalysis | undefined> {
  const file = pickLokalFile(await indexLokalFolder(dir, unreadable), kommunCode, year);
  return file ? readLokal(file, { kommunCode, year, analysis }) : undefined;
}
