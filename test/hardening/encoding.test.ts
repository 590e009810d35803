// Theme 9: CSV files in Windows-1252/Latin-1 are read with a warning; UTF-16 and binary files are refused.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../src/load/csv.ts';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { getValue } from '../../src/model/types.ts';
import { ojError, tempDir } from './helpers.ts';

const dir = tempDir('encoding');
const TEXT = 'kommunkod;indikator;år;värde\n0380;ibic_utredning;2019;Ja\n0380;genomforandeplan_dv;2019;45,5\n0114;kompetensplan;2019;Uppgift saknas\n';

/** Windows-1252 for the Swedish letters (Latin-1 is the same for these). */
function cp1252(s: string): Buffer {
  const map: Record<string, number> = { å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6, '–': 0x96 };
  return Buffer.from([...s].map((c) => map[c] ?? c.charCodeAt(0)));
}

describe('CSV encodings', () => {
  it('reads Windows-1252 (invalid UTF-8 with å/ä/ö) correctly and warns in the import report', async () => {
    const file = join(dir, 'latin1.csv');
    writeFileSync(file, cp1252(TEXT));
    const { data, report } = await loadDataSetWithReport([file]);
    expect(getValue(data, 2019, 'genomforandeplan_dv', '0380')?.value).toBe(45.5);
    expect(getValue(data, 2019, 'kompetensplan', '0114')).toMatchObject({ value: null, missing: 'saknas' });
    expect(report.files[0]!.warnings).toEqual([expect.stringMatching(/latin1\.csv är inte sparad som UTF-8; den lästes som Windows-1252\/Latin-1/)]);
    expect(decodeCsv(cp1252('år;värde;Göteborg – Öst'), 'x.csv').text).toBe('år;värde;Göteborg – Öst');
  });

  it('reads UTF-8 with and without BOM without a warning', async () => {
    for (const [name, bytes] of [['utf8.csv', Buffer.from(TEXT)], ['bom.csv', Buffer.from(`\ufeff${TEXT}`)]] as const) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const { report } = await loadDataSetWithReport([file]);
      expect(report.files[0]!.warnings).toEqual([]);
    }
  });

  it('refuses UTF-16 (with or without BOM) with a message saying to save as UTF-8', async () => {
    for (const [name, bytes] of [
      ['utf16le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
      ['utf16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
      ['utf16-utan-bom.csv', Buffer.from(TEXT, 'utf16le')],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const e = await ojError(loadDataSetWithReport([file]));
      expect(e.message).toBe(`${name} är sparad som UTF-16 (Unicode-text), som inte kan läsas.`);
      expect(e.hint).toMatch(/CSV UTF-8/);
    }
  });

  it('refuses an Excel file or binary data named .csv, and an empty CSV', async () => {
    const { readFileSync } = await import('node:fs');
    const { dataPath } = await import('../../src/paths.ts');
    const cases: [string, Buffer, RegExp][] = [
      ['excel.csv', readFileSync(dataPath('exempel', 'oj-lss-2019-exempeldata.xlsx')), /excel\.csv är en Excelfil, inte en CSV-fil/],
      ['binar.csv', Buffer.from(Array.from({ length: 400 }, (_, i) => i % 7)), /binar\.csv är inte en textfil/],
      ['tom.csv', Buffer.alloc(0), /tom\.csv är tom/],
    ];
    for (const [name, bytes, re] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      expect((await ojError(loadDataSetWithReport([file]))).message).toMatch(re);
    }
  });
});

describe('CSV syntax', () => {
  it('explains a broken quote in Swedish, with the line', async () => {
    const file = join(dir, 'citat.csv');
    writeFileSync(file, 'kommunkod;indikator;år;värde\n0380;ibic_utredning;2019;Ja\n0380;"ibic;2019;Ja\n');
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/citat\.csv, rad \d: CSV-filen kunde inte tolkas: ett citattecken \(\"\) avslutas aldrig/);
  });
});
