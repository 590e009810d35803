import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode, OjError } from '../../src/errors.ts';
import { exampleFiles } from '../../src/load/dataset.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { readLokal } from '../../src/underlag/read.ts';
import { analysisFor, edit, firstFreeAnalysRow, freshUnderlag, rowOfId, sheet, tempDir, uppsala } from './helpers.ts';

let analysis: UnitAnalysis;

beforeAll(async () => {
  analysis = await uppsala();
});

const read = (file: string) => readLokal(file, { kommunCode: '0380', year: 2019, analysis });

/** The OjError readLokal throws (fails the test when it does not throw one). */
async function failure(file: string): Promise<OjError> {
  try {
    await read(file);
  } catch (e) {
    expect(e).toBeInstanceOf(OjError);
    expect((e as OjError).exitCode).toBe(ExitCode.input);
    return e as OjError;
  }
  throw new Error('readLokal did not fail');
}

async function editedUnderlag(fn: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const file = await freshUnderlag(analysis);
  await edit(file, fn);
  return file;
}

describe('readLokal rejects with a Swedish message naming sheet, cell and what to do', () => {
  it('a workbook for another kommun', async () => {
    const file = await freshUnderlag(await analysisFor('0381'));
    const e = await failure(file);
    expect(e.message).toBe('0381-enkoping-underlag.xlsx är underlaget för Enköping (0381) 2019, men rapporten gäller Uppsala (0380) 2019.');
    expect(e.hint).toContain('ojrapport underlag 0380 --ar 2019');
  });

  it('a workbook for another year', async () => {
    const file = await freshUnderlag(await analysisFor('0380', 2018));
    const e = await failure(file);
    expect(e.message).toContain('är underlaget för Uppsala (0380) 2018, men rapporten gäller Uppsala (0380) 2019');
  });

  it('an unknown indicator name picked on Analys', async () => {
    let row = 0;
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Analys');
      row = firstFreeAnalysRow(ws);
      ws.getCell(row, 2).value = 'Påhittad indikator';
      ws.getCell(row, 5).value = 'Text';
    });
    const e = await failure(file);
    expect(e.message).toBe(`0380-uppsala-underlag.xlsx, bladet Analys, cell B${row}: indikatorn "Påhittad indikator" finns inte bland resultaten för Uppsala 2019.`);
    expect(e.hint).toMatch(/Välj indikatorn i listan/);
  });

  it('an unknown indicator id in the hidden column', async () => {
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Analys');
      ws.getCell('A3').value = 'finns_inte';
      ws.getCell('E3').value = 'Text';
    });
    expect((await failure(file)).message).toContain('bladet Analys, cell A3: indikatorn "finns_inte" finns inte');
  });

  it('an unknown indicator on Handlingsplan', async () => {
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Handlingsplan');
      ws.getCell('B4').value = 'Bättre mat';
      ws.getCell('C4').value = 'Åtgärd';
    });
    expect((await failure(file)).message).toContain('bladet Handlingsplan, cell B4: indikatorn "Bättre mat" finns inte');
  });

  it('an edited cell in the protected Resultat sheet', async () => {
    const r = 3 + analysis.indicators.findIndex((x) => x.indicator.id === 'ibic_utredning');
    const file = await editedUnderlag((wb) => {
      sheet(wb, 'Resultat').getCell(r, 5).value = 'Ja';
    });
    const e = await failure(file);
    expect(e.message).toBe(`0380-uppsala-underlag.xlsx, bladet Resultat, cell E${r}: Rad ${r} (IBIC vid utredning) har ändrats.`);
    expect(e.hint).toMatch(/får inte ändras/);
  });

  it('a deleted row in Resultat', async () => {
    const file = await editedUnderlag((wb) => {
      sheet(wb, 'Resultat').spliceRows(5, 1);
    });
    expect((await failure(file)).message).toMatch(/bladet Resultat: raderna för .+ saknas\./);
  });

  it('a row added to Resultat', async () => {
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Resultat');
      ws.getCell(ws.rowCount + 1, 3).value = 'Egen indikator';
    });
    expect((await failure(file)).message).toMatch(/bladet Resultat: Rad \d+ \(Egen indikator\) har ändrats eller lagts till\./);
  });

  it('a date that is not a date', async () => {
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Handlingsplan');
      ws.getCell('B3').value = 'IBIC vid utredning';
      ws.getCell('C3').value = 'Besluta rutinen';
      ws.getCell('E3').value = 'i vår';
    });
    const e = await failure(file);
    expect(e.message).toBe('0380-uppsala-underlag.xlsx, bladet Handlingsplan, cell E3: "i vår" i kolumnen Klart senast är inte ett datum.');
    expect(e.hint).toContain('2025-06-30');
  });

  it('a Klart senast outside 2000–2099 (the number 1 is not 31 december 1899)', async () => {
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Handlingsplan');
      ws.getCell('C3').value = 'Besluta rutinen';
      ws.getCell('E3').value = 1;
    });
    expect((await failure(file)).message).toBe('0380-uppsala-underlag.xlsx, bladet Handlingsplan, cell E3: Klart senast 1899-12-31 ligger utanför åren 2000–2099.');
  });

  it('a formula without a saved value, or #REF!, where the team writes text', async () => {
    const noValue = await editedUnderlag((wb) => {
      sheet(wb, 'Analys').getCell('E3').value = { formula: 'Resultat!Z99' } as ExcelJS.CellValue;
    });
    expect((await failure(noValue)).message).toBe('0380-uppsala-underlag.xlsx, bladet Analys, cell E3: cellen har en formel (=Resultat!Z99) utan sparat värde.');
    const ref = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Handlingsplan');
      ws.getCell('C3').value = { formula: '#REF!A1', result: { error: '#REF!' } } as ExcelJS.CellValue;
    });
    expect((await failure(ref)).message).toBe('0380-uppsala-underlag.xlsx, bladet Handlingsplan, cell C3: cellen innehåller felvärdet #REF!.');
  });

  it('a formatversion that is not a number is a damaged workbook, not a newer version', async () => {
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, '_ojrapport');
      ws.eachRow((row) => {
        if (row.getCell(1).value === 'formatversion') row.getCell(2).value = 'abc';
      });
    });
    expect((await failure(file)).message).toBe('Filen 0380-uppsala-underlag.xlsx är skadad: formatversionen på det dolda bladet _ojrapport är "abc", inte ett heltal.');
  });

  it('an impossible calendar date typed as text', async () => {
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Handlingsplan');
      ws.getCell('C5').value = 'Åtgärd';
      ws.getCell('E5').value = '2025-02-30';
    });
    expect((await failure(file)).message).toContain('cell E5: "2025-02-30" i kolumnen Klart senast är inte ett datum');
  });

  it('a priority or an answer that is not in the list', async () => {
    const bad = await editedUnderlag((wb) => {
      sheet(wb, 'Analys').getCell('G3').value = 'Hög';
    });
    expect((await failure(bad)).message).toContain('bladet Analys, cell G3: "Hög" är ingen prioritet.');
    const bad2 = await editedUnderlag((wb) => {
      sheet(wb, 'Analys').getCell('F4').value = 'Kanske';
    });
    expect((await failure(bad2)).message).toContain('bladet Analys, cell F4: "Kanske" är inget svar på "Kan vi påverka det?".');
  });

  it('the same indicator on two Analys rows', async () => {
    let second = 0;
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Analys');
      ws.getCell(rowOfId(ws, 'ibic_utredning'), 5).value = 'Första';
      second = firstFreeAnalysRow(ws);
      ws.getCell(second, 2).value = 'IBIC vid utredning';
      ws.getCell(second, 5).value = 'Andra';
    });
    expect((await failure(file)).message).toContain(`cell B${second}: indikatorn "IBIC vid utredning" finns både på rad 3 och rad ${second}.`);
  });

  it('text on an Analys row without an indicator', async () => {
    let row = 0;
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Analys');
      row = firstFreeAnalysRow(ws);
      ws.getCell(row, 5).value = 'Förklaring utan indikator';
    });
    expect((await failure(file)).message).toContain(`bladet Analys, cell B${row}: rad ${row} har text men ingen indikator.`);
  });

  it('an action-plan row without an action', async () => {
    const file = await editedUnderlag((wb) => {
      const ws = sheet(wb, 'Handlingsplan');
      ws.getCell('D6').value = 'Enhetschef';
    });
    expect((await failure(file)).message).toContain('bladet Handlingsplan, cell C6: rad 6 saknar åtgärd.');
  });

  it('moved columns', async () => {
    const file = await editedUnderlag((wb) => {
      sheet(wb, 'Analys').getCell('E2').value = 'Förklaring';
    });
    expect((await failure(file)).message).toContain('bladet Analys, cell E2: rubriken ska vara "Varför ser det ut så här?" men är "Förklaring".');
  });

  it('a file that is not an underlag workbook', async () => {
    const oj = exampleFiles()[0]!;
    expect((await failure(oj)).message).toMatch(/^Filen oj-lss-.*\.xlsx är inte ett underlag för lokal analys från ojrapport: det dolda bladet med kommunkod och år saknas\.$/);
    const dir = tempDir();
    const text = join(dir, 'anteckningar.xlsx');
    writeFileSync(text, 'inte en arbetsbok');
    const e = await failure(text);
    expect(e.message).toContain('anteckningar.xlsx är inte ett underlag för lokal analys från ojrapport: den kunde inte öppnas som Excel-arbetsbok (.xlsx).');
    expect(e.hint).toContain('ojrapport underlag');
    expect((await failure(join(dir, 'saknas.xlsx'))).message).toContain('finns inte');
  });

  it('a workbook whose analysis sheet was deleted', async () => {
    const file = await editedUnderlag((wb) => {
      wb.removeWorksheet(sheet(wb, 'Analys').id);
    });
    expect((await failure(file)).message).toContain('bladet Analys saknas');
  });
});
