import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OjError } from '../../src/errors.ts';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { loadInput } from '../../src/load/input.ts';
import { getValue } from '../../src/model/types.ts';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ojrapport-csv-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function csv(name: string, text: string): string {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

const SEMI = [
  'kommunkod;indikator;år;värde',
  '0380;ibic_utredning;2019;Ja',
  '0380;ibic_utredning;2018;Nej',
  '0114;ibic_utredning;2019;Ej svar',
  '0180-bromma;ibic_utredning;2019;nej',
  '03;ibic_utredning;2019;40,5',
  '00;ibic_utredning;2019;9 %',
  '0380;genomforandeplan_dv;2019;45,5',
  '0380;bm_invanare;2019;230 000',
  '0114;genomforandeplan_dv;2019;',
  '0114;kompetensplan;2019;-',
  '',
].join('\n');

async function check(file: string): Promise<void> {
  const { data, report } = await loadDataSetWithReport([file]);
  expect(data.years).toEqual([2018, 2019]);
  expect(data.sources[0]).toMatchObject({ kind: 'csv' });
  expect(getValue(data, 2019, 'ibic_utredning', '0380')).toMatchObject({ value: 1, raw: 'Ja' });
  expect(getValue(data, 2018, 'ibic_utredning', '0380')).toMatchObject({ value: 0 });
  expect(getValue(data, 2019, 'ibic_utredning', '0114')).toMatchObject({ value: null, missing: 'ej_svar' });
  expect(getValue(data, 2019, 'ibic_utredning', '0180-bromma')).toMatchObject({ value: 0 });
  expect(getValue(data, 2019, 'ibic_utredning', '03')?.value).toBe(40.5);
  expect(getValue(data, 2019, 'ibic_utredning', '00')?.value).toBe(9);
  expect(getValue(data, 2019, 'genomforandeplan_dv', '0380')?.value).toBe(45.5);
  expect(getValue(data, 2019, 'bm_invanare', '0380')?.value).toBe(230000);
  expect(getValue(data, 2019, 'genomforandeplan_dv', '0114')).toMatchObject({ value: null, missing: 'tom' });
  expect(getValue(data, 2019, 'kompetensplan', '0114')).toMatchObject({ value: null, missing: 'saknas' });
  expect(getValue(data, 2019, 'ibic_utredning', '0380')?.source?.cell).toBe('rad 2');
  const r2019 = report.files.find((f) => f.year === 2019)!;
  expect(r2019).toMatchObject({ kind: 'csv', valueCount: 9 });
  expect(r2019.units.found).toEqual({ kommun: 2, stadsdel: 1, lan: 1, riket: 1 });
}

describe('long CSV format', () => {
  it('reads semicolon-separated UTF-8 with decimal comma', async () => {
    await check(csv('lang.csv', SEMI));
  });

  it('reads comma-separated files with a BOM, CRLF and quoted decimal commas', async () => {
    const text = '\ufeff' + SEMI.split('\n').map((l) => l.split(';').map((c) => (c.includes(',') || c.includes(' ') ? `"${c}"` : c)).join(',')).join('\r\n');
    await check(csv('komma.csv', text));
  });

  it('accepts the columns in another order and Kolada-style ids', async () => {
    const { data } = await loadDataSetWithReport([csv('ordning.csv', 'År,Värde,Indikator,Kommunkod\n2019,12,ibic_utredning,0000\n2019,30,ibic_utredning,0003\n')]);
    expect(getValue(data, 2019, 'ibic_utredning', '00')?.value).toBe(12);
    expect(getValue(data, 2019, 'ibic_utredning', '03')?.value).toBe(30);
  });

  it('names the file and line of a bad line', async () => {
    const cases: [string, RegExp][] = [
      ['kommunkod;indikator;år;värde\n0380;ibic_utredning;2019;Ja\n\n0114;ibic_utredning;2019;Kanske\n', /dålig\.csv, rad 4: värdet "Kanske"/],
      ['kommunkod;indikator;år;värde\n0380;ibic_utredningar;2019;Ja\n', /dålig\.csv, rad 2: okänd indikator "ibic_utredningar"/],
      ['kommunkod;indikator;år;värde\n9999;ibic_utredning;2019;Ja\n', /dålig\.csv, rad 2: okänd kommunkod "9999"/],
      ['kommunkod;indikator;år;värde\n0380;ibic_utredning;19;Ja\n', /dålig\.csv, rad 2: ogiltigt år "19"/],
      ['kommunkod;indikator;år;värde\n0380;ibic_utredning;2019;Ja\n0380;ibic_utredning;2019;Nej\n', /dålig\.csv, rad 3: .*finns redan på rad 2/],
      ['kommun;indikator;år;värde\n0380;ibic_utredning;2019;Ja\n', /dålig\.csv: rubrikraden saknar kolumnen "kommunkod"/],
    ];
    for (const [text, re] of cases) {
      const err = await loadDataSetWithReport([csv('dålig.csv', text)]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OjError);
      expect((err as OjError).message).toMatch(re);
    }
  });

  it('refuses rows whose field count differs from the header, and a decimal comma in a comma-separated file', async () => {
    const cases: [string, string][] = [
      ['kommunkod,indikator,år,värde\n0380,ibic_utredning,2019,Ja\n0380,genomforandeplan_dv,2019,45,5\n',
        'dålig.csv, rad 3: raden har 5 fält men rubrikraden har 4. Filen är kommaavgränsad, så ett tal med decimalkomma (t.ex. 45,5) delas i två fält.'],
      ['kommunkod;indikator;år;värde\n0380;genomforandeplan_dv;2019;45;extra\n', 'dålig.csv, rad 2: raden har 5 fält men rubrikraden har 4.'],
      ['kommunkod;indikator;år;värde\n0380;genomforandeplan_dv;2019\n', 'dålig.csv, rad 2: raden har 3 fält men rubrikraden har 4.'],
      // A quoted newline spans two lines: the bad row after it is on line 4, not 3.
      ['kommunkod;indikator;år;värde;kommentar\n0380;ibic_utredning;2019;Ja;"två\nrader"\n0114;ibic_utredning;2019;Kanske;x\n', 'dålig.csv, rad 4: värdet "Kanske"'],
      ['kommunkod;indikator;år;värde;Värde\n0380;ibic_utredning;2019;Ja;Nej\n', 'dålig.csv: rubrikraden har två kolumner för värde: kolumn 4 "värde" och kolumn 5 "Värde".'],
    ];
    for (const [text, msg] of cases) {
      const err = await loadDataSetWithReport([csv('dålig.csv', text)]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OjError);
      expect((err as OjError).message).toContain(msg);
    }
    const hint = (await loadDataSetWithReport([csv('dålig.csv', cases[0]![0])]).catch((e: OjError) => e)) as OjError;
    expect(hint.hint).toContain('Använd semikolon som avgränsare');
    // Trailing empty fields (as Excel may write them) are harmless.
    const { data } = await loadDataSetWithReport([csv('tomma.csv', 'kommunkod;indikator;år;värde;\n0380;genomforandeplan_dv;2019;45,5;\n')]);
    expect(getValue(data, 2019, 'genomforandeplan_dv', '0380')?.value).toBe(45.5);
  });

  it('is picked up from a folder next to Excel files by loadInput', async () => {
    const dir = join(tmp, 'mapp');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.csv'), SEMI);
    writeFileSync(join(dir, 'anteckning.txt'), 'inte data');
    const { data } = await loadInput({ data: [dir] });
    expect(getValue(data, 2019, 'ibic_utredning', '0380')?.value).toBe(1);
  });
});
