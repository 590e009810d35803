// Shared pieces of the bad-input tests: a temp folder, small workbooks, and "expect an OjError".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect } from 'vitest';
import { OjError } from '../../src/errors.ts';

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ojrapport-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function writeBytes(dir: string, name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** A one-sheet workbook: header row then data rows, as given. */
export async function workbook(dir: string, name: string, rows: ExcelJS.CellValue[][], sheet = 'Resultat'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Awaits the promise (or calls the function), expects an OjError and returns it for more checks. */
export async function ojError(run: Promise<unknown> | (() => unknown)): Promise<OjError> {
  let err: unknown;
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (e) {
    err = e;
  }
  expect(err, 'expected an OjError').toBeInstanceOf(OjError);
  const e = err as OjError;
  expect(e.message.length).toBeGreaterThan(0);
  return e;
}

export const HEADER = ['Kod', 'Kommun', 'Samlad kompetensplan för handläggare', 'Andel personer i daglig verksamhet med aktuell genomförandeplan'];
