import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OjError } from '../../src/errors.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { loadDataSetWithReport, loadExampleDataWithReport } from '../../src/load/dataset.ts';
import type { ImportReport } from '../../src/load/report.ts';
import { getValue, type DataSet } from '../../src/model/types.ts';

const SPELLINGS = ['-', '–', '..', '.', '', 'Uppgift saknas', 'Ej svar', 'Ej svarat', 'Vet ej', 'x'];
let data: DataSet;
let report: ImportReport;
let tmp: string;

beforeAll(async () => {
  ({ data, report } = await loadExampleDataWithReport());
  tmp = mkdtempSync(join(tmpdir(), 'ojrapport-excel-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('importing the bundled example workbooks', () => {
  it('imports every catalogue indicator for each of its years, and none outside them', () => {
    const catalog = loadCatalog();
    expect(data.years).toEqual([2017, 2018, 2019]);
    for (const f of report.files) {
      const recognised = new Set(f.recognised.map((r) => r.indicator));
      for (const ind of catalog) {
        expect(recognised.has(ind.id), `${ind.id} ${f.year}`).toBe(ind.years.includes(f.year));
      }
      expect(f.indicatorsMissing).toEqual([]);
      expect(f.unrecognisedColumns).toEqual([]);
      expect(f.unreadableCells).toEqual([]);
      expect(f.unrecognisedRows).toEqual([]);
      for (const r of f.recognised) expect(r.column).toMatch(/^[A-Z]+$/);
    }
    for (const ind of catalog) {
      const years = new Set([...data.values.values()].filter((v) => v.indicator === ind.id).map((v) => v.year));
      // The example files are 2017–2019; the catalogue also knows later editions.
      expect([...years].sort(), ind.id).toEqual(ind.years.filter((y) => y <= 2019));
    }
    expect([...data.indicators.keys()]).toEqual(catalog.filter((i) => i.years.some((y) => y <= 2019)).map((i) => i.id));
  });

  it('finds 290 kommuner, 14 stadsdelar, 21 län and riket in every file', () => {
    for (const f of report.files) {
      expect(f.units.found).toEqual({ kommun: 290, stadsdel: 14, lan: 21, riket: 1 });
      expect(f.units.missingKommuner).toEqual([]);
      expect(f.units.missingLan).toEqual([]);
      expect(f.resultSheets).toEqual(['Resultat', 'Bakgrundsmått']);
    }
    const bromma = data.units.get('0180-bromma');
    expect(bromma).toMatchObject({ kind: 'stadsdel', parentCode: '0180', lanCode: '01' });
    expect(data.units.get('03')).toMatchObject({ kind: 'lan', name: 'Uppsala län' });
    expect(data.units.get('00')).toMatchObject({ kind: 'riket' });
  });

  it('has values for Uppsala (0380) with their source cell', () => {
    const v = getValue(data, 2019, 'syst_uppfoljning', '0380');
    expect(v).toBeDefined();
    expect(v!.source).toMatchObject({ file: 'oj-lss-2019-exempeldata.xlsx', sheet: 'Resultat' });
    expect(v!.source!.cell).toMatch(/^D\d+$/);
    expect(['Ja', 'Nej']).toContain(v!.raw);
    expect(v!.value).toBe(v!.raw === 'Ja' ? 1 : 0);
    const pop = getValue(data, 2017, 'bm_invanare', '0380');
    expect(pop?.value).toBe(214559); // reference population 2016-12-31 (data/referens/kommuner.csv)
    expect(pop?.source?.sheet).toBe('Bakgrundsmått');
  });

  it('keeps every missing spelling as missing with its raw text and a null value, in every year', () => {
    for (const year of data.years) {
      const values = [...data.values.values()].filter((v) => v.year === year);
      for (const s of SPELLINGS) {
        const hits = values.filter((v) => v.raw === s);
        expect(hits.length, `"${s}" ${year}`).toBeGreaterThan(0);
        for (const v of hits) {
          expect(v.value).toBeNull();
          expect(v.missing).toBeDefined();
        }
      }
    }
    for (const v of data.values.values()) if (v.missing) expect(v.value).toBeNull();
  });

  it('records sources with sha256 and marks the data as example data', () => {
    expect(data.isExample).toBe(true);
    expect(data.sources.map((s) => [s.kind, s.name, s.year])).toEqual([
      ['exempel', 'oj-lss-2017-exempeldata.xlsx', 2017],
      ['exempel', 'oj-lss-2018-exempeldata.xlsx', 2018],
      ['exempel', 'oj-lss-2019-exempeldata.xlsx', 2019],
    ]);
    for (const s of data.sources) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('importing other layouts', () => {
  it('finds a single header row by text, numeric codes, rich text, formulas, percent cells and odd rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Info').getCell('A1').value = 'Öppna jämförelser 2018 – LSS';
    const ws = wb.addWorksheet('Kommuner');
    ws.getCell('B2').value = 'Kommunkod';
    ws.getCell('C2').value = 'Kommun';
    ws.getCell('D2').value = 'Helt okänd kolumn';
    ws.getCell('E2').value = 'IBIC  används vid alla utredningar (LSS\u00a0vuxna)';
    ws.getCell('F2').value = { richText: [{ text: 'Andel personer i daglig verksamhet ' }, { text: 'med aktuell genomförandeplan' }] };
    ws.addRow([null, 380, 'Uppsala', 'foo', { formula: 'IF(1,"Ja","Nej")', result: 'Ja' }, 0.455]);
    ws.getCell('F3').numFmt = '0.0%';
    ws.addRow([null, null, 'Stockholms stad, Bromma', 'foo', '\u00a0Nej\u00a0', 'Ej svarat']);
    ws.addRow([null, null, 'Okänd ort', 'foo', 'Ja', 12]);
    ws.addRow([null, '00', 'Riket', 'foo', '9 %', '71,2']);
    ws.addRow([null, null, 'Källa: Socialstyrelsen']);
    const file = join(tmp, 'egen-layout.xlsx');
    await wb.xlsx.writeFile(file);

    const { data: d, report: r } = await loadDataSetWithReport([file]);
    const f = r.files[0]!;
    expect(f.year).toBe(2018);
    expect(d.isExample).toBe(false);
    expect(d.sources[0]).toMatchObject({ kind: 'excel', name: 'egen-layout.xlsx', year: 2018 });
    expect(f.recognised.map((c) => [c.column, c.indicator])).toEqual([['E', 'ibic_utredning'], ['F', 'genomforandeplan_dv']]);
    expect(f.unrecognisedColumns).toEqual([{ sheet: 'Kommuner', column: 'D', header: 'Helt okänd kolumn' }]);
    // A footnote row without values is neither a unit nor worth listing.
    expect(f.unrecognisedRows.map((x) => x.text)).toEqual(['Okänd ort']);
    expect(getValue(d, 2018, 'ibic_utredning', '0380')?.value).toBe(1);
    expect(getValue(d, 2018, 'genomforandeplan_dv', '0380')?.value).toBeCloseTo(45.5);
    expect(getValue(d, 2018, 'ibic_utredning', '0180-bromma')).toMatchObject({ value: 0, raw: 'Nej' });
    expect(getValue(d, 2018, 'genomforandeplan_dv', '0180-bromma')).toMatchObject({ value: null, missing: 'ej_svar', raw: 'Ej svarat' });
    expect(getValue(d, 2018, 'ibic_utredning', '00')?.value).toBe(9);
    expect(getValue(d, 2018, 'genomforandeplan_dv', '00')?.value).toBe(71.2);
    expect(f.units.found).toEqual({ kommun: 1, stadsdel: 1, lan: 0, riket: 1 });
    expect(f.units.missingKommuner).toHaveLength(289);
  });

  it('reports unreadable cells instead of guessing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat');
    ws.addRow(['Kod', 'Namn', 'Samlad kompetensplan för handläggare']);
    ws.addRow(['0114', 'Upplands Väsby', 'Delvis']);
    const file = join(tmp, 'oj-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { data: d, report: r } = await loadDataSetWithReport([file]);
    expect(r.files[0]!.year).toBe(2019);
    expect(r.files[0]!.unreadableCells).toEqual([{ sheet: 'Resultat', cell: 'C2', text: 'Delvis', indicator: 'kompetensplan', unit: '0114' }]);
    expect(getValue(d, 2019, 'kompetensplan', '0114')).toMatchObject({ value: null, missing: 'oläsbar', raw: 'Delvis' });
  });

  it('throws an OjError naming the file when no result sheet is recognisable', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').addRow(['Något', 'helt', 'annat']);
    const file = join(tmp, 'fel-fil-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const err = await loadDataSetWithReport([file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OjError);
    expect((err as OjError).message).toContain('fel-fil-2019.xlsx');
    expect((err as OjError).message).toContain('inget resultatblad');
    expect((err as OjError).hint).toMatch(/Namn|Kommun/);
  });
});
