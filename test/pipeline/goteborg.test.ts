// `kommun` on a user's file: Göteborg with stadsdelsnämnder gets the whole-kommun report plus one per nämnd, and a
// kommun the file lacks is named with what the file holds.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.ts';
import { run } from '../cli/capture.ts';

const dir = mkdtempSync(join(tmpdir(), 'ojr-gbg-'));
const file = join(dir, 'oj-lss-2019.xlsx');

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Resultat');
  ws.addRow(['Kod', 'Kommun', 'Samlad kompetensplan för handläggare', 'IBIC används vid alla utredningar (LSS vuxna)', 'Rutin för hälsofrämjande arbete']);
  const rows: string[][] = [
    ['1480', 'Göteborg', 'Ja', 'Ja', 'Nej'], ['', 'Angered', 'Nej', 'Ja', 'Ja'], ['', 'Västra Göteborg', 'Ja', 'Nej', 'Ja'], ['', 'Centrum', 'Ja', 'Ja', 'Ja'],
    ['1401', 'Härryda', 'Nej', 'Nej', 'Ja'], ['1402', 'Partille', 'Ja', 'Nej', 'Nej'], ['14', 'Västra Götalands län', '60', '40', '50'], ['00', 'Riket', '55', '45', '62'],
  ];
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
});

describe('kommun on a file with Göteborg stadsdelsnämnder', () => {
  it('writes the whole-kommun report and one per stadsdelsnämnd', async () => {
    const out = join(dir, 'ut');
    const r = await run(['kommun', 'Göteborg', '--data', file, '--format', 'json', '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Göteborg redovisas också per stadsdelsnämnd: 3 rapporter');
    expect(readdirSync(join(out, '2019')).sort()).toEqual([
      '1480-goteborg-angered.json', '1480-goteborg-centrum.json', '1480-goteborg-vastra-goteborg.json', '1480-goteborg.json',
    ]);
  }, 300_000);

  it('analyses and shows a column the catalogue does not know, with a note saying so', async () => {
    const out = join(dir, 'ut-html');
    const r = await run(['kommun', 'Partille', '--data', file, '--format', 'html', '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(out, '2019', '1402-partille.html'), 'utf8');
    expect(html).toContain('Rutin för hälsofrämjande arbete');
    expect(html).toContain('Finns inte i indikatorkatalogen');
  }, 300_000);

  it('names the kommun the file lacks and what the file holds', async () => {
    const r = await run(['kommun', '0380', '--data', file, '--format', 'json', '--ut', join(dir, 'ut2')]);
    expect(r.code).toBe(ExitCode.input);
    expect(r.stderr).toContain('Underlaget har ingen rad för Uppsala (0380). Det innehåller Angered, Centrum, Göteborg, Härryda, Partille, Västra Göteborg (oj-lss-2019.xlsx).');
  }, 300_000);
});
