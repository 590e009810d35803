// `alla --webb` on a small CSV (four kommuner in two counties, so the country run stays short): the index shows
// the country by county with the national workbook, the county pages link to each other, and the index and a
// county page pass the same browser checks as the county site (links, requests, console, axe-core, 390 px).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/render/browser.ts';
import { run } from '../cli/capture.ts';
import { brokenLinks, seriousViolations, visit } from './helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'ojr-webb-alla-'));
const site = join(out, '2019', 'webb');
const browser = new BrowserManager();

afterAll(async () => {
  await browser.close();
  rmSync(out, { recursive: true, force: true });
});

beforeAll(async () => {
  const rows = [['0380', 'Ja', 'Nej'], ['0381', 'Nej', 'Ja'], ['0180', 'Ja', 'Ja'], ['0114', 'Nej', 'Ja']];
  const csv = ['kommunkod;indikator;år;värde', ...rows.flatMap(([k, y19, y18]) => [`${k};ibic_utredning;2019;${y19}`, `${k};ibic_utredning;2018;${y18}`])].join('\n');
  writeFileSync(join(out, 'data.csv'), `${csv}\n`);
  const r = await run(['alla', '--webb', '--data', join(out, 'data.csv'), '--ut', out, '--parallell', '2']);
  expect(r.code, r.stderr).toBe(0);
}, 300_000);

describe('alla --webb', () => {
  it('indexes the country county by county, with the national workbook and both county reports', () => {
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('<h1>Öppna jämförelser LSS 2019 – alla län</h1>');
    expect(index.indexOf('Stockholms län</h2>')).toBeLessThan(index.indexOf('Uppsala län</h2>'));
    expect(index).toContain('<a href="filer/riket.xlsx">Arbetsbok för riket (xlsx)</a>');
    for (const f of ['lan-01-stockholm.html', 'lan-03-uppsala.html', 'filer/lan-01-stockholm.xlsx', 'filer/lan-03-uppsala.pdf']) expect(index).toContain(`href="${f}"`);
    // Enköping: Ja 2018, Nej 2019 is a försämring; Uppsala: Nej 2018, Ja 2019 is not.
    const cells = (name: string) => [...(new RegExp(`<tr data-namn="${name}">.*?</tr>`).exec(index)?.[0] ?? '').matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(cells('Enköping')[2]).toBe(1);
    expect(cells('Uppsala')[2]).toBe(0);
  });

  it('links the county pages to each other', () => {
    const html = readFileSync(join(site, 'lan-01-stockholm.html'), 'utf8');
    expect(html).toContain('<a href="lan-03-uppsala.html" rel="next">Nästa: Uppsala län</a>');
  });

  it.each(['index.html', 'lan-03-uppsala.html'])('%s: links resolve in the site, nothing leaves it, no console error or serious axe violation, no sideways scrolling at 390 px', async (file) => {
    const r = await visit(browser, site, file, 390, async ({ page, errors, outside }) => {
      const seen = { errors: [...errors], outside: [...outside] };
      return { ...seen, broken: await brokenLinks(page, site), width: await page.evaluate(() => document.documentElement.scrollWidth), axe: await seriousViolations(page) };
    });
    expect(r.errors).toEqual([]);
    expect(r.outside).toEqual([]);
    expect(r.broken).toEqual([]);
    expect(r.width).toBeLessThanOrEqual(390);
    expect(r.axe).toEqual([]);
  }, 300_000);
});
