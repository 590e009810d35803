// Shared pieces of the bad-input tests: a temp folder, small workbooks, and "expect an OjError".
import { execFileSync } from 'node:child_process';
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

/** Running, not a zombie (a sandbox's PID 1 may never reap the dead children it inherits). */
export function alive(pid: number): boolean {
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim().startsWith('Z');
  } catch {
    return false; // ps exits non-zero when the pid is gone
  }
}

/** All descendants of a pid (Chromium and its helpers), from ps. */
export function descendants(pid: number): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [c, pp] of rows) if (pp === p) (out.push(c), walk(c));
  };
  walk(pid);
  return out;
}
