// Issue 13 item 10: a far-down cell in the underlag is refused after one linear pass, naming the cell.
import { beforeAll, describe, expect, it } from 'vitest';
import { OjError } from '../../src/errors.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { readLokal } from '../../src/underlag/read.ts';
import { edit, freshUnderlag, sheet, uppsala } from './helpers.ts';

let analysis: UnitAnalysis;
beforeAll(async () => {
  analysis = await uppsala();
});

async function withFarCell(sheetName: string, cell: string): Promise<OjError> {
  const file = await freshUnderlag(analysis);
  await edit(file, (wb) => void (sheet(wb, sheetName).getCell(cell).value = 'Glömd text'));
  const err = await readLokal(file, { kommunCode: '0380', year: 2019, analysis }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OjError);
  return err as OjError;
}

describe('content far below the underlag rows', () => {
  it('in Handlingsplan row 100 000 is refused, naming the cell', { timeout: 300_000 }, async () => {
    const e = await withFarCell('Handlingsplan', 'C100000');
    expect(e.message).toBe('0380-uppsala-underlag.xlsx, bladet Handlingsplan, cell C100000: cellen har innehåll längre ned än rad 1002, där underlaget slutar.');
    expect(e.hint).toMatch(/Flytta innehållet/);
  });

  it('in Analys row 1 048 576 (the last Excel row) is refused too', { timeout: 300_000 }, async () => {
    const e = await withFarCell('Analys', 'E1048576');
    expect(e.message).toBe('0380-uppsala-underlag.xlsx, bladet Analys, cell E1048576: cellen har innehåll längre ned än rad 1002, där underlaget slutar.');
  });
});
