// End to end: `ojrapport lan Uppsala` on the example data: 8 kommun reports, the county report and workbook.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeUnit } from '../../src/analyze.ts';
import { FLAG_LABELS } from '../../src/compose/texts.ts';
import { tidy } from '../../src/sv/grammar.ts';
import { LAN_SECTIONS } from '../../src/lan/model.ts';
import { getValue } from '../../src/model/types.ts';
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
  }, 300_000);

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

    // Indikatorer: the county's and riket's values, each with where it comes from.
    const defs = wb.getWorksheet('Indikatorer')!;
    const defHeaders = (defs.getRow(HEADER_ROW).values as unknown[]).map(String);
    const dv = [...Array(defs.rowCount).keys()].map((i) => defs.getRow(i + 1)).find((r) => r.getCell(1).value === 'bm_daglig_verksamhet')!;
    const at = (h: string) => dv.getCell(defHeaders.indexOf(h)).value;
    expect([at('Uppsala län'), at('Uppsala län, ursprung'), at('Riket'), at('Riket, ursprung')]).toEqual([31.1, 'Publicerad (Socialstyrelsen)', 35.3, 'Publicerad (Socialstyrelsen)']);

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
    expect(text).toContain('Länsgemensamma utvecklingsområden');
    expect(text).toContain('Sida 1 av');
    const pages = Number(info['Pages']);
    for (let p = 1; p <= pages; p++) expect(pdftotext(pdf, ['-f', String(p), '-l', String(p)]), `sida ${p}`).toContain('Exempeldata');
  });

  it("the county report's verdicts: one defined county concept, the change threshold with a 'som riket' band, its own Bilaga 2", () => {
    const text = pdftotext(join(dir, 'lan-03-uppsala.pdf')).replace(/\s+/g, ' ');
    // Independent recount from the published rows (län 03, riket 00) of the example data, threshold 5 pp.
    const tally = { bättre: 0, som: 0, sämre: 0 };
    for (const ind of ctx.data.indicators.values()) {
      if (ind.type === 'bakgrund' || !ind.years.includes(2019)) continue;
      const lan = getValue(ctx.data, 2019, ind.id, '03')?.value;
      const riket = getValue(ctx.data, 2019, ind.id, '00')?.value;
      if (lan == null || riket == null) continue;
      const d = ind.direction === 'ned' ? riket - lan : lan - riket;
      tally[d >= 5 ? 'bättre' : d <= -5 ? 'sämre' : 'som']++;
    }
    // Hand-checked in the PDF on 2026-12-03: 7 better, 10 within 5 pp, 3 worse, 15 länsgemensamma of 20 indicators.
    expect(tally).toEqual({ bättre: 7, som: 10, sämre: 3 });
    for (const label of ['Bättre än riket', 'Som riket', 'Sämre än riket']) expect(text).toContain(label);
    expect(text).toContain('På 15 indikatorer ligger minst hälften av kommunerna efter: de är länsgemensamma utvecklingsområden.');
    expect(text).toContain('ligger länet bättre än riket på 7 indikatorer och sämre på 3 indikatorer; på 10 indikatorer är skillnaden mindre (som riket)');
    // The county concept has its own name and its definition where it is used (summary, read, step 3).
    const definition = 'Länsgemensamma utvecklingsområden: indikatorer där minst hälften av länets kommuner som har svarat ligger efter';
    expect(text.split(definition).length - 1).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/[^s]gemensamma utvecklingsområden i länet/i);
    // Bilaga 2 is the county's own: its concept and threshold, not the kommun report's riket ≤ 25 % rule.
    const bilaga2 = text.slice(text.lastIndexOf('Bilaga 2. Metod och regler'), text.lastIndexOf('Bilaga 3. Datakällor'));
    expect(bilaga2).toContain('Länsgemensamt');
    // The label column may wrap into the definition in the extracted text; the definition's words are there in order.
    expect(bilaga2).toMatch(/En indikator där minst hälften av länets kommuner som har svarat (\S+ )?ligger efter/);
    expect(bilaga2).toContain('forandring_minst_procentenheter');
    expect(bilaga2).toContain('minst 5 procentenheter i önskad riktning är bättre');
    expect(bilaga2).toContain('Hur jämförelsevärdena räknas');
    expect(bilaga2).not.toContain('högst 25 % av kommunerna i riket');
    // Bilaga 3 does not carry one kommun's liknande group.
    const bilaga3 = text.slice(text.lastIndexOf('Bilaga 3. Datakällor'));
    expect(bilaga3).not.toContain('Liknande kommuner LSS');
    expect(text).toContain('(publ.)');
  });
});
