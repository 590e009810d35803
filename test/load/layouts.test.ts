import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import type { DataSet, MissingReason } from '../../src/model/types.ts';
import { canonical, FULL, INDICATORS, JANEJ, SHORT, UNIT_ORDER, UNITS, writeTable, YEAR, type Column, type Ind } from './layouts.ts';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ojrapport-layouts-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MISSING: Record<string, MissingReason> = {
  '-': 'saknas', '–': 'saknas', '..': 'saknas', '.': 'saknas', '': 'tom', 'Uppgift saknas': 'saknas',
  'Ej svar': 'ej_svar', 'Ej svarat': 'ej_svar', 'Vet ej': 'vet_ej', x: 'skyddad',
};

/** The data model every layout must produce, worked out from the canonical table by hand rules. */
function expected(): Map<string, { value: number | null; missing?: MissingReason }> {
  const out = new Map<string, { value: number | null; missing?: MissingReason }>();
  for (const u of UNIT_ORDER) {
    for (const ind of INDICATORS) {
      const c = canonical(u, ind);
      const v = typeof c === 'number' ? { value: c } : c === 'Ja' ? { value: 1 } : c === 'Nej' ? { value: 0 } : { value: null, missing: MISSING[c]! };
      out.set(`${YEAR}|${ind}|${u}`, v);
    }
  }
  return out;
}

/** Values without `source` (and without `raw`, which differs where a layout writes 45,5 as 0.455 or "45,5 %"). */
function model(d: DataSet): Map<string, { value: number | null; missing?: MissingReason }> {
  return new Map([...d.values].map(([k, v]) => [k, v.missing ? { value: v.value, missing: v.missing } : { value: v.value }]));
}

const cols = (start: number, headers: Record<Ind, string[]>, inds: readonly Ind[] = INDICATORS, depth = 3): Column[] =>
  inds.map((ind, i) => ({ col: start + i, ind, headers: headers[ind].slice(0, depth) }));

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const LAYOUTS: Record<string, () => Promise<string>> = {
  /** Like the bundled example: title, three stacked header rows, merged område and key labels, riket last. */
  async standard() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat');
    ws.getCell('A1').value = `Öppna jämförelser ${YEAR} – Stöd till personer med funktionsnedsättning – LSS`;
    writeTable(ws, {
      top: 3, depth: 3, mergeKeys: true, mergeHeaders: true, form: 'number', units: UNIT_ORDER,
      keys: [
        { col: 1, label: 'Kod', text: (u) => UNITS[u]!.kod },
        { col: 2, label: 'Namn', text: (u) => UNITS[u]!.namn },
        { col: 3, label: 'Län', text: () => '' },
      ],
      columns: cols(4, FULL),
    });
    return save(wb, 'resultat-a.xlsx');
  },
  /** One header row, key columns in the middle, columns shuffled, län and riket first, fractions with % format. */
  async shuffled() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    const order = ['00', '03', '01', '1480', '0380', '0180-bromma', '0180', '0114'];
    const at: Record<Ind, number> = { bm_invanare: 2, sip_vuxna: 3, ibic_utredning: 5, genomforandeplan_dv: 6, kompetensplan: 8, samv_bup: 9 };
    writeTable(ws, {
      top: 1, depth: 1, form: 'fraction', units: order,
      keys: [
        { col: 4, label: 'Kommun', text: (u) => (u === '0180-bromma' ? 'Bromma stadsdelsområde' : UNITS[u]!.namn) },
        { col: 7, label: 'Kommunkod', text: (u) => UNITS[u]!.kod },
      ],
      columns: INDICATORS.map((ind) => ({ col: at[ind], ind, headers: [FULL[ind][1]!] })),
    });
    return save(wb, `oj-lss-${YEAR}-b.xlsx`);
  },
  /** Two header rows with merged område cells, "kod namn" in one cell, percentages as text, year in the sheet name. */
  async kodNamn() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(`Resultat ${YEAR}`);
    ws.getCell('A1').value = 'Resultat per kommun, stadsdel, län och riket';
    writeTable(ws, {
      top: 3, depth: 2, mergeKeys: true, mergeHeaders: true, form: 'text', units: UNIT_ORDER,
      keys: [{ col: 1, label: 'Kommun', text: (u) => (u === '0180-bromma' ? '0180 Bromma' : `${UNITS[u]!.kod} ${UNITS[u]!.namn}`) }],
      columns: cols(2, FULL, INDICATORS, 2),
    });
    return save(wb, 'c.xlsx');
  },
  /** Results over two sheets in different row orders, padded texts with NBSP, formulas with cached results. */
  async twoSheets() {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Om filen').getCell('B2').value = `Öppna jämförelser ${YEAR}`;
    const keys = [
      { col: 1, label: 'Kod', text: (u: string) => (u === '0180-bromma' ? '0180' : UNITS[u]!.kod) },
      { col: 2, label: 'Namn', text: (u: string) => `\u00a0${u === '0180-bromma' ? 'Stockholms stad, Bromma' : UNITS[u]!.namn}  ` },
    ];
    writeTable(wb.addWorksheet('Ja-nej'), { top: 1, depth: 3, mergeKeys: true, mergeHeaders: true, form: 'number', units: UNIT_ORDER, keys, columns: cols(3, FULL, JANEJ), padded: true, formulas: true });
    const other: Ind[] = ['genomforandeplan_dv', 'bm_invanare'];
    writeTable(wb.addWorksheet('Andelar'), { top: 1, depth: 3, mergeKeys: false, form: 'number', units: [...UNIT_ORDER].reverse(), keys, columns: cols(3, FULL, other), padded: true, formulas: true });
    return save(wb, 'two-sheets.xlsx');
  },
  /** Abbreviated stacked headers, numeric codes, län by name only, "Hela riket" at the top, text percentages. */
  async abbreviated() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = `Öppna jämförelser ${YEAR}`;
    const order = ['00', '0380', '01', '0180', '0180-bromma', '1480', '0114', '03'];
    writeTable(ws, {
      top: 3, depth: 3, mergeKeys: true, mergeHeaders: true, form: 'text', units: order,
      keys: [
        { col: 1, label: 'Kommunkod', text: (u) => (UNITS[u]!.kind === 'kommun' ? Number(u) : null) },
        { col: 2, label: 'Kommun', text: (u) => (u === '00' ? 'Hela riket' : u === '0180-bromma' ? 'Bromma (Stockholm)' : UNITS[u]!.namn) },
      ],
      columns: cols(3, SHORT),
    });
    return save(wb, 'e.xlsx');
  },
};

describe('importing the same results in different workbook layouts', () => {
  it('gives identical data models for every layout', async () => {
    const want = expected();
    for (const [name, build] of Object.entries(LAYOUTS)) {
      const { data, report } = await loadDataSetWithReport([await build()]);
      const f = report.files[0]!;
      expect(f.year, name).toBe(YEAR);
      expect(f.unrecognisedColumns, name).toEqual([]);
      expect(f.unreadableCells, name).toEqual([]);
      expect(f.unrecognisedRows, name).toEqual([]);
      expect(f.units.found, name).toEqual({ kommun: 4, stadsdel: 1, lan: 2, riket: 1 });
      expect(model(data), name).toEqual(want);
      // Answers and missing spellings keep their exact text (trimmed) whatever the layout.
      for (const u of UNIT_ORDER.filter((x) => UNITS[x]!.kind === 'kommun' || UNITS[x]!.kind === 'stadsdel')) {
        for (const ind of JANEJ) expect(data.values.get(`${YEAR}|${ind}|${u}`)!.raw, `${name} ${ind} ${u}`).toBe(canonical(u, ind));
      }
    }
  });

  it('reads two sheets of one file and reports both as result sheets', async () => {
    const { report } = await loadDataSetWithReport([await LAYOUTS['twoSheets']!()]);
    expect(report.files[0]!.resultSheets).toEqual(['Ja-nej', 'Andelar']);
    expect(report.files[0]!.otherSheets).toEqual(['Om filen']);
  });

  it('recognises Göteborg socialförvaltningar from 2021 and takes the year override', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat');
    ws.addRow(['Kod', 'Namn', 'Samlad kompetensplan för handläggare']);
    ws.addRow(['1480', 'Göteborg', 'Ja']);
    ws.addRow(['', 'Göteborg – Socialförvaltning Nordost', 'Nej']);
    ws.addRow(['', 'Göteborgs Stad, SF Hisingen', 'Ja']);
    ws.addRow(['00', 'Riket', '33']);
    const file = await save(wb, 'goteborg-2020.xlsx');
    const catalog = loadCatalog().map((i) => (i.id === 'kompetensplan' ? { ...i, years: [...i.years, 2021] } : i));
    const { data, report } = await loadDataSetWithReport([file], { year: 2021, catalog });
    expect(report.files[0]!.year).toBe(2021);
    expect(data.values.get('2021|kompetensplan|1480-socialforvaltning-nordost')?.value).toBe(0);
    expect(data.values.get('2021|kompetensplan|1480-socialforvaltning-hisingen')?.value).toBe(1);
    expect(data.units.get('1480-socialforvaltning-nordost')).toMatchObject({ kind: 'stadsdel', parentCode: '1480' });
  });
});
