// Issue 13 items 9 and 13: small workbooks that would make exceljs create billions of cells, and zip bombs,
// are refused from the zip directory and a streamed scan, before exceljs loads anything. Built here, never committed.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.ts';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { indexLokalFolder } from '../../src/underlag/folder.ts';
import { openWorkbook } from '../../src/underlag/meta.ts';
import { run } from '../cli/capture.ts';
import { ojError, tempDir, writeBytes } from './helpers.ts';

const dir = tempDir('zipbomb');
const nf = (n: number) => n.toLocaleString('sv-SE');

/** A small valid workbook with merges, its sheet XML then edited as text. */
async function workbookWith(merges: string[], edit: (xml: string) => string = (x) => x): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Resultat');
  ws.addRow(['Kod', 'Kommun']);
  merges.forEach((_, i) => ws.mergeCells(`D${i * 2 + 3}:E${i * 2 + 3}`));
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  let xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  merges.forEach((ref, i) => (xml = xml.replace(`ref="D${i * 2 + 3}:E${i * 2 + 3}"`, `ref="${ref}"`)));
  zip.file('xl/worksheets/sheet1.xml', edit(xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Rewrites the declared uncompressed size of one part in the central directory. */
function declareSize(zip: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)) {
    const name = out.toString('utf8', p + 46, p + 46 + out.readUInt16LE(p + 28));
    if (name === part) {
      out.writeUInt32LE(size, p + 24);
      return out;
    }
  }
  throw new Error(`no ${part}`);
}

describe('workbooks that expand beyond the limits', () => {
  it('a 2 KB file with one merge A2:XFD1048576 is refused, naming the range (no heap exhaustion)', async () => {
    const bytes = await workbookWith(['A2:XFD1048576']);
    expect(bytes.length).toBeLessThan(10_000);
    const file = writeBytes(dir, 'sammanslagen-2019.xlsx', bytes);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toBe(
      `Filen sammanslagen-2019.xlsx är för stor för att läsas in: det sammanslagna området A2:XFD1048576 omfattar ${nf(16384 * 1048575)} celler, gränsen är ${nf(1_000_000)} celler.`,
    );
    expect(e.exitCode).toBe(ExitCode.input);
  });

  it('granska on that file says so too, without crashing', async () => {
    const file = writeBytes(dir, 'granska-2019.xlsx', await workbookWith(['A2:XFD1048576']));
    const { code, stdout, stderr } = await run(['granska', file]);
    expect(code).toBe(ExitCode.input);
    expect(stdout + stderr).toContain('granska-2019.xlsx är för stor för att läsas in: det sammanslagna området A2:XFD1048576');
  });

  it('many merges that together pass the limit are refused as well', async () => {
    const merges = Array.from({ length: 12 }, (_, i) => `A${i * 100_000 + 10}:J${i * 100_000 + 10_009}`); // 100 000 cells each
    const file = writeBytes(dir, 'manga-2019.xlsx', await workbookWith(merges));
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toBe(
      `Filen manga-2019.xlsx är för stor för att läsas in: bladen har sammanlagt fler celler än så (räknat med rader, kolumner, texter, sammanslagna områden och dataverifieringar), gränsen är ${nf(1_000_000)} celler.`,
    );
  });

  it('many sheets that each define all 16 384 columns are refused', async () => {
    const wb = new ExcelJS.Workbook();
    for (let i = 1; i <= 70; i++) wb.addWorksheet(`Blad${i}`).getColumn(1).width = 12;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      const xml = await zip.file(name)!.async('string');
      zip.file(name, xml.replace(/<cols>.*?<\/cols>/, '<cols><col min="1" max="16384" width="12" customWidth="1"/></cols>'));
    }
    const file = writeBytes(dir, 'kolumner-2019.xlsx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/^Filen kolumner-2019\.xlsx är för stor för att läsas in: bladen har sammanlagt fler celler än så \(räknat med rader, kolumner/);
  });

  it('a defined name over a whole sheet is refused, naming it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Resultat').addRow(['Kod', 'Kommun']);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    const names = '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Resultat!$A$1:$XFD$1048576</definedName><definedName name="Allt">Resultat!$A$1:$XFD$1048576</definedName></definedNames>';
    zip.file('xl/workbook.xml', xml.replace(/<definedNames\/>|<calcPr/, (m) => (m.startsWith('<calcPr') ? `${names}${m}` : names)));
    const file = writeBytes(dir, 'utskrift-2019.xlsx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toBe(
      `Filen utskrift-2019.xlsx är för stor för att läsas in: det namngivna området Allt (Resultat!$A$1:$XFD$1048576) omfattar ${nf(16384 * 1048576)} celler, gränsen är ${nf(1_000_000)} celler.`,
    );
  });

  it('a shared-string table of 1,2 million entries is refused', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Resultat').addRow(['Kod', 'Kommun']);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
    zip.file('xl/sharedStrings.xml', xml.replace('</sst>', `${'<si><t/></si>'.repeat(1_200_000)}</sst>`));
    const file = writeBytes(dir, 'strangar-2019.xlsx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/^Filen strangar-2019\.xlsx är för stor för att läsas in: bladen har sammanlagt fler celler än så/);
  });

  it('a data validation over a whole sheet is refused, naming the range', async () => {
    const validation = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2 A1:XFD1048576"><formula1>"Ja,Nej"</formula1></dataValidation></dataValidations>';
    const bytes = await workbookWith([], (x) => x.replace(/<pageMargins/, `${validation}<pageMargins`));
    const file = writeBytes(dir, 'validering-2019.xlsx', bytes);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/^Filen validering-2019\.xlsx är för stor för att läsas in: dataverifieringen för området A1:XFD1048576 omfattar /);
  });

  it('a zip whose parts declare 2 GB is refused as a zip bomb before anything is inflated', async () => {
    const bytes = declareSize(await workbookWith([]), 'xl/styles.xml', 0x7fffffff);
    const file = writeBytes(dir, 'bomb-2019.xlsx', bytes);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/^Filen bomb-2019\.xlsx lästes inte: den packas upp till 2[\s\u00a0]048 MB \(.+ byte packat\), mer än gränsen 256 MB\. Den ser ut som en så kallad zipbomb\.$/);
    expect(e.hint).toMatch(/hämta den igen/);
  });

  it('a part that inflates to more than it declares is refused as a zip bomb', async () => {
    const bytes = declareSize(await workbookWith([]), 'xl/worksheets/sheet1.xml', 100);
    const file = writeBytes(dir, 'ljuger-2019.xlsx', bytes);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toBe('Filen ljuger-2019.xlsx lästes inte: delen xl/worksheets/sheet1.xml packas upp till mer än de 100 byte som filen anger. Den ser ut som en så kallad zipbomb.');
  });

  it('a bomb given as --lokal workbook is refused, and one in a --lokal folder does not crash the index', async () => {
    const lokal = tempDir('zipbomb-lokal');
    const file = writeBytes(lokal, '0380-uppsala-underlag.xlsx', await workbookWith(['A2:XFD1048576']));
    const e = await ojError(openWorkbook(file));
    expect(e.message).toMatch(/^Filen 0380-uppsala-underlag\.xlsx är för stor för att läsas in: det sammanslagna området A2:XFD1048576/);
    // A folder whose only workbook is the bomb: refused, naming the workbook and why (no crash).
    const folder = await ojError(indexLokalFolder(lokal));
    expect(folder.message).toMatch(/innehåller inga underlag .*0380-uppsala-underlag\.xlsx \(Filen 0380-uppsala-underlag\.xlsx är för stor/);
  });

  it('a sheet with one element longer than 1 MB is refused as damaged (the scan stays linear)', async () => {
    const bytes = await workbookWith([], (x) => x.replace('<sheetData>', `<sheetData><row r="1" x="${'a'.repeat(2_000_000)}"/>`));
    const file = writeBytes(dir, 'langt-2019.xlsx', bytes);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toBe('Filen langt-2019.xlsx är inte en Excelfil (.xlsx) som går att läsa: den verkar skadad (ett blad innehåller ett orimligt långt element).');
  });

  it('a normal workbook with merges still loads', async () => {
    const file = writeBytes(dir, 'vanlig.xlsx', await workbookWith(['D3:E3']));
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).not.toMatch(/för stor|zipbomb/); // it fails later, for lacking ÖJ content
  });
});
