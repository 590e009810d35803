// The --webb site in a real browser: `lan Uppsala --webb` (PDFs, county page) and `kommun Stockholm --webb
// --format json` (stadsdel pages, JSON downloads) into the same folder. Pages are opened from file:// with
// JavaScript on: every link resolves to a file in the site, nothing is requested outside it, no console errors,
// axe-core finds no serious or critical violation, and a 390 px wide window never scrolls sideways.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/render/browser.ts';
import { run } from '../cli/capture.ts';
import { axePath, brokenLinks, seriousViolations, visit as visitIn, type Visit } from './helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'ojr-webb-'));
const site = join(out, '2019', 'webb');
const browser = new BrowserManager();
const visit = <T>(file: string, width: number, fn: (v: Visit) => Promise<T>) => visitIn(browser, site, file, width, fn);

afterAll(async () => {
  await browser.close();
  rmSync(out, { recursive: true, force: true });
});

beforeAll(async () => {
  const lan = await run(['lan', 'Uppsala', '--webb', '--ut', out, '--parallell', '2']);
  expect(lan.code, lan.stderr).toBe(0);
  expect(lan.stdout).toContain(join(site, 'index.html'));
  const sthlm = await run(['kommun', 'Stockholm', '--webb', '--format', 'json', '--ut', out]);
  expect(sthlm.code, sthlm.stderr).toBe(0);
}, 300_000);

const PAGES = [
  ['the index', 'index.html'],
  ['a kommun page', '0380-uppsala.html'],
  ['a stadsdel page', '0180-stockholm-bromma.html'],
  ['a county page', 'lan-03-uppsala.html'],
] as const;

describe('the --webb site', () => {
  it('has the pages, the shared style and the downloads in its own folder', () => {
    for (const f of ['index.html', 'stil.css', 'filtrera.js', '0380-uppsala.html', '0180-stockholm.html', '0180-stockholm-bromma.html', 'lan-03-uppsala.html']) {
      expect(existsSync(join(site, f)), f).toBe(true);
    }
    for (const f of ['0380-uppsala.pdf', '0380-uppsala.json', '0380-uppsala-underlag.xlsx', 'lan-03-uppsala.pdf', 'lan-03-uppsala.xlsx', '0180-stockholm.json', '0180-stockholm-bromma.json', '0180-stockholm-bromma-underlag.xlsx']) {
      expect(existsSync(join(site, 'filer', f)), f).toBe(true);
    }
  });

  it('offers each unit its analysis as JSON and a blank underlag workbook, made for the site even in a PDF run', async () => {
    const json = JSON.parse(readFileSync(join(site, 'filer', '0380-uppsala.json'), 'utf8')) as { format: string; enhet: { code: string }; exempeldata: boolean };
    expect(json).toMatchObject({ format: 'ojrapport-analys', enhet: { code: '0380' }, exempeldata: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(site, 'filer', '0380-uppsala-underlag.xlsx'));
    const text = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(' ');
    expect(text).toContain('Uppsala');
    const page = readFileSync(join(site, '0380-uppsala.html'), 'utf8');
    expect(page).toContain('href="filer/0380-uppsala.json"');
    expect(page).toContain('href="filer/0380-uppsala-underlag.xlsx"');
  });

  it('lists both counties on the index, with counts that match the analysis', () => {
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('<h2 id="lan-01-h">Stockholms län</h2>');
    expect(index).toContain('<h2 id="lan-03-h">Uppsala län</h2>');
    expect(index).toContain('<title>Öppna jämförelser LSS 2019 – alla län</title>');
    // The same numbers as the JSON analysis of the same run.
    const json = JSON.parse(readFileSync(join(out, '2019', '0180-stockholm-bromma.json'), 'utf8')) as {
      utvecklingsomraden: unknown[];
      styrkor: unknown[];
      indikatorer: { flags: { kind: string }[]; change?: { lostJa?: boolean } }[];
    };
    const worse = json.indikatorer.filter((r) => r.change?.lostJa || r.flags.some((f) => f.kind === 'forsamring')).length;
    const row = new RegExp(`<tr data-namn="Stockholm: Bromma">.*?</tr>`).exec(index)?.[0] ?? '';
    const nums = [...row.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(nums).toEqual([json.utvecklingsomraden.length, json.styrkor.length, worse]);
    expect(row).toContain('href="filer/0180-stockholm-bromma.json"');
    expect(row).not.toContain('.pdf'); // only JSON was made for Stockholm
  });

  it('keeps the same content as the report: every step, figure alt text and the example label', () => {
    const report = readFileSync(join(site, '0380-uppsala.html'), 'utf8');
    for (const h of ['Sammanfattning för nämnden', 'Alla indikatorer i korthet', 'Steg 1.', 'Steg 4.', 'Bilaga 3. Datakällor och versioner']) expect(report).toContain(h);
    expect(report).not.toContain('@font-face'); // the fonts are in stil.css, once
    expect(/<figure class="chart" role="img" aria-label="Figur 1\. [^"]+">/.test(report)).toBe(true);
    for (const [, f] of PAGES) expect(readFileSync(join(site, f), 'utf8'), f).toContain('<p class="site-example">Exempeldata – inte verkliga resultat</p>');
  });

  it('links between neighbouring kommuner and back to the index and the county page', () => {
    const html = readFileSync(join(site, '0380-uppsala.html'), 'utf8');
    const nav = /<nav class="site-nav"[^]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(nav).toContain('href="index.html"');
    expect(nav).toContain('href="lan-03-uppsala.html"');
    expect(nav).toContain('<a href="0360-tierp.html" rel="prev">Föregående: Tierp</a>');
    expect(nav).toContain('<a href="0381-enkoping.html" rel="next">Nästa: Enköping</a>');
  });

  it.each(PAGES)('resolves every link on %s to a file in the site', async (_, file) => {
    const broken = await visit(file, 1280, (v) => brokenLinks(v.page, site));
    expect(broken).toEqual([]);
  }, 300_000);

  it.each(PAGES)('%s: no console errors, no request outside the site, no serious axe violation, no sideways scrolling at 390 px', async (_, file) => {
    const result = await visit(file, 390, async ({ page, errors, outside }) => {
      // What the page itself did, before axe is injected.
      const pageErrors = [...errors];
      const pageOutside = [...outside];
      const axe = await seriousViolations(page);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      const structure = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
        levels: Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map((h) => Number(h.tagName[1])),
        landmarks: ['header', 'nav', 'main', 'footer'].filter((s) => document.querySelector(s)),
        firstLink: document.querySelector('a')?.getAttribute('href'),
        tablesWithoutCaptionOrTh: Array.from(document.querySelectorAll('table')).filter((t) => !t.querySelector('caption')?.textContent?.trim() || !t.querySelector('th')).length,
      }));
      return { errors: pageErrors, outside: pageOutside, axe, scrollWidth, structure };
    });
    expect(result.errors).toEqual([]);
    expect(result.outside).toEqual([]);
    expect(result.axe).toEqual([]);
    expect(result.scrollWidth).toBeLessThanOrEqual(390);
    const { structure } = result;
    expect(structure.lang).toBe('sv');
    expect(structure.h1).toBe(1);
    expect(structure.levels.filter((l, i) => i > 0 && l > structure.levels[i - 1]! + 1)).toEqual([]);
    expect(structure.landmarks).toEqual(['header', 'nav', 'main', 'footer']);
    expect(structure.firstLink).toBe('#huvudinnehall');
    expect(structure.tablesWithoutCaptionOrTh).toBe(0);
  }, 300_000);

  it('runs an axe check that does fail: the kommun page without lang and with grey-on-grey text', async () => {
    const ids = await visit('0380-uppsala.html', 1280, async ({ page }) => {
      await page.evaluate(() => {
        document.documentElement.removeAttribute('lang');
        const p = document.querySelector('main p')! as HTMLElement;
        p.style.color = '#bbb';
        p.style.background = '#ccc';
      });
      await page.addScriptTag({ path: axePath });
      return page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run({ preload: false });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
    });
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'color-contrast']));
  }, 300_000);

  it('filters the index by name with JavaScript, and shows every row without it', async () => {
    const rows = await visit('index.html', 1280, async ({ page }) => {
      const visible = () => page.$$eval('tr[data-namn]', (trs) => trs.filter((t) => !(t as HTMLElement).hidden).map((t) => t.getAttribute('data-namn')));
      const all = await visible();
      await page.type('#filter-namn', 'brom');
      return { all: all.length, filtered: await visible(), formHidden: await page.$eval('#filter', (f) => (f as HTMLElement).hidden) };
    });
    expect(rows.all).toBe(8 + 15); // Uppsala län's kommuner, Stockholm and its 14 stadsdelsområden
    expect(rows.filtered).toEqual(['Stockholm: Bromma']);
    expect(rows.formHidden).toBe(false);
    // Without JavaScript the field is not shown (the hidden attribute stays), and nothing else depends on it.
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('<form class="filter" id="filter" role="search" hidden>');
  }, 300_000);

  it('makes a missing page again with --hoppa-over-befintliga, skipping the reports that are up to date', async () => {
    rmSync(join(site, '0381-enkoping.html'));
    const r = await run(['lan', 'Uppsala', '--webb', '--hoppa-over-befintliga', '--ut', out, '--parallell', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(site, '0381-enkoping.html'))).toBe(true);
    expect(r.stderr).toMatch(/1 klara, 9 hoppade över/);
    // The index still lists both counties (the site's list survives a run that covers one of them).
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Stockholm: Bromma');
  }, 300_000);
});
