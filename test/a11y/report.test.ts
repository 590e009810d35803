// The accessibility check on real reports (three kinds of unit) and on deliberately broken documents,
// which proves the check can fail.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/render/browser.ts';
import { run } from '../cli/capture.ts';
import { pdffonts, pdfinfo } from '../pdf-tools.ts';
import { checkPdfAccessibility, textOutsideStructure, type A11yProblem } from './check.ts';

const out = mkdtempSync(join(tmpdir(), 'ojr-a11y-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each([
  ['Uppsala', '0380-uppsala.pdf', 'Uppsala'],
  ['Upplands Väsby', '0114-upplands-vasby.pdf', 'Upplands Väsby'],
  ['Bromma', '0180-stockholm-bromma.pdf', 'Bromma'],
])('the report for %s', (arg, fileName, unitName) => {
  const file = join(out, '2019', fileName);
  beforeAll(async () => {
    const r = await run(['kommun', arg, '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('passes the accessibility check', async () => {
    expect(readdirSync(join(out, '2019'))).toContain(fileName);
    expect(await checkPdfAccessibility(file)).toEqual([]);
  });

  it('is tagged, titled and embeds every font', () => {
    const info = pdfinfo(file);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toMatch(new RegExp(`– ${unitName}( \\(stadsdelsområde i Stockholms stad\\))? 2019`));
    expect(pdffonts(file).filter((f) => !f.embedded)).toEqual([]);
  });

  it('keeps the running header and footer out of the structure tree, marked as /Artifact', async () => {
    const outside = (await textOutsideStructure(file, 3)).join(' ');
    expect(outside).toContain('Lokal analys av Öppna jämförelser LSS');
    expect(outside).toMatch(/Sida 3 av \d+/);
    const artifacts = (await textOutsideStructure(file, 3, true)).join(' ');
    expect(artifacts).toContain('Lokal analys av Öppna jämförelser LSS');
    expect(artifacts).toMatch(/Sida 3 av \d+/);
    expect(artifacts).not.toContain('Alla indikatorer i korthet');
  });
});

describe('the accessibility check fails on broken documents', () => {
  const browser = new BrowserManager();
  afterAll(() => browser.close());

  const doc = (body: string, { lang = 'sv', title = 'Testrapport' } = {}) =>
    `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8">${title ? `<title>${title}</title>` : ''}</head><body>${body}</body></html>`;
  const steps = [1, 2, 3, 4].map((n) => `<h2>Steg ${n}. Rubrik</h2><p>Text ${n}.</p>`).join('');
  const chart = '<svg width="200" height="40"><rect width="120" height="30" fill="#1f4e79"/></svg>';
  // The caption makes it a data table for Chromium; a bare grid without one is tagged as layout, not as a Table.
  const table = (head: boolean) =>
    `<table><caption>Resultat</caption>${head ? '<thead><tr><th scope="col">Indikator</th><th scope="col">Värde</th></tr></thead>' : ''}<tbody><tr><td>Rutin</td><td>Ja</td></tr></tbody></table>`;
  const good = `<h1>Rapport</h1>${steps}<figure role="img" aria-label="Uppsala svarar Ja på 14 av 18 frågor.">${chart}<figcaption>Figur 1.</figcaption></figure>${table(true)}`;

  // The same print options as the reports (src/render/pdf.ts), but without its guard against a missing lang.
  async function check(html: string): Promise<A11yProblem['code'][]> {
    const pdf = await browser.withPage(async (page) => {
      await page.setContent(html, { waitUntil: 'load' });
      return page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true });
    });
    const file = join(out, `broken-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    return [...new Set((await checkPdfAccessibility(file)).map((p) => p.code))];
  }

  it('passes the well-formed document', async () => {
    expect(await check(doc(good))).toEqual([]);
  });

  it('fails on a figure without alt text', async () => {
    expect(await check(doc(good.replace(' role="img" aria-label="Uppsala svarar Ja på 14 av 18 frågor."', '')))).toContain('figure-alt');
  });

  it('fails on a skipped heading level', async () => {
    expect(await check(doc(good.replace('<h2>Steg 2. Rubrik</h2>', '<h2>Steg 2. Rubrik</h2><h4>Underrubrik</h4>')))).toContain('heading-order');
  });

  it('fails on a table without header cells', async () => {
    expect(await check(doc(good.replace(table(true), table(false))))).toContain('table-headers');
  });

  it('fails without a language, without a title, and without the steps in the outline', async () => {
    expect(await check(doc(good, { lang: '' }))).toContain('no-lang');
    expect(await check(doc(good, { title: '' }))).toContain('no-title');
    expect(await check(doc(good.replace(steps, '<h2>Steg 1. Rubrik</h2>')))).toContain('outline');
  });
});
