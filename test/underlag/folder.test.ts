import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles } from '../../src/load/dataset.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { memoryLogger } from '../../src/log.ts';
import { indexLokalFolder, openLokalFolder, pickLokalFile, readLokalFor } from '../../src/underlag/folder.ts';
import { analysisFor, edit, freshUnderlag, rowOfId, sheet, tempDir, uppsala } from './helpers.ts';

let analysis: UnitAnalysis;
let dir: string;

beforeAll(async () => {
  analysis = await uppsala();
  dir = tempDir();
  // Uppsala's workbook under a name of the team's choosing; Enköping's under Uppsala's file name.
  const own = await freshUnderlag(analysis, tempDir());
  await edit(own, (wb) => {
    const ws = sheet(wb, 'Analys');
    ws.getCell(rowOfId(ws, 'ibic_utredning'), 5).value = 'Uppsalas egen förklaring';
  });
  copyFileSync(own, join(dir, 'var-analys-2019.xlsx'));
  const other = await freshUnderlag(await analysisFor('0381'), tempDir());
  copyFileSync(other, join(dir, '0380-uppsala-underlag.xlsx'));
  copyFileSync(exampleFiles()[0]!, join(dir, 'oj-data.xlsx'));
  writeFileSync(join(dir, 'trasig.xlsx'), 'inte en arbetsbok');
  writeFileSync(join(dir, '~$var-analys-2019.xlsx'), 'låsfil');
});

describe('underlag in a folder', () => {
  it('indexes the underlag workbooks by what they record, skipping other files', async () => {
    const index = await indexLokalFolder(dir);
    expect(index.map((f) => [f.file.slice(dir.length + 1), f.kommunCode, f.year])).toEqual([
      ['0380-uppsala-underlag.xlsx', '0381', 2019],
      ['var-analys-2019.xlsx', '0380', 2019],
    ]);
  });

  it('picks the kommun’s own workbook by the recorded kommunkod, not the file name', async () => {
    const log = memoryLogger();
    const folder = await openLokalFolder(dir, log);
    expect(log.lines).toEqual([expect.stringMatching(/^Varning: 2 filer i .* gick inte att läsa som underlag och används inte: oj-data\.xlsx \(.*; trasig\.xlsx \(/)]);
    expect(pickLokalFile(folder.files, '0380', 2019)).toBe(join(dir, 'var-analys-2019.xlsx'));
    expect(pickLokalFile(folder.files, '0381', 2019)).toBe(join(dir, '0380-uppsala-underlag.xlsx'));
    expect(pickLokalFile(folder.files, '0380', 2018)).toBeUndefined();
    const local = await readLokalFor(folder, analysis);
    expect(local?.explanations.map((e) => e.why)).toEqual(['Uppsalas egen förklaring']);
    expect(await readLokalFor(folder, await analysisFor('0382'))).toBeUndefined();
  });

  it('refuses two workbooks for the same kommun and year', async () => {
    const twice = tempDir();
    copyFileSync(join(dir, 'var-analys-2019.xlsx'), join(twice, 'a.xlsx'));
    copyFileSync(join(dir, 'var-analys-2019.xlsx'), join(twice, 'b.xlsx'));
    const folder = await openLokalFolder(twice, memoryLogger());
    expect(() => pickLokalFile(folder.files, '0380', 2019)).toThrow(/Det finns 2 underlag för Uppsala \(0380\) 2019/);
  });

  it('names a missing folder', async () => {
    await expect(indexLokalFolder(join(dir, 'finns-inte'))).rejects.toThrow(/Katalogen .* finns inte/);
  });
});
