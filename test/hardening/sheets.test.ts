// Theme 3: no recognisable result sheet, or a sheet whose kommun rows are all unknown.
import { describe, expect, it } from 'vitest';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { getValue } from '../../src/model/types.ts';
import { HEADER, ojError, tempDir, workbook } from './helpers.ts';

const dir = tempDir('sheets');

describe('a workbook without a usable result sheet', () => {
  it('names the sheets when no table is found', async () => {
    const file = await workbook(dir, 'inget-2019.xlsx', [['Om filen'], ['Öppna jämförelser 2019']], 'Information');
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/inget-2019\.xlsx har inget resultatblad.*blad: Information/);
    expect(e.hint).toMatch(/"Namn" eller "Kommun"/);
  });

  it('names the sheet, the name column and example rows when no row is a known unit', async () => {
    const file = await workbook(dir, 'okanda-2019.xlsx', [HEADER, ['9901', 'Storstad', 'Ja', 40], ['9902', 'Lillby', 'Nej', 50], ['9903', 'Mellanå', 'Ja', 60], ['9904', 'Fjärde', 'Ja', 60]], 'Kommunerna');
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toBe('Filen okanda-2019.xlsx, bladet "Kommunerna": kolumnen "Kommun" (B1) finns, men ingen rad under den känns igen som kommun, län eller riket (t.ex. rad 2 "Storstad", rad 3 "Lillby", rad 4 "Mellanå").');
    expect(e.hint).toMatch(/kommunkod.*0380/);
  });

  it('refuses a sheet where only riket is known and every kommun row is unknown', async () => {
    const file = await workbook(dir, 'bara-riket-2019.xlsx', [HEADER, ['00', 'Riket', 30, 40], ['9901', 'Storstad', 'Ja', 40], ['9902', 'Lillby', 'Nej', 50]]);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/bara-riket-2019\.xlsx: ingen kommun kändes igen på bladet "Resultat" \(t\.ex\. rad 3 "9901 Storstad", rad 4 "9902 Lillby"\)/);
  });

  it('keeps a file where some rows are unknown, and lists them in the import report', async () => {
    const file = await workbook(dir, 'delvis-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Ja', 40], ['9902', 'Lillby', 'Nej', 50]]);
    const { report } = await loadDataSetWithReport([file]);
    expect(report.files[0]!.unrecognisedRows).toEqual([{ sheet: 'Resultat', row: 3, text: '9902 Lillby' }]);
  });
});

describe('a second result sheet', () => {
  async function twoSheets(name: string, second: ExcelJS.CellValue[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    for (const [sheet, rows] of [['Resultat', [HEADER, ['0380', 'Uppsala', 'Ja', 40], ['0114', 'Upplands Väsby', 'Nej', 50]]], ['Resultat (2)', second]] as const) {
      const ws = wb.addWorksheet(sheet);
      for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
    }
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('that disagrees with the first is refused naming both cells', async () => {
    const file = await twoSheets('tva-blad-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Nej', 40]]);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toBe('Filen tva-blad-2019.xlsx: Uppsala (0380) har olika värden för kompetensplan 2019 på bladet "Resultat" (C2 "Ja") och bladet "Resultat (2)" (C2 "Nej").');
  });

  it('that repeats the same values is accepted', async () => {
    const file = await twoSheets('samma-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Ja', 40]]);
    const { data } = await loadDataSetWithReport([file]);
    expect(getValue(data, 2019, 'kompetensplan', '0380')?.value).toBe(1);
  });
});
