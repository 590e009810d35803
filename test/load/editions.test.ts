// Workbooks laid out as other editions and analysts' extracts are: every planted value must come back, and every
// ambiguity must be refused with a message naming the sheet and cells.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog, mergeCatalog } from '../../src/load/catalog.ts';
import { buildGranska, granskaText } from '../../src/load/granska.ts';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { importExcelBytes, type FileImport } from '../../src/load/excel.ts';
import { OTHER_OMRADE } from '../../src/load/excel.ts';
import { loadReference } from '../../src/reference/load.ts';
import { EDITION_INDS, KOMMUN_ROWS, LAN_ROWS, NAMED, NEW_HEADER, planted, writeEditionSheet, type EditionInd, type EditionSheet } from './layouts.ts';

const catalog = loadCatalog();
const ref = loadReference();

async function importSheets(file: string, sheets: EditionSheet[], before?: (wb: ExcelJS.Workbook) => void): Promise<FileImport> {
  const wb = new ExcelJS.Workbook();
  before?.(wb);
  for (const s of sheets) writeEditionSheet(wb, s);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return importExcelBytes(bytes, file, { catalog, ref });
}

async function refusal(file: string, sheets: EditionSheet[], build?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  try {
    await importSheets(file, sheets, build);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the file to be refused');
}

const lanName = (u: string) => (u === '00' ? 'Riket' : `${NAMED[u]!.namn} län`);
const idOf = (imp: FileImport, ind: EditionInd) => (ind === 'nytt' ? imp.indicators.find((i) => i.omrade === OTHER_OMRADE)!.id : ind);

/** Every planted value of the sheets, as unit|indicator|year → value, against what the import read. */
function check(imp: FileImport, sheets: EditionSheet[]): void {
  const got = new Map(imp.values.map((v) => [`${v.unit}|${v.indicator}|${v.year}`, v.value]));
  const want = new Map<string, number>();
  for (const s of sheets) for (const u of s.units) for (const c of s.cols) want.set(`${u}|${idOf(imp, c.ind)}|${c.year}`, planted(u, c.ind, c.year).value);
  expect(got).toEqual(want);
  for (const u of new Set(sheets.flatMap((s) => s.units))) expect(imp.units.find((x) => x.code === u)?.kind, u).toBe(NAMED[u]!.kind);
}

const BOTH_YEARS = EDITION_INDS.flatMap((ind) => [2018, 2019].map((year) => ({ ind, year })));

describe('editions and extracts laid out differently from the example files', () => {
  it('reads 2018 and 2019 side by side under merged year cells, each with its own year', async () => {
    const sheets: EditionSheet[] = [{
      name: 'Resultat', yearRow: true, title: 'Öppna jämförelser – stöd till personer med funktionsnedsättning',
      units: ['00', ...LAN_ROWS.filter((u) => u !== '00'), ...KOMMUN_ROWS], nameOf: (u) => (LAN_ROWS.includes(u) ? lanName(u) : NAMED[u]!.namn),
      cols: BOTH_YEARS, before: { '0305': ['', 'Uppsala län'], '1480': ['', '', 'Västra Götalands län'] }, footnotes: ['* Uppgiften avser 1 mars.', 'Källa: Socialstyrelsen'], hiddenStale: true,
    }];
    const imp = await importSheets('oj-lss-2019.xlsx', sheets, (wb) => wb.addWorksheet('Läsanvisning').addRow(['Så läser du tabellen: en rad per kommun, län och riket.']));
    check(imp, sheets);
    expect(imp.years).toEqual([2018, 2019]);
    expect(imp.report.otherSheets).toEqual(['Läsanvisning']);
    expect(imp.report.unrecognisedRows).toEqual([]);
    expect(imp.report.unrecognisedColumns).toEqual([{ sheet: 'Resultat', column: 'B', header: 'IBIC används vid alla utredningar (LSS vuxna)', note: 'dold kolumn, läses inte' }]);

    // granska: per sheet the years, units and indicators, and a ready catalogue entry for the unknown column.
    const text = granskaText(buildGranska([{ path: 'oj-lss-2019.xlsx', reports: [imp.report] }], ref));
    expect(text).toContain('  År: 2018, 2019\n');
    expect(text).toContain(`  Blad "Resultat": år 2018, 2019; 6 kommuner, 3 stadsdelar, 3 län, riket; 5 indikatorer (ibic_utredning, samv_bup, kompetensplan, genomforandeplan_dv, ${idOf(imp, 'nytt')})`);
    const json = text.slice(text.indexOf('    {\n'), text.indexOf('\n    }\n') + 6);
    const merged = mergeCatalog(catalog, JSON.parse(json).indikatorer, 'egen.json');
    expect(merged.find((i) => i.id === idOf(imp, 'nytt'))).toMatchObject({ name: NEW_HEADER, type: 'janej', omrade: OTHER_OMRADE, years: [2018, 2019] });
  });

  it('tells Håbo from Habo and reads short län names as län only on a län sheet or in a län section', async () => {
    const kommuner: EditionSheet = { name: 'Kommuner', title: 'Öppna jämförelser 2019', units: KOMMUN_ROWS, cols: EDITION_INDS.map((ind) => ({ ind, year: 2019 })) };
    const lan: EditionSheet = { name: 'Län och riket', nameLabel: 'Län', units: LAN_ROWS, cols: kommuner.cols };
    check(await importSheets('extrakt.xlsx', [kommuner, lan]), [kommuner, lan]);
    // One sheet: a "Län" heading row starts the län section.
    const one: EditionSheet = { ...kommuner, units: [...KOMMUN_ROWS, ...LAN_ROWS], before: { '03': ['', 'Län'] } };
    check(await importSheets('extrakt.xlsx', [one]), [one]);
  });

  it('reads names with "stad"/"kommun", footnote marks, a code in parentheses and a name without å/ä/ö that names one kommun', async () => {
    const names: [string, string][] = [
      ['Stockholms stad', '0180'], ['Göteborgs Stad', '1480'], ['Upplands Väsby kommun', '0114'], ['Uppsala (0380)', '0380'],
      ['Uppsala län (03)', '03'], ['Malmo', '1280'], ['Region Gotland', '0980'], ['Habo¹', '0643'], ['Håbo kommun', '0305'], ['Kalmar*', '0880'], ['Jönköping (2)', '0680'],
    ];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat 2019');
    ws.addRow(['Kommun', 'Samlad kompetensplan för handläggare']);
    for (const [n, code] of names) ws.addRow([n, code.length === 2 ? 50 : 'Ja']);
    const imp = await importExcelBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx', { catalog, ref });
    expect(imp.report.unrecognisedRows).toEqual([]);
    expect(imp.values.map((v) => v.unit)).toEqual(names.map(([, c]) => c));
  });

  it('reads a level column ("Nivå": Kommun/Län) and a row with only the län column filled as marking län', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat 2019');
    ws.addRow(['Nivå', 'Kommun', 'Län', 'Samlad kompetensplan för handläggare']);
    ws.addRow(['Kommun', 'Uppsala', 'Uppsala', 'Ja']);
    ws.addRow(['Län', 'Uppsala', 'Uppsala', 40]);
    ws.addRow(['Kommun', 'Kalmar', 'Kalmar', 'Nej']);
    ws.addRow(['', '', 'Kalmar', 30]);
    ws.addRow(['Kommun', 'Region Gotland', 'Gotland', 'Ja']);
    ws.addRow(['Län', 'Region Gotland', 'Gotland', 100]);
    const imp = await importExcelBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx', { catalog, ref });
    expect(imp.values.map((v) => [v.unit, v.value])).toEqual([['0380', 1], ['03', 40], ['0880', 0], ['08', 30], ['0980', 1], ['09', 100]]);
  });

  it('reads each year under a merged indicator header and skips the change column beside them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.addRow(['Kommun', 'Samlad kompetensplan för handläggare', '', '']);
    ws.mergeCells('B1:D1');
    ws.addRow(['', 2018, 2019, 'Förändring (procentenheter)']);
    ws.addRow(['Riket', 30, 33, 3]);
    ws.addRow(['Håbo', 'Nej', 'Ja', '']);
    const imp = await importExcelBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'extrakt.xlsx', { catalog, ref });
    expect(imp.values.map((v) => [v.unit, v.year, v.value])).toEqual([['00', 2018, 30], ['00', 2019, 33], ['0305', 2018, 0], ['0305', 2019, 1]]);
    expect(imp.report.unrecognisedColumns).toEqual([{ sheet: 'Blad1', column: 'D', header: 'Samlad kompetensplan för handläggare | Förändring (procentenheter)', note: 'förändring mellan år, läses inte' }]);
  });

  it('reads Göteborg stadsdelsnämnder in 2019 as units of Göteborg', async () => {
    const s: EditionSheet = { name: 'Resultat 2019', units: ['1480', '1480-angered', '1480-vastra-goteborg', '1480-centrum', '00'], cols: [{ ind: 'kompetensplan', year: 2019 }] };
    const imp = await importSheets('x.xlsx', [s]);
    check(imp, [s]);
    expect(imp.units.find((u) => u.code === '1480-vastra-goteborg')).toMatchObject({ kind: 'stadsdel', parentCode: '1480', name: 'Västra Göteborg' });
  });

  it('makes an unknown Ja/Nej column an indicator of its own, outside the catalogue', async () => {
    const s: EditionSheet = { name: 'Resultat', units: ['0305', '0643', '0380', '1480', '00'], cols: [{ ind: 'nytt', year: 2023 }] };
    const imp = await importSheets('oj-lss-2023.xlsx', [s]);
    check(imp, [s]);
    const ind = imp.indicators.find((i) => i.name === NEW_HEADER)!;
    expect(ind).toMatchObject({ omrade: OTHER_OMRADE, type: 'janej', direction: 'upp', years: [2023], split: 'LSS vuxna' });
    expect(ind.note).toMatch(/Finns inte i indikatorkatalogen/);
    expect(imp.report.recognised).toEqual([expect.objectContaining({ column: 'B', indicator: ind.id, generic: true, year: 2023 })]);
  });

  it('gives an unknown column read from two editions both years, for the trend', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-editions-'));
    const files = [];
    for (const year of [2021, 2023]) {
      const wb = new ExcelJS.Workbook();
      writeEditionSheet(wb, { name: 'Resultat', units: ['0305', '0380', '00'], cols: [{ ind: 'nytt', year }] });
      const f = join(dir, `oj-lss-${year}.xlsx`);
      await wb.xlsx.writeFile(f);
      files.push(f);
    }
    const { data } = await loadDataSetWithReport(files);
    const ind = [...data.indicators.values()].find((i) => i.omrade === OTHER_OMRADE)!;
    expect(ind.years).toEqual([2021, 2023]);
    expect(data.years).toEqual([2021, 2023]);
    expect(data.values.get(`2021|${ind.id}|0380`)?.value).toBe(planted('0380', 'nytt', 2021).value);
  });

  it('gives the same data model whatever the order of rows, columns and sheets and the header noise', async () => {
    const noises: ((h: string) => string)[] = [
      (h) => `${h}*`, (h) => `${h}¹`, (h) => h.replace(' ', '\n'), (h) => h.replace(/ /g, '\u00a0'), (h) => h.toUpperCase(), (h) => h.replace(/–/g, '-'), (h) => h,
    ];
    const kommunCols = BOTH_YEARS;
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(KOMMUN_ROWS, { minLength: KOMMUN_ROWS.length }), fc.shuffledSubarray(LAN_ROWS, { minLength: LAN_ROWS.length }),
        fc.shuffledSubarray(kommunCols, { minLength: kommunCols.length }), fc.integer({ min: 0, max: noises.length - 1 }), fc.boolean(),
        async (ks, ls, cols, noise, lanFirst) => {
          const sorted = [...cols].sort((a, b) => a.year - b.year);
          const k: EditionSheet = { name: 'Kommuner', units: ks, cols: sorted, yearRow: true, noise: noises[noise] };
          const l: EditionSheet = { name: 'Län', nameLabel: 'Län', units: ls, cols: [...cols].sort((a, b) => b.year - a.year), yearRow: true, noise: noises[(noise + 1) % noises.length] };
          const sheets = lanFirst ? [l, k] : [k, l];
          check(await importSheets('oj-lss.xlsx', sheets), sheets);
        },
      ),
      { numRuns: 12 },
    );
  }, 300_000);
});

describe('ambiguous files are refused with a message naming sheet and cells', () => {
  it('a column whose year nothing gives', async () => {
    const msg = await refusal('extrakt.xlsx', [{ name: 'Blad1', units: KOMMUN_ROWS, cols: [{ ind: 'kompetensplan', year: 2019 }, { ind: 'samv_bup', year: 2019 }] }]);
    expect(msg).toMatch(/Årtalet för extrakt.xlsx gick inte att avgöra för kolumnerna B "Handläggning och dokumentation \| Samlad kompetensplan för handläggare \| Myndighetsutövning", C ".*" på bladet "Blad1"/);
  });

  it('a sheet year against the file name: the sheet wins, with a warning naming both', async () => {
    const imp = await importSheets('oj-lss-2018.xlsx', [{ name: 'Resultat 2019', units: KOMMUN_ROWS, cols: [{ ind: 'kompetensplan', year: 2019 }] }]);
    expect(imp.years).toEqual([2019]);
    expect(imp.report.warnings.join('\n')).toMatch(/Bladet "Resultat 2019": bladnamnet säger 2019 men filnamnet oj-lss-2018.xlsx säger 2018; kolumn B läses som 2019/);
  });

  it('one sheet per year: each sheet its own year, without a warning against the file name', async () => {
    const cols = (year: number) => EDITION_INDS.map((ind) => ({ ind, year }));
    const sheets: EditionSheet[] = [{ name: '2018', units: KOMMUN_ROWS, cols: cols(2018) }, { name: '2019', units: KOMMUN_ROWS, cols: cols(2019) }];
    const imp = await importSheets('oj-lss-2019.xlsx', sheets);
    check(imp, sheets);
    expect(imp.report.warnings).toEqual([]);
  });

  it('two rows for one kommun that differ in another column', async () => {
    const msg = await refusal('oj-2019.xlsx', [], (wb) => {
      const ws = wb.addWorksheet('Data');
      ws.addRow(['Kommun', 'Målgrupp', 'Samlad kompetensplan för handläggare']);
      ws.addRow(['Uppsala', 'Barn', 'Ja']);
      ws.addRow(['Uppsala', 'Vuxna', 'Nej']);
    });
    expect(msg).toMatch(/bladet "Data": Uppsala \(0380\) finns på både rad 2 och rad 3 .*skiljer sig i kolumnen B "Målgrupp" \("Barn" mot "Vuxna"\)/);
  });

  it('two columns read as the same indicator and year with different values (e.g. Ja and Nej counts)', async () => {
    const msg = await refusal('oj-2019.xlsx', [], (wb) => {
      const ws = wb.addWorksheet('Län');
      ws.addRow(['Län', 'Samlad kompetensplan för handläggare', '']);
      ws.mergeCells('B1:C1');
      ws.addRow(['', 'Ja', 'Nej']);
      ws.addRow(['Uppsala län', 3, 5]);
    });
    expect(msg).toMatch(/bladet "Län": kolumnerna B och C \("Samlad kompetensplan för handläggare \| Nej"\) känns båda igen som kompetensplan 2019 men har olika värden \(B3 "3", C3 "5"\)/);
    // The same column twice is harmless, and listed.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat');
    ws.addRow(['Kommun', 'Samlad kompetensplan för handläggare', 'Samlad kompetensplan för handläggare']);
    ws.addRow(['Uppsala', 'Ja', 'Ja']);
    const imp = await importExcelBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'oj-2019.xlsx', { catalog, ref });
    expect(imp.report.unrecognisedColumns).toEqual([{ sheet: 'Resultat', column: 'C', header: 'Samlad kompetensplan för handläggare', note: 'kompetensplan 2019 finns redan i kolumn B med samma värden' }]);
  });

  it('one row per kommun and indicator (long format)', async () => {
    const msg = await refusal('oj-2019.xlsx', [], (wb) => {
      const ws = wb.addWorksheet('Lång');
      ws.addRow(['Kommun', 'Indikator', 'År', 'Värde']);
      ws.addRow(['Uppsala', 'Samlad kompetensplan för handläggare', 2019, 'Ja']);
    });
    expect(msg).toMatch(/bladet "Lång": tabellen har en rad per kommun och indikator \(kolumnerna B1 "Indikator" och D1 "Värde"\)/);
  });

  it('kommuner across the columns', async () => {
    const msg = await refusal('oj-2019.xlsx', [], (wb) => {
      const ws = wb.addWorksheet('Tvärs');
      ws.addRow(['Indikator', 'Uppsala', 'Håbo', 'Kalmar']);
      ws.addRow(['Samlad kompetensplan för handläggare', 'Ja', 'Nej', 'Ja']);
    });
    expect(msg).toMatch(/bladet "Tvärs": kommunerna står som kolumnrubriker \(B1 "Uppsala", C1 "Håbo", D1 "Kalmar"\)/);
    // Beside a readable result sheet, a row of kommun names (a group list) is just another sheet.
    const imp = await importSheets('oj-2019.xlsx', [{ name: 'Resultat', units: ['0380'], cols: [{ ind: 'kompetensplan', year: 2019 }] }], (wb) => {
      wb.addWorksheet('Liknande kommuner').addRow(['Grupp 1', 'Uppsala', 'Håbo', 'Kalmar']);
    });
    expect(imp.report.otherSheets).toEqual(['Liknande kommuner']);
  });

  it('one value given differently on two sheets', async () => {
    const cols = [{ ind: 'kompetensplan' as const, year: 2019 }];
    const msg = await refusal('oj-2019.xlsx', [{ name: 'A', units: ['0380'], cols }], (wb) => {
      const ws = wb.addWorksheet('B');
      ws.addRow(['Kommun', 'Samlad kompetensplan för handläggare']);
      ws.addRow(['Uppsala', planted('0380', 'kompetensplan', 2019).value ? 'Nej' : 'Ja']);
    });
    expect(msg).toMatch(/Uppsala \(0380\) har olika värden för kompetensplan 2019 på bladet "B" \(B2 ".*"\) och bladet "A" \(B\d ".*"\)/);
  });
});

describe('the header ends at the first data row', () => {
  it('keeps an unknown riket spelling and the first län row out of the column headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat 2019');
    ws.addRow(['Kommun', 'Samlad kompetensplan för handläggare']);
    ws.addRow(['Riket (ovägt medel)', 41.5]);
    ws.addRow(['Uppsala län', 37.5]);
    ws.addRow(['Uppsala', 'Ja']);
    const imp = await importExcelBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx', { catalog, ref });
    expect(imp.report.recognised).toEqual([expect.objectContaining({ column: 'B', indicator: 'kompetensplan', header: 'Samlad kompetensplan för handläggare' })]);
    expect(imp.report.unrecognisedRows).toEqual([{ sheet: 'Resultat 2019', row: 2, text: 'Riket (ovägt medel)' }]);
    expect(imp.values.map((v) => [v.unit, v.value])).toEqual([['03', 37.5], ['0380', 1]]);
  });
});

describe('the catalogue knows the 2021–2023 editions', () => {
  it('recognises the ISU, våld i nära relationer and renamed enskildas uppfattning columns of 2023', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat');
    const headers = [
      'ISU – individbaserad systematisk uppföljning av målgruppens behov', 'ISU – individbaserad systematisk uppföljning av verksamhetens stöd och insatser',
      'ISU – individbaserad systematisk uppföljning av stöd och insatsers resultat',
      'Aktuella skriftliga rutiner för handläggare vid indikation på att en person utsatts för våld i nära relationer – LSS vuxna',
      'Aktuella skriftliga rutiner för handläggare vid indikation på att en person utsatts för våld i nära relationer – LSS barn',
      'Undersökning av enskildas uppfattning i myndighetsutövningen, resultaten används för utveckling',
    ];
    ws.addRow(['Kommun', ...headers]);
    ws.addRow(['Uppsala', 'Ja', 'Nej', 'Ja', 'Nej', 'Ja', 'Nej']);
    const imp = await importExcelBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'oj-lss-2023.xlsx', { catalog, ref });
    expect(imp.report.recognised.map((c) => c.indicator)).toEqual(['isu_behov', 'isu_insatser', 'isu_resultat', 'vald_rutin_vuxna', 'vald_rutin_barn', 'enskildas_uppf_myndighet']);
    expect(imp.values.map((v) => v.value)).toEqual([1, 0, 1, 0, 1, 0]);
  });
});
