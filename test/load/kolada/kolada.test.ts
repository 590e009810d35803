import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OjError } from '../../../src/errors.ts';
import { fetchKolada, type FetchOptions } from '../../../src/load/kolada/fetch.ts';
import { loadInput } from '../../../src/load/input.ts';
import { memoryLogger } from '../../../src/log.ts';
import { getValue } from '../../../src/model/types.ts';
import { run } from '../../cli/capture.ts';
import { startServer, type ServerState } from './server.ts';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ojrapport-kolada-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const state = (s: Partial<ServerState> = {}): ServerState => ({ maxIds: 100, pageSize: 1000, fail503: 0, hang: 0, requests: [], ...s });
// No retry delay, and a time-out no loaded machine reaches for the fixture server (retries counted exactly).
const FAST = { timeoutMs: 15_000, retries: 3, baseDelayMs: 1 };
const NOW = () => new Date('2026-11-23T10:00:00Z');

async function withServer<T>(s: ServerState, f: (base: string) => Promise<T>): Promise<T> {
  const server = await startServer(s);
  try {
    return await f(server.base);
  } finally {
    await server.close();
  }
}

const opts = (base: string, cacheDir: string, extra: Partial<FetchOptions> = {}): FetchOptions => ({
  baseUrl: base, kpis: ['U33620', 'N28819'], ids: ['0114', '0180', '0380', '0003', '0000'], years: [2018, 2019],
  cacheDir, idsPerRequest: 4, http: FAST, now: NOW, ...extra,
});

describe('Kolada client against a local fixture server', () => {
  it('splits on 422, follows next_url, retries a 503 and caches every response', async () => {
    const cache = join(tmp, 'cache1');
    const s = state({ maxIds: 2, pageSize: 3, fail503: 1 });
    const log = memoryLogger();
    const server = await startServer(s);
    try {
      const summary = await fetchKolada({ ...opts(server.base, cache), log });
      // [0114,0180,0380,0003] → 422 → [0114,0180] + [0380,0003]; [0000] → 503 then OK.
      expect(s.requests.filter((r) => r.includes('0114,0180,0380,0003'))).toHaveLength(1);
      expect(summary.splits).toBe(1);
      expect(summary.retries).toBe(1);
      // 2 KPIs × 2 ids × 2 years = 8 rows → pages of 3 → 3 pages each; riket: 4 rows → 2 pages.
      expect(s.requests.filter((r) => r.includes('page='))).toHaveLength(2 + 2 + 1);
      // 2 KPIs × 5 ids × 2 years, less 0380's null (2018) and deleted (2019) value per KPI; gender K never counts.
      expect(summary.values).toBe(2 * 5 * 2 - 4);
      expect(log.lines[0]).toMatch(/^Hämtar 1 av 2: U33620,N28819 för 4 enheter, 2018–2019$/);
      expect(log.lines.some((l) => /^Hämtar 2 av 3:/.test(l))).toBe(true);
      const files = readdirSync(cache);
      expect(summary.requests).toBe(1 + 3 + 3 + 2);
      expect(files).toHaveLength(summary.requests - 1); // the 422 is not cached (the 503 was retried inside its request)
      const entry = JSON.parse(readFileSync(join(cache, files[0]!), 'utf8')) as { url: string; fetched: string; response: unknown };
      expect(entry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v3\/data\/kpi\//);
      expect(entry.fetched).toBe('2026-11-23T10:00:00.000Z');

      // A second run is served from the cache (the 422 chunk is asked again, the rest is not).
      const before = s.requests.length;
      const second = await fetchKolada(opts(server.base, cache));
      expect(second.fromCache).toBe(files.length);
      expect(s.requests.length - before).toBe(1);
      expect(second.values).toBe(summary.values);
    } finally {
      await server.close();
    }
  });

  it('builds a DataSet from the cache folder with Ja=1/Nej=0 for kommuner and Ja-shares for region and riket', async () => {
    const cache = join(tmp, 'cache2');
    await withServer(state({ pageSize: 5 }), (base) => fetchKolada(opts(base, cache)));
    const { data, report } = await loadInput({ data: [cache] });
    expect(data.sources).toEqual([{ kind: 'kolada', name: 'Källa: Kolada, hämtat 2026-11-23', fetched: '2026-11-23' }]);
    expect(data.years).toEqual([2018, 2019]);
    expect(data.isExample).toBe(false);
    const v = (ind: string, unit: string, year = 2019) => getValue(data, year, ind, unit)?.value;
    expect(v('enskildas_uppf_myndighet', '0114')).toBe(0); // 114 even → Nej
    expect(v('enskildas_uppf_myndighet', '0180')).toBe(0);
    expect(getValue(data, 2019, 'enskildas_uppf_myndighet', '0380')).toBeUndefined(); // deleted
    expect(getValue(data, 2018, 'enskildas_uppf_myndighet', '0380')).toBeUndefined(); // null
    expect(v('enskildas_uppf_myndighet', '03')).toBe(40);
    expect(v('enskildas_uppf_myndighet', '00')).toBe(12);
    expect(v('bm_daglig_verksamhet', '0114')).toBeCloseTo(14 + 1.9);
    expect(v('bm_daglig_verksamhet', '00', 2018)).toBeCloseTo(0 + 1.8);
    expect(data.units.get('03')).toMatchObject({ kind: 'lan', name: 'Uppsala län' });
    expect(report.files.map((f) => [f.kind, f.year])).toEqual([['kolada', 2018], ['kolada', 2019]]);
    expect([...data.indicators.keys()]).toEqual(['enskildas_uppf_myndighet', 'bm_daglig_verksamhet']);
  });

  it('retries a time-out (AbortController) and then succeeds', async () => {
    const s = state({ hang: 1 });
    // The hanging request is aborted after 3 s; the retry is answered at once.
    const summary = await withServer(s, (base) => fetchKolada(opts(base, join(tmp, 'cache3'), { ids: ['0114'], http: { ...FAST, timeoutMs: 3_000 } })));
    expect(summary.retries).toBe(1);
    expect(summary.values).toBe(4);
  });

  it('turns a malformed body into a clean OjError', async () => {
    for (const malformed of ['shape', 'json'] as const) {
      const err = await withServer(state({ malformed }), (base) => fetchKolada(opts(base, join(tmp, `bad-${malformed}`)))).catch((e: unknown) => e);
      expect(err, malformed).toBeInstanceOf(OjError);
      expect((err as OjError).message).toMatch(malformed === 'shape' ? /oväntat format vid values\.0\.values/ : /inte giltig JSON/);
    }
  });

  it('says clearly when Kolada cannot be reached', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const err = await fetchKolada(opts(`http://127.0.0.1:${port}/v3`, join(tmp, 'offline'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OjError);
    expect((err as OjError).message).toMatch(/Kan inte nå Kolada \(127\.0\.0\.1:\d+\): anslutningen nekades/);
    expect((err as OjError).hint).toContain('--data data/kolada');
  });

  it('ojrapport hamta fetches all kommuner, regions and riket with progress on stderr', async () => {
    const cache = join(tmp, 'cli');
    const s = state();
    const { code, stderr } = await withServer(s, (base) => run(['hamta', '--bas-url', base, '--cache', cache, '--ar', '2018-2019', '--kpi', 'U33620']));
    expect(code).toBe(0);
    expect(s.requests).toHaveLength(39); // 290 + 21 + 1 ids, 8 per request
    expect(s.requests.some((r) => r.includes('/municipality/0001,') || r.includes(',0001,'))).toBe(true);
    expect(s.requests.at(-1)).toMatch(/,0000\/year\/2018,2019$/);
    expect(stderr).toMatch(/^Hämtar 3 av 39: U33620 för 8 enheter, 2018–2019$/m);
    expect(stderr).toMatch(/^Klart: 39 anrop till Kolada, 0 svar från cachen, .* värden\.$/m);
    const { data } = await loadInput({ data: [cache] });
    expect(getValue(data, 2019, 'enskildas_uppf_myndighet', '0381')?.value).toBe(1);
    expect(getValue(data, 2019, 'enskildas_uppf_myndighet', '25')?.value).toBe(40);
  });
});
