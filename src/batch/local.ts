// --lokal KATALOG in a batch run: each kommun's own filled underlag (found by the kommunkod recorded inside).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Logger } from '../log.ts';
import { svCollator } from '../sv/format.ts';
import * as msg from '../sv/messages.ts';
import type { UnitAnalysis } from '../model/analysis.ts';
import type { Unit } from '../model/types.ts';
import { openLokalFolder, readLokalFor, type LokalFolder } from '../underlag/index.ts';
import { lokalView } from '../compose/local-view.ts';
import type { LocalFor } from '../pipeline/unit-report.ts';

export type LocalInput = LokalFolder;

export async function indexLocal(dir: string, log: Logger): Promise<LocalInput> {
  const folder = await openLokalFolder(dir, log);
  log.info(msg.lokalFolderSummary(dir, folder.files.map((f) => f.kommunName)));
  return folder;
}

/** The unit's own underlag, read and checked against its analysis; undefined when the folder has none for it. */
export async function localFor(local: LocalInput | undefined, analysis: UnitAnalysis, log: Logger): Promise<LocalFor | undefined> {
  if (!local) return undefined;
  const read = await readLokalFor(local, analysis);
  if (!read) return undefined;
  for (const w of read.warnings) log.warn(w);
  return { local: read, view: lokalView(read, analysis) };
}

/** Names the units of the run that have no workbook in the folder (their reports have no local analysis). */
export function reportMissingLocal(local: LocalInput | undefined, units: Unit[], year: number, log: Logger): void {
  if (!local) return;
  const missing = units.filter((u) => !local.files.some((f) => f.kommunCode === u.code && f.year === year));
  if (!missing.length) return;
  log.info(msg.lokalMissingForUnits(year, local.dir, missing.map((u) => u.name).sort(svCollator.compare)));
}

/** Part of the manifest key: the workbooks' contents, so a report is redone when its team edits the underlag. */
export function localKey(local: LocalInput | undefined): string {
  if (!local) return '';
  const h = createHash('sha256');
  for (const f of local.files) h.update(f.file).update(readFileSync(f.file));
  return `lokal:${h.digest('hex')}`;
}
