// --lokal never drops the team's work without a word: damaged workbooks and units without one are named,
// an empty folder or a file where a folder is needed is refused, and JSON output carries the team's content.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/capture.ts';
import { edit, sheet } from '../underlag/helpers.ts';

const WHY = 'Rutinen är inte beslutad än – ”ibland”.';

describe('--lokal input', () => {
  const out = mkdtempSync(join(tmpdir(), 'ojr-lokal-in-'));
  const folder = join(out, 'ifyllda');
  let uppsala = '';

  beforeAll(async () => {
    mkdirSync(folder);
    for (const k of ['Uppsala', 'Enköping']) {
      const r = await run(['underlag', k, '--ar', '2019', '--ut', out]);
      expect(r.code, r.stderr).toBe(0);
      if (k === 'Uppsala') uppsala = r.stdout.trim();
      else renameSync(r.stdout.trim(), join(folder, 'enkoping.xlsx'));
    }
    await edit(uppsala, (wb) => {
      const ws = sheet(wb, 'Analys');
      ws.getCell(3, 5).value = WHY;
      ws.getCell(3, 7).value = 1;
    });
    writeFileSync(join(folder, 'uppsala-trasig.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
  }, 300_000);

  it('names the damaged workbook and the kommun without one', async () => {
    const r = await run(['kommun', 'Uppsala', '--ar', '2019', '--lokal', folder, '--format', 'json', '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Varning: En fil i .*ifyllda gick inte att läsa som underlag och används inte: uppsala-trasig\.xlsx \(Filen uppsala-trasig\.xlsx/);
    expect(r.stderr).toContain('har inget underlag för Uppsala (0380) 2019; rapporten görs utan arbetsgruppens analys.');
  }, 300_000);

  it('refuses an empty folder, and a file where lan needs a folder', async () => {
    const empty = join(out, 'tom');
    mkdirSync(empty);
    const r = await run(['kommun', 'Uppsala', '--ar', '2019', '--lokal', empty, '--format', 'json', '--ut', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`Katalogen ${empty} innehåller inga underlag från "ojrapport underlag".`);
    const l = await run(['lan', 'Uppsala', '--ar', '2019', '--lokal', uppsala, '--ut', out]);
    expect(l.code).not.toBe(0);
    expect(l.stderr).toContain(`--lokal ${uppsala} är en fil, men här behövs en katalog med underlag.`);
  }, 300_000);

  it('--format json --lokal FILE includes the team\'s analysis', async () => {
    const r = await run(['kommun', 'Uppsala', '--ar', '2019', '--lokal', uppsala, '--format', 'json', '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, '2019', '0380-uppsala.json'), 'utf8'));
    expect(doc.lokal_analys.fil).toBe('0380-uppsala-underlag.xlsx');
    expect(doc.lokal_analys.forklaringar[0]).toMatchObject({ why: WHY, priority: 1 });
  }, 300_000);
});
