// The report as a politician gets it (issue 15): a one-page summary even with a full local workbook, a page with
// every indicator after it, and nothing from the tool (commands, working-name notes) anywhere in the PDF.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/capture.ts';
import { pdfinfo, pdftotext } from '../pdf-tools.ts';
import { textSizes } from '../pdf-text-sizes.ts';
import { defaultSender } from '../../src/compose/cover.ts';
import { unbroken } from '../../src/compose/wrap.ts';
import { fillUnderlag } from './fill-underlag.ts';

const flat = (s: string) => s.replace(/[\u00a0\s]+/g, ' ').trim();

describe('the Uppsala report with a fully filled underlag', { timeout: 300_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'ojr-design-'));
  const workbook = join(out, '2019', '0380-uppsala-underlag.xlsx');
  const file = join(out, '2019', '0380-uppsala.pdf');
  let filled: Awaited<ReturnType<typeof fillUnderlag>> = [];
  let pages: string[] = [];

  beforeAll(async () => {
    expect((await run(['underlag', 'Uppsala', '--ut', out])).code).toBe(0);
    filled = await fillUnderlag(workbook, 6);
    const r = await run(['kommun', 'Uppsala', '--lokal', workbook, '--ut', out, '--avsandare', 'Socialförvaltningen, Uppsala kommun']);
    expect(r.code, r.stderr).toBe(0);
    const n = Number(pdfinfo(file).Pages);
    pages = Array.from({ length: n }, (_, i) => flat(pdftotext(file, ['-f', String(i + 1), '-l', String(i + 1)], 'reading')));
  }, 300_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('names the sender as Author, a Subject that is not the title, and example data in the title', () => {
    const info = pdfinfo(file);
    expect(info['Author']).toBe('Socialförvaltningen, Uppsala kommun');
    expect(info['Title']).toMatch(/Uppsala 2019 \(exempeldata, inte verkliga resultat\)$/);
    expect(info['Subject']).not.toBe(info['Title']);
    expect(info['Subject']).toContain('handlingsplan');
  });

  it('fits the summary, with the action plan and the strengths, on one page', () => {
    const summary = pages.findIndex((p) => p.includes('Sammanfattning för nämnden'));
    expect(summary).toBe(1);
    const page = pages[summary]!;
    expect(page).toContain('Styrkor att behålla');
    expect(page).toContain('Handlingsplan');
    expect(page).toContain('Ytterligare 3 åtgärder finns i handlingsplanen i steg 4.');
    expect(pages[summary + 1]).toContain('Alla indikatorer i korthet');
  });

  it('leaves areas the team marked "Ej prioriterad" off the summary', () => {
    const page = pages[1]!;
    const areas = page.slice(page.indexOf('De viktigaste utvecklingsområdena'), page.indexOf('Styrkor att behålla'));
    expect(filled.filter((f) => f.priority === 'Ej prioriterad').length).toBeGreaterThan(0);
    for (const f of filled) {
      if (f.priority === 'Ej prioriterad') expect(areas).not.toContain(`${f.name} Utvecklingsområde`);
    }
    for (const f of filled.filter((x) => x.priority !== 'Ej prioriterad')) expect(areas).toContain(f.name);
  });

  it('shows every indicator with its status on the page after the summary', () => {
    const glance = pages[2]!;
    // One page: the last område is on it and the table of contents follows.
    expect(glance).toContain('Delaktighet och inflytande');
    expect(pages[3]).toContain('Innehåll');
    for (const name of ['Systematisk uppföljning', 'IBIC vid utredning', 'Samverkan barn – BUP']) expect(glance).toContain(name);
    for (const word of ['Bra', 'Svag', 'Ja', 'Nej']) expect(glance).toContain(word);
  });

  it('gives the Kolada KPI id and one line of national context in Bilaga 1', () => {
    const bilaga = pages.join(' ').split('Bilaga 1. Indikatorer').at(-1)!.split('Bilaga 2.')[0]!;
    expect(bilaga).toMatch(/Kolada U\d{5}/);
    expect(bilaga).toMatch(/I riket svarar \d+ av \d+ kommuner Ja 2019 \(\d+(,\d)? %\); 2018 var det \d+(,\d)? %\./);
  });

  it('has no command-line text or notes about the tool for the reader', () => {
    const all = pages.join(' ');
    expect(all).not.toMatch(/--lokal|ojrapport underlag|arbetsnamn/i);
    expect(all).not.toMatch(/\b1\. Steg 1\./);
    expect(all).not.toContain('kommungruppen, länet och riket');
  });

  it('has bookmarks that read exactly like the headings, once, with their spaces', async () => {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
    const titles: string[] = [];
    const walk = (items: { title: string; items?: unknown[] }[] | null) => {
      for (const it of items ?? []) {
        titles.push(it.title);
        walk(it.items as never);
      }
    };
    walk((await doc.getOutline()) as never);
    await doc.destroy();
    const text = pages.join(' ');
    expect(titles).toContain('Steg 3. Prioritera – vilka är våra utvecklingsområden?');
    expect(titles).toContain('Lokal analys av Öppna jämförelser – stöd till personer med funktionsnedsättning (LSS)');
    expect(titles.length).toBeGreaterThan(30);
    for (const t of titles) {
      expect(text).toContain(t);
      expect(t).not.toMatch(/^(.+)\1$/);
    }
  });

  it('prints nothing under 8 pt except the running header and footer, body text at 10 pt and tables at 9 pt', async () => {
    const sized = await textSizes(file);
    const frame = /^(Lokal analys av Öppna jämförelser LSS|Uppsala 2019|Sida \d+ av \d+|Exempeldata – inte verkliga resultat)$/;
    expect(sized.filter((t) => t.size < 8 && !frame.test(t.text.trim()))).toEqual([]);
    const sizeOf = (start: string) => sized.find((t) => t.text.startsWith(start))!.size;
    expect(sizeOf('Här finns alla indikatorer')).toBeGreaterThanOrEqual(10); // step 1 intro
    expect(sizeOf('Stämmer resultatet med vår egen bild')).toBeGreaterThanOrEqual(10); // a question in step 2
    expect(sizeOf('Mått')).toBeGreaterThanOrEqual(9); // a table heading
  });
});

describe('the default sender', () => {
  const names = new Map([['0180', 'Stockholm'], ['1480', 'Göteborg']]);
  const of = (unit: Record<string, string>) => defaultSender({ unit } as never, names);
  it('is the kommun in the genitive, Stockholms stad, or the stadsdel\'s förvaltning', () => {
    expect(of({ code: '0380', name: 'Uppsala', kind: 'kommun' })).toBe('Uppsala kommun');
    expect(of({ code: '2403', name: 'Bjurholm', kind: 'kommun' })).toBe('Bjurholms kommun');
    expect(of({ code: '0180', name: 'Stockholm', kind: 'kommun' })).toBe('Stockholms stad');
    expect(of({ code: '0180-bromma', name: 'Bromma', kind: 'stadsdel', parentCode: '0180' })).toBe('Bromma stadsdelsförvaltning, Stockholms stad');
  });
});

describe('a stadsdel report (Bromma)', { timeout: 300_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'ojr-design-bromma-'));
  const file = join(out, '2019', '0180-stockholm-bromma.pdf');
  let text = '';
  beforeAll(async () => {
    const r = await run(['kommun', 'Bromma', '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
    text = flat(pdftotext(file, [], 'reading'));
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('says it is a stadsdelsområde of Stockholms stad, in the title, the cover and the Author', () => {
    const info = pdfinfo(file);
    expect(info['Title']).toContain('Bromma (stadsdelsområde i Stockholms stad) 2019');
    expect(info['Author']).toBe('Bromma stadsdelsförvaltning, Stockholms stad');
    expect(text).toContain('Bromma 2019 Stadsdelsområde i Stockholms stad');
  });

  it('is placed in a quartile of the kommuner without a rank among them, and compared first with the other stadsdelsområden', () => {
    expect(text).not.toMatch(/plats \d+ av \d+/);
    expect(text).toMatch(/fjärdedelen jämfört med 2\d\d kommuner/);
    expect(text).toMatch(/Det (gör|har|använder|finns)[^.]* också [^.]*andra stadsdelsområden/);
  });

  it('is not shrunk to fit (nothing too wide for the page): no text under 8 pt but the running header and footer', async () => {
    const frame = /^(Lokal analys av Öppna jämförelser LSS|Bromma 2019|Sida \d+ av \d+|Exempeldata – inte verkliga resultat)$/;
    expect((await textSizes(file)).filter((t) => t.size < 8 && !frame.test(t.text.trim()))).toEqual([]);
  });

  it('groups "Lär av" and "Vem svarar Ja" by comparison group, at most five names each, the rest counted', () => {
    expect(text).toMatch(/Lär av Stadsdelsområden i Stockholm: /);
    const groups = [...text.matchAll(/(Stadsdelsområden i Stockholm|Liknande kommuner LSS|Stockholms län): ([^:]*?)(?= och (\d+) till| Stadsdelsområden| Liknande| Stockholms län:|$)/g)];
    expect(groups.length).toBeGreaterThan(3);
    for (const g of groups) expect(g[2]!.split(', ').length, g[0]).toBeLessThanOrEqual(5);
    expect(groups.some((g) => g[3] !== undefined && g[2]!.split(', ').length === 5)).toBe(true);
  });
});

describe('numbers never break across lines', () => {
  it('joins thousands, "N av M" and "N %" with no-break spaces', () => {
    expect(unbroken('per 10 000 inv., 22 av 281 och 84 % (+1 procentenhet)')).toBe('per 10\u00a0000 inv., 22\u00a0av\u00a0281 och 84\u00a0% (+1\u00a0procentenhet)');
  });
});

/** Characters of text per page, without the running header and footer. */
function pageTexts(file: string): number[] {
  const n = Number(pdfinfo(file).Pages);
  const frame = /Lokal analys av Öppna jämförelser LSS|Länsöversikt[^\n]*LSS|Sida \d+ av \d+|Exempeldata – inte verkliga resultat/g;
  return Array.from({ length: n }, (_, i) => pdftotext(file, ['-f', String(i + 1), '-l', String(i + 1)]).replace(frame, '').replace(/\s+/g, '').length);
}

describe('no near-empty pages', { timeout: 300_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'ojr-design-pages-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each([
    ['Bjurholm', '2403-bjurholm.pdf'],
    ['Knivsta', '0330-knivsta.pdf'],
    ['Göteborg', '1480-goteborg.pdf'],
  ])('%s: every page after the cover has at least a quarter of the median page text', async (name, fileName) => {
    const r = await run(['kommun', name, '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
    const lengths = pageTexts(join(out, '2019', fileName));
    const median = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length / 2)]!;
    const low = lengths.map((l, i) => ({ page: i + 1, l })).filter((p) => p.page > 1 && p.l * 4 < median);
    expect(low, `median ${median}: ${lengths.join(' ')}`).toEqual([]);
  });
});
