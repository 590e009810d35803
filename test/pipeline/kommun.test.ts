// End to end: `ojrapport kommun` on the bundled example data, checked in the written files.
import { mkdtempSync, readFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
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
    expect(info['Title']).toContain('Uppsala 2019 (exempeldata, inte verkliga resultat)');
    expect(info['Author']).toBe('Uppsala kommun');
    expect(info['Subject']).toContain('Öppna jämförelser 2019');
    expect(info['Subject']).not.toBe(info['Title']);
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
    expect(doc.formatVersion).toBe(2);
    expect(doc.exempeldata).toBe(true);
    expect(doc.enhet).toMatchObject({ code: '1283', name: 'Helsingborg', kind: 'kommun' });
    const riket = doc.jamforelsegrupper.find((s: { id: string }) => s.id === 'riket');
    expect(riket.members).toHaveLength(290);
    const lik = doc.jamforelsegrupper.find((s: { id: string }) => s.id === 'liknande');
    expect(lik.medlemmar).toHaveLength(7);
    for (const ind of doc.indikatorer) {
      for (const s of ind.sets) expect(s.nAnswered + s.nMissing).toBe(doc.jamforelsegrupper.find((g: { id: string }) => g.id === s.setId).members.length);
      // Every group value says where it comes from (README, "sets[]").
      for (const s of ind.sets) expect(['publicerad', 'beräknad-andel', 'beräknad-medel', 'beräknad-viktad', 'beräknad-summa']).toContain(s.origin);
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

describe('ojrapport kommun: comparison sets and stadsdelar (JSON)', () => {
  const out = mkdtempSync(join(tmpdir(), 'ojr-sets-'));
  const read = (file: string) => JSON.parse(readFileSync(join(out, '2019', file), 'utf8'));
  const setIds = (doc: { jamforelsegrupper: { id: string }[] }) => doc.jamforelsegrupper.map((s) => s.id);

  it('compares with liknande, län and riket by default, and with what --jamforelse names, in that order', async () => {
    expect((await run(['kommun', 'Uppsala', '--format', 'json', '--ut', out])).code).toBe(0);
    const plain = read('0380-uppsala.json');
    expect(setIds(plain)).toEqual(['liknande', 'lan', 'riket']);
    const r = await run(['kommun', 'Uppsala', '--format', 'json', '--ut', out, '--jamforelse', 'kommungrupp,riket']);
    expect(r.code).toBe(0);
    const doc = read('0380-uppsala.json');
    expect(setIds(doc)).toEqual(['kommungrupp', 'riket']);
    expect(doc.jamforelsegrupper[0].label).toBe('Kommungrupp B3 Större stad');
    for (const ind of doc.indikatorer) expect(ind.sets.map((s: { setId: string }) => s.setId)).toEqual(['kommungrupp', 'riket']);
    const codes = await run(['kommun', 'Uppsala', '--format', 'json', '--ut', out, '--jamforelse', 'riket', '--jamforelse', '1980,Linköping']);
    expect(codes.code).toBe(0);
    const egen = read('0380-uppsala.json').jamforelsegrupper[1];
    expect(egen).toMatchObject({ id: 'egen', kind: 'egen', label: 'Egen jämförelsegrupp', members: ['0580', '1980'] });
  });

  it('adds the groups of a --grupper file as named sets', async () => {
    const file = join(out, 'grupper.json');
    writeFileSync(file, JSON.stringify({ grupper: [{ namn: 'Nätverket Mälardalen', kommuner: ['0380', '1980', 'Eskilstuna', 'Örebro'] }] }, null, 2));
    const r = await run(['kommun', 'Uppsala', '--format', 'json', '--ut', out, '--grupper', file]);
    expect(r.code).toBe(0);
    const doc = read('0380-uppsala.json');
    expect(setIds(doc)).toEqual(['liknande', 'lan', 'riket', 'egen:Nätverket Mälardalen']);
    const g = doc.jamforelsegrupper[3];
    expect(g).toMatchObject({ kind: 'egen', label: 'Nätverket Mälardalen', members: ['0484', '1880', '1980'] });
    expect(g.medlemmar.map((m: { namn: string }) => m.namn)).toEqual(['Eskilstuna', 'Örebro', 'Västerås']);
    for (const ind of doc.indikatorer) {
      const sv = ind.sets.find((s: { setId: string }) => s.setId === 'egen:Nätverket Mälardalen');
      expect(sv.nAnswered + sv.nMissing).toBe(3);
    }
  });

  it('refuses a bad groups file with its name and the field, and writes nothing', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'ojr-bad-'));
    const file = join(bad, 'grupper.json');
    writeFileSync(file, '{\n  "grupper": [\n    { "namn": "Nätverket", "kommuner": ["0380", "Atlantis"] }\n  ]\n}\n');
    const r = await run(['kommun', 'Uppsala', '--format', 'json', '--ut', bad, '--grupper', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`Fel: Gruppfilen ${file} har en okänd kommun: "Atlantis" i gruppen "Nätverket" (rad 3)`);
    writeFileSync(file, '{ "grupper": [{ "kommuner": ["0380"] }] }');
    const r2 = await run(['kommun', 'Uppsala', '--format', 'json', '--ut', bad, '--grupper', file]);
    expect(r2.code).toBe(3);
    expect(r2.stderr).toContain(`Gruppfilen ${file}, rad 1: fältet grupper.0.namn`);
    expect(existsSync(join(bad, '2019'))).toBe(false);
    const r3 = await run(['kommun', 'Uppsala', '--format', 'json', '--ut', bad, '--jamforelse', 'grannar']);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain('Okänd jämförelsegrupp eller kommun efter --jamforelse: "grannar"');
  });

  it('kommun Stockholm writes the kommun and its 14 stadsdelsområden, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-sthlm-'));
    const r = await run(['kommun', 'Stockholm', '--format', 'json', '--ut', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Stockholm redovisas också per stadsdelsområde: 14 rapporter');
    const files = readdirSync(join(dir, '2019'));
    expect(files).toHaveLength(15);
    expect(files).toContain('0180-stockholm.json');
    expect(files).toContain('0180-stockholm-rinkeby-kista.json');
    expect(r.stdout.trim().split('\n')).toHaveLength(15);
    const bromma = JSON.parse(readFileSync(join(dir, '2019', '0180-stockholm-bromma.json'), 'utf8'));
    expect(bromma.enhet).toMatchObject({ code: '0180-bromma', kind: 'stadsdel' });
  });

  it('kommun Bromma gives just the stadsdel, compared with the other stadsdelar, Stockholm’s liknande, län and riket', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-bromma-'));
    const r = await run(['kommun', 'Bromma', '--format', 'json', '--ut', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, '2019'))).toEqual(['0180-stockholm-bromma.json']);
    const doc = JSON.parse(readFileSync(join(dir, '2019', '0180-stockholm-bromma.json'), 'utf8'));
    expect(doc.jamforelsegrupper.map((s: { id: string; members: string[] }) => `${s.id}:${s.members.length}`)).toEqual(['stadsdelar:13', 'liknande:7', 'lan:26', 'riket:290']);
    expect(doc.sammanhang.liknande.title).toBe('Liknande kommuner LSS, Stockholm, 2021');
  });
});
