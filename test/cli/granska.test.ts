import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.ts';
import type { Granska } from '../../src/load/granska.ts';
import { run } from './capture.ts';

let tmp: string;
let file: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ojrapport-granska-'));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Om filen').getCell('A1').value = 'Öppna jämförelser 2019 – LSS';
  const ws = wb.addWorksheet('Resultat');
  ws.addRow(['Kod', 'Namn', 'IBIC används vid alla utredningar (LSS vuxna)', 'Ny fråga om digital tillgänglighet', 'Samlad kompetensplan för handläggare', 'Rutin för nattfasta']);
  // D holds no Ja/Nej or shares: unknown. F is Ja/Nej: read as an indicator outside the catalogue.
  ws.addRow(['0114', 'Upplands Väsby', 'Ja', 'Planeras', 'Nej', 'Ja']);
  ws.addRow(['0380', 'Uppsala', 'Nej', 'Delvis', 'Delvis', 'Nej']);
  ws.addRow(['03', 'Uppsala län', '40', '12', '50', '7']);
  ws.addRow(['00', 'Riket', '9 %', '10', '33', '5']);
  file = join(tmp, 'oj-lss-2019.xlsx');
  await wb.xlsx.writeFile(file);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('ojrapport granska', () => {
  it('names exactly the two unknown columns and the one unreadable cell, with addresses', async () => {
    const { code, stdout } = await run(['granska', file]);
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain('År: 2019');
    expect(stdout).toContain('Blad som används: Resultat');
    expect(stdout).toContain('Enheter: 2 kommuner, 0 stadsdelar, 1 län, riket');
    expect(stdout).toMatch(/Kommuner som saknas \(288\): Ale, Alingsås/);
    expect(stdout).toMatch(/Resultat!C\s+ibic_utredning/);
    expect(stdout).toMatch(/Resultat!E\s+kompetensplan/);
    expect(stdout).toMatch(/Resultat!F\s+ovrig_rutin_for_nattfasta \(ny, inte i katalogen\)  "Rutin för nattfasta"/);
    expect(stdout).toContain('"id": "ovrig_rutin_for_nattfasta"');
    const unknown = stdout.split('Kolumner som inte känns igen (1):')[1]!;
    expect(unknown).toMatch(/^\s+Resultat!D\s+"Ny fråga om digital tillgänglighet"\n/);
    expect(stdout).toContain('--katalog');
    expect(stdout).toContain('"patterns":{"2019":["Ny fråga om digital tillgänglighet"]}');
    expect(stdout).toMatch(/Värden som inte gick att läsa \(1\):\n\s+Resultat!E3\s+"Delvis" \(kompetensplan, 0380\)/);
    expect(stdout).toContain('filen kan användas');
  });

  it('shows control characters from cells as \\x1B instead of sending them to the terminal', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat');
    ws.addRow(['Kod', 'Namn', 'IBIC används vid alla utredningar (LSS vuxna)']);
    ws.addRow(['0380', 'Uppsala', 'Ja']);
    ws.addRow(['0114', 'Upplands Väsby', '_x001B_[2J_x001B_]0;hackad_x0007_']); // OOXML escapes, read back as ESC and BEL
    const esc = join(tmp, 'esc-2019.xlsx');
    await wb.xlsx.writeFile(esc);
    const { stdout } = await run(['granska', esc]);
    expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(stdout).toContain('"\\x1B[2J\\x1B]0;hackad\\x07"');
    const csv = join(tmp, 'esc.csv');
    writeFileSync(csv, 'kommunkod;indikator;år;värde\n0380;ibic_utredning;2019;\x1b[31mKanske\n');
    const bad = await run(['granska', csv]);
    expect(bad.stderr).not.toContain('\x1b');
    expect(bad.stderr).toContain('\\x1B[31mKanske');
  });

  it('names the files of a folder it does not read', async () => {
    const dir = join(tmp, 'mapp');
    mkdirSync(dir);
    copyFileSync(file, join(dir, 'oj-lss-2019.xlsx'));
    writeFileSync(join(dir, 'läsmig.txt'), 'x');
    const { stderr } = await run(['granska', dir]);
    expect(stderr).toContain(`Varning: Hoppar över en fil i ${dir} som inte är .xlsx, .xlsm eller .csv: läsmig.txt.`);
  });

  it('prints the same as JSON', async () => {
    const { code, stdout } = await run(['granska', file, '--format', 'json']);
    expect(code).toBe(ExitCode.ok);
    const g = JSON.parse(stdout) as Granska;
    expect(g.usable).toBe(true);
    const r = g.files[0]!.reports[0]!;
    expect(r.year).toBe(2019);
    expect(r.unrecognisedColumns.map((c) => [c.sheet, c.column, c.header])).toEqual([['Resultat', 'D', 'Ny fråga om digital tillgänglighet']]);
    expect(r.unreadableCells).toEqual([{ sheet: 'Resultat', cell: 'E3', text: 'Delvis', indicator: 'kompetensplan', unit: '0380' }]);
    expect(r.recognised.map((c) => [c.column, c.indicator])).toEqual([['C', 'ibic_utredning'], ['E', 'kompetensplan'], ['F', 'ovrig_rutin_for_nattfasta']]);
    expect(r.missingKommunerNames).toHaveLength(288);
  });

  it('exits with the input code and the reason when a file cannot be used', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').addRow(['Något', 'helt', 'annat']);
    const bad = join(tmp, 'fel-2019.xlsx');
    await wb.xlsx.writeFile(bad);
    const { code, stdout, stderr } = await run(['granska', file, bad]);
    expect(code).toBe(ExitCode.input);
    expect(stdout).toContain('Fil: ' + bad);
    expect(stdout).toContain('kan INTE användas: Filen fel-2019.xlsx har inget resultatblad');
    expect(stderr).toContain(`${bad} kan inte användas`);
  });

  it('accepts a user catalogue pattern that makes an unknown column known', async () => {
    const kat = join(tmp, 'katalog.json');
    writeFileSync(kat, JSON.stringify({ indikatorer: [{ id: 'sip_vuxna', patterns: { '2019': ['Rutin för nattfasta'] } }] }));
    const { code, stdout } = await run(['granska', file, '--katalog', kat, '--format', 'json']);
    expect(code).toBe(ExitCode.ok);
    const r = (JSON.parse(stdout) as Granska).files[0]!.reports[0]!;
    expect(r.recognised.map((c) => c.indicator)).toContain('sip_vuxna');
    expect(r.unrecognisedColumns.map((c) => c.column)).toEqual(['D']);
  });
});
