// Reports from the user's own data: no example label, the files and checksums named; a Kolada cache works too.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchKolada } from '../../src/load/kolada/fetch.ts';
import { loadReference } from '../../src/reference/load.ts';
import { run } from '../cli/capture.ts';
import { startServer } from '../load/kolada/server.ts';
import { pdftotext } from '../pdf-tools.ts';

/** A long CSV for 2019: every kommun answers four ja/nej indicators (deterministic pattern) and one andel. */
function userCsv(dir: string): string {
  const lines = ['kommunkod;indikator;år;värde'];
  const codes = [...loadReference().kommuner.keys()];
  codes.forEach((code, i) => {
    lines.push(`${code};syst_uppfoljning;2019;${i % 4 === 0 ? 'Ja' : 'Nej'}`);
    lines.push(`${code};ibic_utredning;2019;${i % 3 === 0 ? 'Ja' : 'Nej'}`);
    lines.push(`${code};samv_bup;2019;${i % 2 === 0 ? 'Ja' : 'Nej'}`);
    lines.push(`${code};sip_barn;2019;${i % 5 === 0 ? 'Uppgift saknas' : 'Ja'}`);
    lines.push(`${code};genomforandeplan_dv;2019;${(50 + (i % 50)).toString()},5`);
  });
  const file = join(dir, 'vara-resultat-2019.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('reports on user data', () => {
  it('a report from a user file has no example label and names the file and its checksum', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-user-'));
    const csv = userCsv(dir);
    const sha = createHash('sha256').update(readFileSync(csv)).digest('hex');
    const r = await run(['kommun', 'Uppsala', '--data', csv, '--ut', dir]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdftotext(join(dir, '2019', '0380-uppsala.pdf'), [], 'reading');
    expect(text).not.toContain('Exempeldata');
    expect(text).not.toContain('inte verkliga resultat');
    expect(text).toContain('vara-resultat-2019.csv');
    // The checksum may wrap across lines in the table: compare without white space.
    expect(text.replace(/\s+/g, '')).toContain(sha);
  });

  it('ojrapport kommun runs on a Kolada cache folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-kolada-run-'));
    const cache = join(dir, 'kolada');
    const server = await startServer({ maxIds: 100, pageSize: 1000, fail503: 0, hang: 0, requests: [] });
    try {
      await fetchKolada({
        baseUrl: server.base, kpis: ['U33620', 'U33621', 'N28819'], ids: ['0380', '0381', '0382', '0330', '0003', '0000'], years: [2018, 2019],
        cacheDir: cache, idsPerRequest: 4, http: { timeoutMs: 15_000, retries: 3, baseDelayMs: 1 }, now: () => new Date('2026-11-23T10:00:00Z'),
      });
    } finally {
      await server.close();
    }
    const r = await run(['kommun', 'Enköping', '--data', cache, '--format', 'json', '--ut', dir]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, '2019', '0381-enkoping.json'), 'utf8'));
    expect(doc.exempeldata).toBe(false);
    expect(doc.kallor[0].name).toBe('Källa: Kolada, hämtat 2026-11-23');
    const ind = doc.indikatorer.find((i: { indikator: { id: string } }) => i.indikator.id === 'enskildas_uppf_myndighet');
    expect(ind.value).toBe(1); // fixture: odd kommunkod → Ja
    const pdf = await run(['kommun', 'Enköping', '--data', cache, '--ut', dir]);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdftotext(join(dir, '2019', '0381-enkoping.pdf'), [], 'reading')).toContain('Källa: Kolada');
  });
});
