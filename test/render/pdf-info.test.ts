// Author and Subject are added to Chromium's PDF without breaking it (poppler and pdf.js read them).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/render/browser.ts';
import { renderPdf } from '../../src/render/pdf.ts';
import { withPdfInfo } from '../../src/render/pdf-info.ts';
import { pdfinfo, pdftotext } from '../pdf-tools.ts';

const browser = new BrowserManager();
afterAll(() => browser.close());

describe('withPdfInfo', () => {
  it('sets Author, Subject and Keywords, keeps Title, tags and text', async () => {
    const html = '<!doctype html><html lang="sv"><head><title>Rapport för Åre</title></head><body><h1>Hej Östersund</h1></body></html>';
    const pdf = await browser.withPage((p) => renderPdf(p, html, { title: 'Rapport för Åre', lang: 'sv' }));
    const out = withPdfInfo(pdf, { author: 'Åre kommun', subject: 'Öppna jämförelser LSS 2019', keywords: 'ÖJ, LSS', creator: 'ojrapport' });
    const file = join(mkdtempSync(join(tmpdir(), 'ojr-info-')), 'x.pdf');
    writeFileSync(file, out);
    const info = pdfinfo(file);
    expect(info['Title']).toBe('Rapport för Åre');
    expect(info['Author']).toBe('Åre kommun');
    expect(info['Subject']).toBe('Öppna jämförelser LSS 2019');
    expect(info['Keywords']).toBe('ÖJ, LSS');
    expect(info['Creator']).toBe('ojrapport');
    expect(info['Tagged']).toBe('yes');
    expect(pdftotext(file)).toContain('Hej Östersund');
    // The original bytes are untouched: an incremental update only appends.
    expect(readFileSync(file).subarray(0, pdf.length).equals(pdf)).toBe(true);
  });

  it('leaves a file it does not understand unchanged', () => {
    const odd = Buffer.from('%PDF-1.7\nnot a real pdf\n%%EOF\n');
    expect(withPdfInfo(odd, { author: 'a', subject: 'b' })).toBe(odd);
  });
});
