import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/render/browser.ts';
import { renderHtml } from '../../src/render/html.ts';
import { renderPdf, renderReportPdf } from '../../src/render/pdf.ts';
import { loadReport } from '../../src/render/shell.ts';
import { writeFileAtomic } from '../../src/render/write.ts';
import { RUTIN_REASON } from '../fixtures/report-analysis.ts';
import { fixtureModel } from './report-helpers.ts';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
// pdftotext breaks lines and may keep U+00A0; compare on single spaces.
const flat = (s: string) => s.replace(/[\u00a0\s]+/g, ' ');

describe('renderPdf with the system Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ojrapport-pdf-test-'));
  const file = join(dir, 'Uppsala_2019.pdf');
  const browser = new BrowserManager();
  const model = fixtureModel();
  let text = '';

  beforeAll(async () => {
    const pdf = await browser.withPage((page) => renderPdf(page, renderHtml(model), { title: model.documentTitle, lang: 'sv' }));
    await writeFileAtomic(file, pdf);
    text = flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
  });

  afterAll(async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is a tagged A4 PDF with the title set', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(info).toContain(`Title:           ${model.documentTitle}`);
    expect(readdirSync(dir)).toEqual(['Uppsala_2019.pdf']);
  });

  it('contains the kommun, the four step titles, the example label and Swedish numbers', () => {
    expect(text).toContain('Uppsala 2019');
    for (const title of [
      'Steg 1. Sammanställ – hur ser våra resultat ut?',
      'Steg 2. Analysera – varför ser det ut så?',
      'Steg 3. Prioritera – vilka är våra utvecklingsområden?',
      'Steg 4. Åtgärda och följ upp – vad gör vi, och hur vet vi att det blev bättre?',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain('Exempeldata – inte verkliga resultat');
    expect(text).toContain(flat(RUTIN_REASON));
    expect(text).toContain('71 % (5 av 7)');
  });

  it('puts the page footer and the example label on every page', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    expect(pages).toBeGreaterThan(5);
    expect(text).toContain(`Sida 1 av ${pages}`);
    for (let p = 1; p <= pages; p++) {
      const page = flat(run('pdftotext', ['-enc', 'UTF-8', '-f', String(p), '-l', String(p), file, '-']));
      expect(page).toContain(`Sida ${p} av ${pages}`);
      expect(page).toContain('Exempeldata – inte verkliga resultat');
    }
  });

  it('embeds every font', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$/);
  });

  it('reuses a warm page for the next report', async () => {
    const again = await browser.withPage((page) => renderPdf(page, renderHtml(fixtureModel({ isExample: false })), { title: model.documentTitle, lang: 'sv' }));
    expect(again.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints in a hidden page, so loading a report lays nothing out for the screen', async () => {
    const [visibility, layouts] = await browser.withPage(async (page) => {
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      const count = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'LayoutCount')!.value;
      await renderPdf(page, renderHtml(model), { title: model.documentTitle, lang: 'sv' });
      const before = await count();
      await loadReport(page, renderHtml(fixtureModel({ isExample: false })), 60_000);
      const after = await count();
      await cdp.detach();
      return [await page.evaluate(() => document.visibilityState), after - before];
    });
    expect(visibility).toBe('hidden');
    expect(layouts).toBe(0);
  });
});

describe('renderReportPdf: table of contents with page numbers', () => {
  const browser = new BrowserManager();
  afterAll(() => browser.close());

  /** Checks that the TOC page lists each step with the page its heading starts on; returns the page map. */
  async function checkToc(predicted?: ReadonlyMap<string, number>) {
    const model = fixtureModel();
    const { pdf, pageMap, prints } = await browser.withPage((page) => renderReportPdf(page, () => renderHtml(model), { title: model.documentTitle, lang: 'sv', predicted }));
    expect(pageMap.dests.get('sammanfattning')).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'ojrapport-toc-'));
    const file = join(dir, 'toc.pdf');
    await writeFileAtomic(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    expect(pageMap.pages).toBe(pages);
    // The TOC page (after the summary and "Alla indikatorer i korthet") lists "Steg 1 … N" where N is the page
    // that starts with the step 1 heading.
    const tocPage = flat(run('pdftotext', ['-enc', 'UTF-8', '-f', '4', '-l', '4', file, '-']));
    for (const id of ['steg-1', 'steg-2', 'steg-3', 'steg-4']) {
      const n = pageMap.dests.get(id)!;
      const start = flat(run('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-']));
      const title = model.steps.find((s) => s.id === id)!.title;
      expect(start).toContain(title.slice(0, 20));
      expect(tocPage).toMatch(new RegExp(`${title.slice(0, 20).replace(/[.?*()]/g, '\\$&')}[^]*?${n}`));
    }
    expect(tocPage).not.toMatch(/\b9\d\b/);
    rmSync(dir, { recursive: true, force: true });
    return { pageMap, prints };
  }

  it('fills each TOC entry with the page its section starts on, printed once when the prediction is right', async () => {
    const { prints } = await checkToc();
    expect(prints).toBe(1);
  });

  it('gets the numbers right in two prints when the @page box cannot be predicted (named page size)', async () => {
    const section = (id: string, words: number) => `<section id="${id}" style="break-before:page"><h1>${id}</h1><p>${'ord '.repeat(words)}</p></section>`;
    const html =
      `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Liten</title><style>@page{size:A5;margin:15mm}</style></head><body>` +
      `<nav><a href="#a">A <span data-page-of="a"></span></a> <a href="#b">B <span data-page-of="b"></span></a></nav>` +
      `${section('a', 1500)}${section('b', 10)}</body></html>`;
    const { pdf, pageMap, prints } = await browser.withPage((page) => renderReportPdf(page, html, { title: 'Liten', lang: 'sv' }));
    expect(prints).toBe(2);
    const b = pageMap.dests.get('b')!;
    expect(b).toBeGreaterThan(3);
    const dir = mkdtempSync(join(tmpdir(), 'ojrapport-toc-'));
    const file = join(dir, 'liten.pdf');
    await writeFileAtomic(file, pdf);
    expect(flat(run('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'])).replace(/ /g, '')).toContain(`A2B${b}`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('predicts with the page area as wide as the print lays it out (a whole number of px), so a line that just fits stays one line', async () => {
    // A4 less 2 × 18 mm is 657.64 px; the print lays it out 658 px wide. Two 329 px boxes fill exactly one line
    // there but wrap at 657.64 px, which would push the heading after them to page 2 in the prediction.
    const html =
      `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Bredd</title><style>@page{size:A4;margin:20mm 18mm}` +
      `body{margin:0;font:16px/20px sans-serif}p,h2{margin:0;font-size:16px;line-height:20px}.w{display:inline-block;width:329px;height:20px;vertical-align:top}</style></head><body>` +
      `<p><a href="#mal">Mål <span data-page-of="mal"></span></a></p><div style="height:906px"></div>` +
      `<p><span class="w"></span><span class="w"></span></p><h2 id="mal">Mål</h2></body></html>`;
    const { pageMap, prints } = await browser.withPage((page) => renderReportPdf(page, html, { title: 'Bredd', lang: 'sv' }));
    expect(pageMap.dests.get('mal')).toBe(1);
    expect(prints).toBe(1);
  }, 300_000);

  it('predicts with the page area as tall as the print lays it out (rounded up to whole px), so a block that just fits stays', async () => {
    // A4 less 2 × 20 mm is 971.34 px; the print's page area is 972 px. The unbreakable block ends at 971.8 px.
    const html =
      `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Höjd</title><style>@page{size:A4;margin:20mm 18mm}` +
      `body{margin:0;font:16px/20px sans-serif}p{margin:0}</style></head><body>` +
      `<p><a href="#mal">Mål <span data-page-of="mal"></span></a></p><div style="height:900px"></div>` +
      `<div id="mal" style="height:51.8px;break-inside:avoid">Mål</div><p>Efter</p></body></html>`;
    const { pageMap, prints } = await browser.withPage((page) => renderReportPdf(page, html, { title: 'Höjd', lang: 'sv' }));
    expect(pageMap.dests.get('mal')).toBe(1);
    expect(prints).toBe(1);
  }, 300_000);

  it('prints again with the pages read back when the prediction is wrong', async () => {
    const wrong = new Map(['sammanfattning', 'steg-1', 'steg-2', 'steg-3', 'steg-4'].map((id, i) => [id, 90 + i]));
    const { prints } = await checkToc(wrong);
    expect(prints).toBe(2);
  });
});
