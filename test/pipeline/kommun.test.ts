// End to end: `ojrapport kommun` on the bundled example data, checked in the written files.
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/capture.ts';
import { pdffonts, pdfinfo, pdftotext } from '../pdf-tools.ts';

const STEP_TITLES = [
  'Steg 1. Sammanställ – hur ser våra resultat ut?',
  'Steg 2. Analysera – varför ser det ut så?',
  'Steg 3. Prioritera – vilka är våra utvecklingsområden?',
  'Steg 4. Åtgärda och följ upp – vad gör vi, och hur vet vi att det blev bättre?',
];

describe('ojrapport kommun Uppsala (PDF)', () => {
  const out = mkdtempSync(join(tmpdir(), 'ojr-kommun-'));
  const pdf = join(out, '2019', '0380-uppsala.pdf');
  let result: Awaited<ReturnType<typeof run>>;
  let text = '';

  beforeAll(async () => {
    result = await run(['kommun', 'Uppsala', '--ut', out]);
    text = pdftotext(pdf).replace(/\s+/g, ' ');
  });

  it('exits 0 and names the written file', () => {
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pdf);
    expect(readdirSync(join(out, '2019'))).toEqual(['0380-uppsala.pdf']);
  });

  it('is a tagged A4 PDF with a title', () => {
    const info = pdfinfo(pdf);
    expect(info['Tagged']).toBe('yes');
    expect(info['Page size']).toMatch(/\(A4\)/);
    expect(info['Title']).toContain('Uppsala 2019');
  });

  it('embeds every font', () => {
    const fonts = pdffonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('contains the kommun, the four step titles, page numbers and the example label', () => {
    expect(text).toContain('Uppsala');
    for (const t of STEP_TITLES) expect(text).toContain(t);
    expect(text).toContain('Sida 1 av');
    expect(text).toContain('Exempeldata – inte verkliga resultat');
  });

  it('says "Exempeldata" on every page', () => {
    const pages = Number(pdfinfo(pdf)['Pages']);
    expect(pages).toBeGreaterThan(5);
    for (let p = 1; p <= pages; p++) {
      expect(pdftotext(pdf, ['-f', String(p), '-l', String(p)]), `sida ${p}`).toContain('Exempeldata');
    }
  });

  it('names the liknande kommuner and their vintage', () => {
    expect(text).toContain('Liknande kommuner LSS, Uppsala, 2021');
    for (const name of ['Linköping', 'Jönköping', 'Malmö', 'Lund', 'Helsingborg', 'Borås', 'Västerås']) expect(text).toContain(name);
  });
});

describe('ojrapport kommun --format json/html', () => {
  const out = mkdtempSync(join(tmpdir(), 'ojr-json-'));

  it('writes the analysis as JSON, found by kod, with sets, n and flags with reasons', async () => {
    const r = await run(['kommun', '1283', '--format', 'json', '--ut', out]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, '2019', '1283-helsingborg.json'), 'utf8'));
    expect(doc.format).toBe('ojrapport-analys');
    expect(doc.exempeldata).toBe(true);
    expect(doc.enhet).toMatchObject({ code: '1283', name: 'Helsingborg', kind: 'kommun' });
    const riket = doc.jamforelsegrupper.find((s: { id: string }) => s.id === 'riket');
    expect(riket.members).toHaveLength(290);
    const lik = doc.jamforelsegrupper.find((s: { id: string }) => s.id === 'liknande');
    expect(lik.medlemmar).toHaveLength(7);
    for (const ind of doc.indikatorer) {
      for (const s of ind.sets) expect(s.nAnswered + s.nMissing).toBe(doc.jamforelsegrupper.find((g: { id: string }) => g.id === s.setId).members.length);
      for (const f of ind.flags) expect(f.reason.length).toBeGreaterThan(20);
    }
  });

  it('writes a self-contained HTML file for an earlier year, matched without å/ä/ö', async () => {
    const r = await run(['kommun', 'hoganas', '--ar', '2018', '--format', 'html', '--ut', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(out, '2018', '1284-hoganas.html'), 'utf8');
    expect(html).toContain('<html lang="sv"');
    expect(html).toContain('Höganäs');
    expect(html).not.toMatch(/<(link|script)\b[^>]*(src|href)=/);
  });

  it('lists the closest names for an unknown kommun and exits 2 without writing', async () => {
    const r = await run(['kommun', 'Uppsalla-x', '--ut', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Hittar ingen kommun som heter "Uppsalla-x"');
    expect(r.stderr).toContain('Uppsala (0380)');
  });

  it('refuses a year that is not in the data', async () => {
    const r = await run(['kommun', 'Uppsala', '--ar', '2015', '--ut', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Året 2015 finns inte i underlaget');
    expect(existsSync(join(out, '2015'))).toBe(false);
  });
});
