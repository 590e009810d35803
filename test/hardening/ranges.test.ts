// Theme 5: values out of range are unreadable ('oläsbar') with their cell address, never used.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { parseValue } from '../../src/load/missing.ts';
import { getValue } from '../../src/model/types.ts';
import { ojError, tempDir } from './helpers.ts';

const dir = tempDir('ranges');

describe('range checks in parseValue', () => {
  it('rejects shares outside 0–100, negative background measures and more than 10 000 per 10 000', () => {
    const bad = { value: null, missing: 'oläsbar' };
    expect(parseValue('140', 'andel', 'kommun', '%')).toEqual(bad);
    expect(parseValue('-3', 'andel', 'kommun', '%')).toEqual(bad);
    expect(parseValue('−3', 'janej', 'lan')).toEqual(bad);
    expect(parseValue(-1, 'bakgrund', 'kommun', 'invånare')).toEqual(bad);
    expect(parseValue('101', 'bakgrund', 'kommun', '%')).toEqual(bad);
    expect(parseValue('10 001', 'bakgrund', 'kommun', 'per 10 000 invånare')).toEqual(bad);
    expect(parseValue('10 000', 'bakgrund', 'kommun', 'per 10 000 invånare 0–22 år')).toEqual({ value: 10000 });
    expect(parseValue('2 500 000', 'bakgrund', 'riket', 'invånare')).toEqual({ value: 2500000 });
    expect(parseValue('0', 'bakgrund', 'kommun', '%')).toEqual({ value: 0 });
  });
});

describe('out-of-range cells in a workbook', () => {
  it('marks them unreadable with their address in the import report', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat');
    ws.addRow(['Kod', 'Kommun', 'Andel personer i daglig verksamhet med aktuell genomförandeplan', 'Andel handläggare med socionomexamen', 'Personer med daglig verksamhet enligt LSS, antal per 10 000 invånare', 'Invånare totalt, antal']);
    ws.addRow(['0380', 'Uppsala', 140, 82, 12001, -5]);
    ws.addRow(['0114', 'Upplands Väsby', '-3', '101 %', 45, 46000]);
    ws.addRow(['0180', 'Stockholm', 1.4, 0.82, 40, 950000]);
    ws.getCell('C4').numFmt = '0%'; // shown as 140 %
    ws.getCell('D4').numFmt = '0%'; // shown as 82 %
    ws.addRow(['00', 'Riket', 71.2, 80, 60, 10230000]);
    const file = join(dir, 'intervall-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { data, report } = await loadDataSetWithReport([file]);
    const f = report.files[0]!;
    expect(f.recognised.map((r) => r.indicator)).toEqual(['genomforandeplan_dv', 'bm_socionomer', 'bm_daglig_verksamhet', 'bm_invanare']);
    expect(f.unreadableCells.map((c) => [c.cell, c.text]).sort()).toEqual([
      ['C2', '140'], ['C3', '-3'], ['C4', '1.4'], ['D3', '101 %'], ['E2', '12001'], ['F2', '-5'],
    ]);
    expect(getValue(data, 2019, 'genomforandeplan_dv', '0380')).toMatchObject({ value: null, missing: 'oläsbar', raw: '140' });
    expect(getValue(data, 2019, 'bm_socionomer', '0180')?.value).toBe(82);
    expect(getValue(data, 2019, 'bm_invanare', '0114')?.value).toBe(46000);
  });

  it('marks 0–1 fractions among 0–100 percentages unreadable (the minority scale), and warns when fractions dominate', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat');
    ws.addRow(['Kod', 'Kommun', 'Andel personer i daglig verksamhet med aktuell genomförandeplan', 'Andel personer i bostad med särskild service med aktuell genomförandeplan']);
    ws.addRow(['0380', 'Uppsala', 45, 0.45]);
    ws.addRow(['0114', 'Upplands Väsby', '0,62', 0.5]);
    ws.addRow(['0180', 'Stockholm', 80, 0.7]);
    ws.addRow(['1480', 'Göteborg', 0.5, 60]);
    ws.getCell('C5').numFmt = '0.0%'; // a real percent cell: 50 %, not a fraction
    ws.addRow(['00', 'Riket', 71, 0.66]);
    const file = join(dir, 'skala-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { data, report } = await loadDataSetWithReport([file]);
    const f = report.files[0]!;
    expect(f.unreadableCells.map((c) => c.cell).sort()).toEqual(['C3', 'D5']);
    expect(getValue(data, 2019, 'genomforandeplan_dv', '1480')?.value).toBe(50);
    expect(getValue(data, 2019, 'genomforandeplan_dv', '0114')).toMatchObject({ value: null, missing: 'oläsbar' });
    expect(f.warnings).toHaveLength(1);
    expect(f.warnings[0]).toMatch(/kolumn D \(genomforandeplan_bostad\).*mellan 0 och 1/);
  });

  it('in a CSV: an out-of-range or mixed-scale value is an error naming the line', async () => {
    const head = 'kommunkod;indikator;år;värde\n';
    const cases: [string, RegExp][] = [
      ['0380;genomforandeplan_dv;2019;140\n', /rad 2: värdet "140" för genomforandeplan_dv går inte att läsa/],
      ['0380;bm_invanare;2019;-5\n', /rad 2: värdet "-5" för bm_invanare/],
      ['0380;bm_boende;2019;20000\n', /rad 2: värdet "20000" för bm_boende/],
      ['0380;genomforandeplan_dv;2019;45\n0114;genomforandeplan_dv;2019;0,5\n0180;genomforandeplan_dv;2019;60\n', /rad 3: värdet "0,5" .*andelar 0–1 och procent 0–100 blandas/],
    ];
    for (const [body, re] of cases) {
      const file = join(dir, 'intervall.csv');
      writeFileSync(file, head + body);
      const e = await ojError(loadDataSetWithReport([file]));
      expect(e.message).toMatch(re);
    }
  });
});
