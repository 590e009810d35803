// Files in a --data folder are read or refused, never skipped silently: .xlsm is read, .xls refused with the
// usual advice, anything else named on stderr, and an underlag workbook recognised as such.
import { copyFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { OjError } from '../../src/errors.ts';
import { loadInput } from '../../src/load/input.ts';
import { dataPath } from '../../src/paths.ts';
import { run } from '../cli/capture.ts';

const example = (y: number) => dataPath('exempel', `oj-lss-${y}-exempeldata.xlsx`);

/** The example workbook saved as a macro-enabled workbook (.xlsm): same parts, macro content type. */
async function xlsm(from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(from));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'));
  writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer' }));
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ojr-skipped-'));
  copyFileSync(example(2018), join(dir, 'oj-lss-2018.xlsx'));
  return dir;
}

describe('files in a --data folder', () => {
  it('reads .xlsm and names every other file on stderr', async () => {
    const dir = folder();
    await xlsm(example(2019), join(dir, 'oj-lss-2019.xlsm'));
    writeFileSync(join(dir, 'anteckningar.txt'), 'hej');
    const { data, report } = await loadInput({ data: [dir] });
    expect(data.years).toEqual([2018, 2019]);
    expect(report.warnings).toContain(`Hoppar över en fil i ${dir} som inte är .xlsx, .xlsm eller .csv: anteckningar.txt.`);
  }, 300_000);

  it('refuses an .xls file with the usual advice instead of falling back to an older year', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'oj-lss-2019.xls'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]));
    const err = await loadInput({ data: [dir] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OjError);
    expect((err as OjError).message).toBe('Filen oj-lss-2019.xls är inte en Excelfil (.xlsx): den är i det äldre formatet .xls (Excel 97–2003).');
  }, 300_000);

  it('recognises an underlag workbook in the data folder', async () => {
    const dir = folder();
    const out = mkdtempSync(join(tmpdir(), 'ojr-skipped-u-'));
    const r = await run(['underlag', '0380', '--ar', '2018', '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
    renameSync(r.stdout.trim(), join(dir, '0380-uppsala-underlag.xlsx'));
    const err = await loadInput({ data: [join(dir, '0380-uppsala-underlag.xlsx')] }).catch((e: unknown) => e);
    expect((err as OjError).message).toBe('Filen 0380-uppsala-underlag.xlsx är ett lokalt analysunderlag (från "ojrapport underlag"), inte en resultatfil från Öppna jämförelser.');
    expect((err as OjError).hint).toContain('Ange underlaget med --lokal');
  }, 300_000);
});
