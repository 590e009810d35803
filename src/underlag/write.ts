// Writes the underlag workbook to output/<år>/<kod>-<namn>-underlag.xlsx, atomically.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { UnitAnalysis } from '../model/analysis.ts';
import { slug } from '../reference/slug.ts';
import { ensureWritableDir, writeFileAtomic } from '../render/write.ts';
import { buildUnderlag } from './build.ts';

export function underlagFileName(analysis: UnitAnalysis): string {
  const s = slug(analysis.unit.name);
  // Stadsdel codes already end with the name ("0180-bromma").
  const stem = analysis.unit.code.endsWith(`-${s}`) ? analysis.unit.code : `${analysis.unit.code}-${s}`;
  return `${stem}-underlag.xlsx`;
}

export function underlagPath(analysis: UnitAnalysis, outDir: string): string {
  return join(outDir, String(analysis.year), underlagFileName(analysis));
}

export interface WriteUnderlagOptions {
  /** Replace an existing file (it may hold the team's work, so never by default). */
  overwrite?: boolean;
  created?: Date;
}

/** Builds and writes the workbook; returns its path. */
export async function writeUnderlag(analysis: UnitAnalysis, outDir: string, opts: WriteUnderlagOptions = {}): Promise<string> {
  const path = underlagPath(analysis, outDir);
  const exists = () =>
    new OjError(msg.underlagExists(path), ExitCode.output, msg.underlagExistsHint);
  if (!opts.overwrite && existsSync(path)) throw exists();
  const wb = await buildUnderlag(analysis, { fileName: underlagFileName(analysis), ...(opts.created ? { created: opts.created } : {}) });
  const buf = await wb.xlsx.writeBuffer();
  await ensureWritableDir(join(outDir, String(analysis.year)));
  // Checked again when written: a second run started at the same time must not replace the first one's file.
  await writeFileAtomic(path, new Uint8Array(buf as ArrayBuffer), opts.overwrite ? {} : { exists });
  return path;
}
