// Theme 4: a unit given twice. Within one file: conflicting values are an error naming both rows, identical
// repeats are dropped. Across files: the later file wins and a warning names both files and cells.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { getValue } from '../../src/model/types.ts';
import { HEADER, ojError, tempDir, workbook } from './helpers.ts';

const dir = tempDir('dup');

describe('duplicated kommun rows', () => {
  it('is an error in one sheet when the values differ, naming both rows and the cells', async () => {
    const file = await workbook(dir, 'dubbel-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Ja', 40], ['0114', 'Upplands Väsby', 'Nej', 50], ['0380', 'Uppsala', 'Nej', 40]]);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toBe('Filen dubbel-2019.xlsx, bladet "Resultat": Uppsala (0380) finns på både rad 2 och rad 4 med olika värden (kompetensplan: C2 "Ja", C4 "Nej").');
    expect(e.hint).toMatch(/Ta bort den felaktiga raden/);
  });

  it('treats a value against a missing value as a conflict too', async () => {
    const file = await workbook(dir, 'dubbel2-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Ja', 40], ['0380', 'Uppsala', 'Ja', '-']]);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/rad 2 och rad 3.*genomforandeplan_dv: D2 "40", D3 "-"/);
  });

  it('accepts an identical repeat (also spelled differently) and keeps the first row', async () => {
    const file = await workbook(dir, 'lika-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Ja', 40], ['0380', 'Uppsala', 'ja', '40,0']]);
    const { data, report } = await loadDataSetWithReport([file]);
    expect(getValue(data, 2019, 'kompetensplan', '0380')).toMatchObject({ value: 1, source: { cell: 'C2' } });
    expect(report.files[0]!.unrecognisedRows).toEqual([]);
  });

  it('across two files of the same year: the later file wins and a warning names both files and cells', async () => {
    const a = await workbook(dir, 'a-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Ja', 40], ['0114', 'Upplands Väsby', 'Nej', 50]]);
    const b = await workbook(dir, 'b-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Nej', 40], ['0114', 'Upplands Väsby', 'Nej', 55]]);
    const { data, report } = await loadDataSetWithReport([a, b]);
    expect(getValue(data, 2019, 'kompetensplan', '0380')).toMatchObject({ value: 0, source: { file: 'b-2019.xlsx' } });
    expect(getValue(data, 2019, 'genomforandeplan_dv', '0114')?.value).toBe(55);
    // Identical values (Upplands Väsby's Nej, Uppsala's 40) are not listed.
    expect(report.overridden.map((o) => [o.unit, o.indicator])).toEqual([['0380', 'kompetensplan'], ['0114', 'genomforandeplan_dv']]);
    expect(report.overridden[0]).toMatchObject({ files: ['a-2019.xlsx', 'b-2019.xlsx'], before: { cell: 'Resultat!C2', raw: 'Ja' }, after: { cell: 'Resultat!C2', raw: 'Nej' } });
    expect(report.warnings).toEqual([
      'a-2019.xlsx och b-2019.xlsx har olika värden för samma år, indikator och enhet, t.ex. Uppsala kompetensplan 2019: "Ja" (Resultat!C2) mot "Nej" (Resultat!C2) och 1 värde till. Värdena från b-2019.xlsx (den senare filen) används.',
    ]);
  });

  it('gives no warning when the same file is given twice', async () => {
    const a = await workbook(dir, 'c-2019.xlsx', [HEADER, ['0380', 'Uppsala', 'Ja', 40]]);
    const { report } = await loadDataSetWithReport([a, a]);
    expect(report.overridden).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('in a CSV: conflicting lines are an error naming both lines, identical lines are fine', async () => {
    const head = 'kommunkod;indikator;år;värde\n';
    const same = join(dir, 'lika.csv');
    writeFileSync(same, `${head}0380;ibic_utredning;2019;Ja\n0380;ibic_utredning;2019;ja\n`);
    const { data } = await loadDataSetWithReport([same]);
    expect(getValue(data, 2019, 'ibic_utredning', '0380')?.value).toBe(1);
    const diff = join(dir, 'olika.csv');
    writeFileSync(diff, `${head}0380;ibic_utredning;2019;Ja\n0380;ibic_utredning;2019;Nej\n`);
    const e = await ojError(loadDataSetWithReport([diff]));
    expect(e.message).toBe('olika.csv, rad 3: ibic_utredning 2019 för Uppsala finns redan på rad 2 med ett annat värde ("Ja" mot "Nej").');
  });
});
