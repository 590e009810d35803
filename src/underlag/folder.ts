// Finds a unit's own underlag in a folder of workbooks by the kommunkod and year recorded inside (never the file name).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitCode, OjError } from '../errors.ts';
import type { Logger } from '../log.ts';
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

/** A --lokal folder, indexed once for all the units of a run. */
export interface LokalFolder {
  dir: string;
  files: LokalFile[];
}

/** Indexes a --lokal folder, warning about workbooks in it that could not be read as underlag. */
export async function openLokalFolder(dir: string, log: Logger): Promise<LokalFolder> {
  const unreadable: string[] = [];
  const files = await indexLokalFolder(dir, unreadable);
  const warning = unreadableWarning(dir, unreadable);
  if (warning) log.warn(warning);
  return { dir, files };
}

/** The unit's own underlag from the folder, read and checked against its analysis; undefined when there is none. */
export async function readLokalFor(folder: LokalFolder, analysis: UnitAnalysis): Promise<LocalAnalysis | undefined> {
  const { code: kommunCode } = analysis.unit;
  const file = pickLokalFile(folder.files, kommunCode, analysis.year);
  return file ? readLokal(file, { kommunCode, year: analysis.year, analysis }) : undefined;
}
