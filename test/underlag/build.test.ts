import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OjError } from '../../src/errors.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { underlagFileName, underlagPath, writeUnderlag } from '../../src/underlag/write.ts';
import { version } from '../../src/version.ts';
import { run } from '../cli/capture.ts';
import { freshUnderlag, openXlsx, sheet, tempDir, uppsala } from './helpers.ts';

const NB = '\u00a0';
let analysis: UnitAnalysis;
let dir: string;
let file: string;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  analysis = await uppsala();
  dir = tempDir();
  file = await freshUnderlag(analysis, dir);
  wb = await openXlsx(file);
});

function texts(ws: ExcelJS.Worksheet, col: number): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    const v = row.getCell(col).value;
    if (v !== null && v !== undefined) out.push(typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : String(v));
  });
  return out;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  return cell.fill && cell.fill.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
}

describe('underlag workbook', () => {
  it('is written to <ut>/<år>/<kommunkod>-<namn>-underlag.xlsx', () => {
    expect(file).toBe(join(dir, '2019', '0380-uppsala-underlag.xlsx'));
    expect(existsSync(file)).toBe(true);
  });

  it('has the four visible sheets, a hidden list and a very hidden metadata sheet', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Instruktion', 'visible'],
      ['Resultat', 'visible'],
      ['Analys', 'visible'],
      ['Handlingsplan', 'visible'],
      ['Listor', 'hidden'],
      ['_ojrapport', 'veryHidden'],
    ]);
  });

  it('Instruktion names the kommun, year, version, the example note and the command for the report', () => {
    const all = texts(sheet(wb, 'Instruktion'), 2).join('\n');
    expect(all).toContain('Lokal analys av Öppna jämförelser LSS – Uppsala 2019');
    expect(all).toContain('Exempeldata – inte verkliga resultat');
    expect(all).toContain('Kommun: Uppsala (0380), Uppsala län');
    expect(all).toContain(`med ojrapport ${version()}`);
    expect(all).toContain('ojrapport kommun Uppsala --ar 2019 --lokal 0380-uppsala-underlag.xlsx');
    expect(all).toContain('gula cellerna');
    for (const step of ['Steg 1. Sammanställ', 'Steg 2. Analysera', 'Steg 3. Prioritera', 'Steg 4. Åtgärda och följ upp']) expect(all).toContain(step);
  });

  it('Resultat lists every indicator with comparison sets as "57 % (4 av 7)", flags and reasons', () => {
    const ws = sheet(wb, 'Resultat');
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['id', 'Område', 'Indikator', 'Frågan i Öppna jämförelser', 'Uppsala 2019', 'Liknande kommuner LSS', 'Kommungrupp B3 Större stad', 'Uppsala län', 'Riket', 'Tidigare år', 'Bedömning', 'Flagga', 'Skäl']);
    expect(texts(ws, 1).slice(1)).toEqual(analysis.indicators.map((r) => r.indicator.id));
    const row = ws.getRow(3 + analysis.indicators.findIndex((r) => r.indicator.id === 'enskildas_uppf_myndighet'));
    // Uppsala: Nej; 4 of the 7 liknande kommuner answer Ja = 57 %; Ja in 2018, Nej in 2019.
    expect(row.getCell(5).value).toBe('Nej');
    expect(row.getCell(6).value).toBe(`57${NB}% (4${NB}av${NB}7)`);
    expect(row.getCell(10).value).toBe('2017: Nej\n2018: Ja');
    expect(row.getCell(11).value).toBe('− Svag');
    expect(row.getCell(12).value).toBe('Utvecklingsområde, Försämring');
    expect(row.getCell(13).value).toBe(
      `Uppsala svarar Nej, medan 4 av 7 liknande kommuner (57${NB}%) svarar Ja.\nUppsala svarade Ja 2018 men svarar Nej 2019.`,
    );
  });

  it('Resultat is protected without password, with frozen header, autofilter, wrapping and a hidden id column', () => {
    const ws = sheet(wb, 'Resultat');
    const p = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(p.sheet).toBe(true);
    expect(p.hashValue).toBeUndefined();
    expect(p.autoFilter).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 3 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.getColumn(13).width).toBeGreaterThanOrEqual(40);
    expect(ws.getCell('M3').alignment?.wrapText).toBe(true);
    expect(ws.getCell('M3').protection?.locked).not.toBe(false);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
  });

  it('Analys has one row per flagged indicator in the computed order, then 10 rows to pick from a list', () => {
    const ws = sheet(wb, 'Analys');
    const flagged = [
      ...analysis.developmentAreas.map((f) => f.indicatorId),
      ...analysis.strengths.map((f) => f.indicatorId),
      ...analysis.dataQuality.map((f) => f.indicatorId),
    ];
    expect(flagged[0]).toBe('ibic_utredning');
    const ids = [];
    for (let r = 3; r < 3 + flagged.length; r++) ids.push(ws.getCell(r, 1).value);
    expect(ids).toEqual(flagged);
    expect(ws.getCell(3, 2).value).toBe('IBIC vid utredning');
    expect(ws.getCell(3, 3).value).toBe('Utvecklingsområde');
    expect(String(ws.getCell(3, 4).value)).toMatch(/^Uppsala svarar Nej, medan 4 av 7 liknande kommuner/);
    expect(ws.getColumn(1).hidden).toBe(true);

    const free = 3 + flagged.length;
    for (let r = free; r < free + 10; r++) {
      const id = ws.getCell(r, 1).value as ExcelJS.CellFormulaValue;
      expect(id.formula).toContain(`MATCH(B${r},Listor!$B$2:$B$27,0)`);
      expect(ws.getCell(r, 2).dataValidation).toMatchObject({ type: 'list', formulae: ['Listor!$B$2:$B$27'], showErrorMessage: true });
      expect(ws.getCell(r, 2).protection?.locked).toBe(false);
    }
    expect(ws.getCell(free + 10, 1).value).toBeNull();
    expect(ws.getCell(free + 10, 2).dataValidation).toBeUndefined();
  });

  it('Analys input cells are yellow, unlocked and validated; computed cells are grey and locked', () => {
    const ws = sheet(wb, 'Analys');
    for (const col of [5, 6, 7, 8]) {
      expect(fillOf(ws.getCell(3, col))).toBe('FFFFF2CC');
      expect(ws.getCell(3, col).protection?.locked).toBe(false);
      expect(ws.getCell(3, col).border?.left?.style).toBe('thin');
    }
    for (const col of [2, 3, 4]) {
      expect(fillOf(ws.getCell(3, col))).toBe('FFF2F2F2');
      expect(ws.getCell(3, col).protection?.locked).not.toBe(false);
    }
    expect(ws.getCell('F3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Ja,Delvis,Nej"'], showErrorMessage: true });
    expect(ws.getCell('G3').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,Ej prioriterad"'] });
    expect(ws.getCell('F3').dataValidation.error).toMatch(/Välj Ja, Delvis eller Nej/);
    const p = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(p).toMatchObject({ sheet: true, insertRows: true, formatRows: true });
    expect(ws.getRow(2).values).toEqual([undefined, 'id', 'Indikator', 'Flagga', 'Skäl', 'Varför ser det ut så här?', 'Kan vi påverka det?', 'Prioritet', 'Kommentar']);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:2' });
  });

  it('Handlingsplan has 15 input rows with an indicator list and a date check with a Swedish message', () => {
    const ws = sheet(wb, 'Handlingsplan');
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['id', 'Utvecklingsområde', 'Åtgärd', 'Ansvarig', 'Klart senast', 'Uppföljning (indikator eller annat mått)']);
    for (let r = 3; r < 18; r++) {
      expect((ws.getCell(r, 1).value as ExcelJS.CellFormulaValue).formula).toContain(`B${r}`);
      expect(ws.getCell(r, 2).dataValidation).toMatchObject({ type: 'list', formulae: ['Listor!$B$2:$B$27'] });
      const due = ws.getCell(r, 5);
      expect(due.dataValidation).toMatchObject({ type: 'date', operator: 'between', showErrorMessage: true, errorTitle: 'Inte ett datum' });
      expect(due.dataValidation.error).toBe('Skriv ett datum som år-månad-dag, t.ex. 2025-06-30.');
      expect(due.numFmt).toBe('yyyy-mm-dd');
      for (let c = 2; c <= 6; c++) expect(ws.getCell(r, c).protection?.locked).toBe(false);
    }
    expect(ws.getCell(18, 2).dataValidation).toBeUndefined();
    expect(ws.getColumn(1).hidden).toBe(true);
  });

  it('Listor holds every indicator name in Swedish order', () => {
    const ws = sheet(wb, 'Listor');
    const names = texts(ws, 2).slice(1);
    expect(names).toHaveLength(analysis.indicators.length);
    expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
    expect(names).toContain('IBIC vid utredning');
  });

  it('records kommunkod, year, version and a Resultat checksum on the hidden sheet', () => {
    const ws = sheet(wb, '_ojrapport');
    const kv = new Map<string, unknown>();
    ws.eachRow((row) => kv.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(kv.get('format')).toBe('ojrapport-underlag');
    expect(kv.get('kommunkod')).toBe('0380');
    expect(kv.get('kommun')).toBe('Uppsala');
    expect(kv.get('år')).toBe(2019);
    expect(kv.get('verktygsversion')).toBe(version());
    expect(kv.get('skapad')).toBe('2025-03-01T09:30:00.000Z');
    expect(kv.get('exempeldata')).toBe('ja');
    expect(String(kv.get('kontrollsumma_resultat'))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows the example note on every visible sheet and in the print header', () => {
    for (const name of ['Resultat', 'Analys', 'Handlingsplan']) {
      const ws = sheet(wb, name);
      const v = ws.getCell('B1').value as ExcelJS.CellRichTextValue;
      expect(v.richText.map((t) => t.text).join('')).toContain('Exempeldata – inte verkliga resultat');
      expect(ws.headerFooter.oddHeader).toContain('Exempeldata – inte verkliga resultat');
    }
  });

  it('never overwrites a workbook that may hold the team’s work, unless asked', async () => {
    await expect(writeUnderlag(analysis, dir)).rejects.toThrow(OjError);
    await expect(writeUnderlag(analysis, dir)).rejects.toThrow(/finns redan/);
    await expect(writeUnderlag(analysis, dir, { overwrite: true })).resolves.toBe(file);
  });

  it('refuses the second of two concurrent runs instead of replacing the first one’s file', async () => {
    // Both calls pass the "already there?" check before either writes: only the write itself can tell.
    const fresh = tempDir();
    const runs = await Promise.allSettled([writeUnderlag(analysis, fresh), writeUnderlag(analysis, fresh)]);
    const failed = runs.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(runs.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toBeInstanceOf(OjError);
    expect((failed[0]!.reason as OjError).message).toBe(`Filen ${underlagPath(analysis, fresh)} finns redan och kan innehålla arbetsgruppens analys.`);
    expect(readdirSync(join(fresh, '2019'))).toEqual([underlagFileName(analysis)]);
  });
});

describe('ojrapport underlag', () => {
  it('writes the workbook for a kommun given by name and prints its path', async () => {
    const out = tempDir();
    const r = await run(['underlag', 'Uppsala', '--ar', '2019', '--ut', out]);
    expect(r.stderr).toContain('exempeldata');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(join(out, '2019', '0380-uppsala-underlag.xlsx'));
    const again = await run(['underlag', '0380', '--ar', '2019', '--ut', out]);
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(/finns redan.*\n.*--skriv-over/);
    expect((await run(['underlag', '0380', '--ar', '2019', '--ut', out, '--skriv-over'])).code).toBe(0);
  });

  it('names close matches for an unknown kommun', async () => {
    const r2 = await run(['underlag', 'Ingenstans', '--ut', tempDir()]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('Hittar ingen kommun');
  });
});
