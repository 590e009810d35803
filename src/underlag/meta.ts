// Opening an underlag workbook and reading what it records about itself (hidden sheet _ojrapport).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { checkInputFile, sniff } from '../load/filecheck.ts';
import { assertWorkbookBounded } from '../load/zipcheck.ts';
import { exactText } from './cells.ts';
import { FORMAT_ID, FORMAT_VERSION, HEADER_HASH_KEY, META_KEYS, META_ROWHASH_COL, SHEET } from './layout.ts';

export interface UnderlagMeta {
  kommunCode: string;
  kommunName: string;
  year: number;
  formatVersion: number;
  toolVersion: string;
  created: string;
  example: boolean;
  /** Whole-Resultat checksum and per-row hashes (keyed by indicator id, header under HEADER_HASH_KEY). */
  checksum: string;
  rowHashes: Map<string, string>;
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  if (existsSync(file)) checkInputFile(file); // a FIFO, a device or an oversized file: refused unread
  try {
    bytes = await readFile(file);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new OjError(missing ? msg.underlagFileMissing(file) : msg.underlagFileUnreadable(file, e), ExitCode.input, msg.underlagFileHint);
  }
  if (sniff(bytes) === 'xlsx') await assertWorkbookBounded(bytes, basename(file)); // before exceljs expands it
  const { default: Excel } = await import('exceljs'); // loaded when a workbook is needed, not at start-up
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notUnderlag(file, msg.notUnderlagWhy.notXlsx);
  }
  return wb;
}

export function notUnderlag(file: string, why: string): OjError {
  return new OjError(msg.notUnderlag(basename(file), why), ExitCode.input, msg.notUnderlagHint);
}

/** The recorded metadata, or an OjError saying the file is not an underlag workbook. */
export function readMeta(wb: ExcelJS.Workbook, file: string): UnderlagMeta {
  const ws = wb.getWorksheet(SHEET.meta);
  if (!ws) throw notUnderlag(file, msg.notUnderlagWhy.noMetaSheet);
  const kv = new Map<string, string>();
  const hashes = new Map<string, string>();
  ws.eachRow((row) => {
    const k = exactText(row.getCell(1).value);
    if (k) kv.set(k, exactText(row.getCell(2).value));
    const hk = exactText(row.getCell(META_ROWHASH_COL).value);
    const hv = exactText(row.getCell(META_ROWHASH_COL + 1).value);
    if (hk && hv && hk !== 'resultatrad') hashes.set(hk, hv);
  });
  if (kv.get(META_KEYS.format) !== FORMAT_ID) throw notUnderlag(file, msg.notUnderlagWhy.noMark);
  const formatVersion = Number(kv.get(META_KEYS.formatVersion));
  if (!/^\d+$/.test(kv.get(META_KEYS.formatVersion) ?? '')) {
    throw new OjError(msg.underlagBadFormatVersion(basename(file), SHEET.meta, kv.get(META_KEYS.formatVersion) ?? ''), ExitCode.input, msg.underlagBadFormatVersionHint);
  }
  if (formatVersion > FORMAT_VERSION) {
    throw new OjError(msg.underlagFromNewerTool(basename(file), kv.get(META_KEYS.toolVersion)), ExitCode.input, msg.underlagFromNewerToolHint);
  }
  const year = Number(kv.get(META_KEYS.year));
  const kommunCode = kv.get(META_KEYS.kommunCode) ?? '';
  const checksum = kv.get(META_KEYS.checksum) ?? '';
  if (!kommunCode || !Number.isInteger(year) || !checksum || !hashes.has(HEADER_HASH_KEY)) {
    throw notUnderlag(file, msg.notUnderlagWhy.metaIncomplete);
  }
  return {
    kommunCode,
    kommunName: kv.get(META_KEYS.kommunName) ?? kommunCode,
    year,
    formatVersion,
    toolVersion: kv.get(META_KEYS.toolVersion) ?? '',
    created: kv.get(META_KEYS.created) ?? '',
    example: kv.get(META_KEYS.example) === 'ja',
    checksum,
    rowHashes: hashes,
  };
}
