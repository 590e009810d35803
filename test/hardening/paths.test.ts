// Theme 10: paths that do not exist, folders with nothing usable, and files that cannot be read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { fileAccessError } from '../../src/load/filecheck.ts';
import { loadInput } from '../../src/load/input.ts';
import { HEADER, ojError, tempDir, workbook } from './helpers.ts';

const dir = tempDir('paths');

describe('paths given with --data', () => {
  it('names a path that does not exist and suggests a near name', async () => {
    await workbook(dir, 'oj-lss-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Ja', 40]]);
    const e = await ojError(loadInput({ data: [join(dir, 'oj-lss-2018.xlsx')] }));
    expect(e.message).toBe(`Filen eller katalogen ${join(dir, 'oj-lss-2018.xlsx')} finns inte.`);
    expect(e.hint).toMatch(/Menade du oj-lss-2019\.xlsx\?/);
  });

  it('says what a folder without data files holds', async () => {
    const empty = join(dir, 'tom');
    mkdirSync(empty);
    expect((await ojError(loadInput({ data: [empty] }))).message).toMatch(/tom innehåller inga \.xlsx- eller \.csv-filer och inga Kolada-data \(den är tom\)/);
    const other = join(dir, 'annat');
    mkdirSync(other);
    writeFileSync(join(other, 'anteckning.txt'), 'x');
    expect((await ojError(loadInput({ data: [other] }))).message).toMatch(/\(den innehåller: anteckning\.txt\)/);
    // An .xls file is read, and refused as such (not skipped).
    writeFileSync(join(other, 'gammal-2019.xls'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]));
    const e = await ojError(loadInput({ data: [other] }));
    expect(e.message).toMatch(/gammal-2019\.xls är inte en Excelfil \(\.xlsx\): den är i det äldre formatet \.xls/);
  });

  it('stops at the first unusable file of a folder, naming it', async () => {
    const mixed = join(dir, 'blandat');
    mkdirSync(mixed);
    await workbook(mixed, 'a-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Ja', 40]]);
    writeFileSync(join(mixed, 'b-2019.xlsx'), 'inte excel');
    expect((await ojError(loadInput({ data: [mixed] }))).message).toMatch(/b-2019\.xlsx är inte en Excelfil/);
  });

  it('refuses a folder passed where a file is read', async () => {
    const e = await ojError(loadDataSetWithReport([dir]));
    expect(e.message).toMatch(/är en katalog, inte en fil/);
  });

  it('explains errors reading a file by their code', () => {
    const f = '/data/oj-2019.xlsx';
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(fileAccessError(f, err('EACCES')).message).toBe('Filen /data/oj-2019.xlsx kunde inte läsas: behörighet saknas.');
    expect(fileAccessError(f, err('EACCES')).hint).toMatch(/får läsa filen/);
    expect(fileAccessError(f, err('EPERM')).message).toMatch(/behörighet saknas/);
    expect(fileAccessError(f, err('EBUSY')).message).toMatch(/låst av ett annat program/);
    expect(fileAccessError(f, err('EIO')).message).toMatch(/kunde inte läsas \(EIO\)/);
    expect(fileAccessError(f, err('ENOENT'), 'Regelfilen').message).toBe('Regelfilen /data/oj-2019.xlsx finns inte.');
  });

});
