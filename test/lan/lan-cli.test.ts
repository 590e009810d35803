// End to end: `ojrapport lan Uppsala` on the example data: 8 kommun reports, the county report and workbook.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeUnit } from '../../src/analyze.ts';
import { FLAG_LABELS, tidy } from '../../src/compose/texts.ts';
import { LAN_SECTIONS } from '../../src/lan/model.ts';
import { FIRST_DATA_ROW, FIXED_COLUMNS, HEADER_ROW } from '../../src/lan/workbook.ts';
import { silentLogger } from '../../src/log.ts';
import { prepareContext, type RunContext } from '../../src/pipeline/context.ts';
import { run } from '../cli/capture.ts';
import { pdfinfo, pdftotext } from '../pdf-tools.ts';

const KOMMUNER = ['0305-habo', '0319-alvkarleby', '0330-knivsta', '0331-heby', '0360-tierp', '0380-uppsala', '0381-enkoping', '0382-osthammar'];

describe('ojrapport lan Uppsala', () => {
  const out = mkdtempSync(join(tmpdir(), 'ojr-lan-'));
  const dir = join(out, '2019');
  let result: Awaited<ReturnType<typeof run>>;
  let ctx: RunContext;

  beforeAll(async () => {
    result = await run(['lan', 'Uppsala', '--ut', out, '--parallell', '2']);
    ctx = await prepareContext({ data: [] }, silentLogger);
  }, 180_000);

  it('writes the 8 kommun PDFs, the county PDF and the county workbook', () => {
    expect(result.code, result.stderr).toBe(0);
    const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
    expect(files).toEqual([...KOMMUNER.map((k) => `${k}.pdf`), 'lan-03-uppsala.pdf', 'lan-03-uppsala.xlsx'].sort());
    expect(existsSync(join(dir, '.ojrapport-manifest.json'))).toBe(true);
    expect(result.stderr).toContain('10 klara, 0 hoppade över');
  });

  it('the workbook matches the analysis: Ja/Nej per indicator and the flag rows', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'lan-03-uppsala.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Översikt', 'Utvecklingsområden', 'Indikatorer']);
    const ov = wb.getWorksheet('Översikt')!;
    expect(String(ov.getCell(1, 1).value)).toContain('Exempeldata – inte verkliga resultat');
    expect(ov.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 });
    expect(ov.autoFilter).toBeTruthy();
    expect(ov.pageSetup.orientation).toBe('landscape');

    const analysis = analyzeUnit(ctx.data, ctx.ref, '0380', { rules: ctx.rules });
    const janej = analysis.indicators.filter((r) => r.indicator.type === 'janej' && r.indicator.years.includes(2019));
    const headers = (ov.getRow(HEADER_ROW).values as unknown[]).map(String);
    const row = [...Array(ov.rowCount).keys()].map((i) => ov.getRow(i + 1)).find((r) => r.getCell(1).value === '0380')!;
    expect(row.getCell(2).value).toBe('Uppsala');
    let checked = 0;
    for (const r of janej.slice(0, 6)) {
      const name = r.indicator.split ? `${r.indicator.shortName} (${r.indicator.split})` : r.indicator.shortName;
      const col = headers.indexOf(name);
      expect(col, name).toBeGreaterThan(FIXED_COLUMNS);
      const expected = r.value === null ? 'Saknas' : r.value >= 1 ? 'Ja' : 'Nej';
      expect(row.getCell(col).value, name).toBe(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);

    const areas = wb.getWorksheet('Utvecklingsområden')!;
    const rows = [...Array(areas.rowCount - FIRST_DATA_ROW + 1).keys()].map((i) => areas.getRow(FIRST_DATA_ROW + i).values as unknown[]);
    const uppsala = rows.filter((r) => r[1] === '0380');
    expect(uppsala.length).toBe(analysis.developmentAreas.length);
    const first = analysis.developmentAreas[0]!;
    const ind = analysis.indicators.find((r) => r.indicator.id === first.indicatorId)!.indicator;
    expect(uppsala[0]!.slice(1, 8)).toEqual(['0380', 'Uppsala', ind.shortName, ind.omrade, FLAG_LABELS[first.flag.kind], tidy(first.flag.reason), first.flag.kind === 'gemensamt' ? '–' : 'Hög']);
  });

  it('the county report names the county, has the section titles and says Exempeldata on every page', () => {
    const pdf = join(dir, 'lan-03-uppsala.pdf');
    const info = pdfinfo(pdf);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toContain('Uppsala län 2019 (exempeldata');
    expect(info['Author']).toBe('Uppsala län');
    const text = pdftotext(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Uppsala län');
    for (const t of Object.values(LAN_SECTIONS)) expect(text).toContain(t);
    expect(text).toContain('Gemensamma utvecklingsområden i länet');
    expect(text).toContain('Sida 1 av');
    const pages = Number(info['Pages']);
    for (let p = 1; p <= pages; p++) expect(pdftotext(pdf, ['-f', String(p), '-l', String(p)]), `sida ${p}`).toContain('Exempeldata');
  });
});
