import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir, writeCache, type Loaded } from '../../src/load/cache.ts';
import { exampleFiles, loadDataSetWithReport } from '../../src/load/dataset.ts';
import { loadInput } from '../../src/load/input.ts';

const work = mkdtempSync(join(tmpdir(), 'ojrapport-cache-'));
const cache = join(work, 'cache');
const withCache = async <T>(value: string, fn: () => Promise<T>): Promise<T> => {
  const before = process.env['OJRAPPORT_CACHE'];
  process.env['OJRAPPORT_CACHE'] = value;
  try {
    return await fn();
  } finally {
    process.env['OJRAPPORT_CACHE'] = before;
  }
};
const entries = () => readdirSync(cache).filter((n) => n.endsWith('.json'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the input cache', () => {
  const files = exampleFiles().map((f) => {
    const copy = join(work, f.split('/').pop()!);
    copyFileSync(f, copy);
    return copy;
  });

  it('is off with OJRAPPORT_CACHE=0, else in the given folder or under XDG_CACHE_HOME', () => {
    expect(cacheDir({ OJRAPPORT_CACHE: '0' })).toBeUndefined();
    expect(cacheDir({ OJRAPPORT_CACHE: '/x/y' })).toBe('/x/y');
    expect(cacheDir({ XDG_CACHE_HOME: '/c' })).toBe(join('/c', 'ojrapport'));
  });

  it('gives the same data and import report as an uncached load, and the second load is a hit', async () => {
    const plain = await loadDataSetWithReport(files);
    const first = await withCache(cache, () => loadInput({ data: files }));
    expect(entries()).toHaveLength(1);
    const second = await withCache(cache, () => loadInput({ data: files }));
    expect(second.data).not.toBe(first.data);
    expect(second.data.values).toBeInstanceOf(Map);
    expect(second.data.values.size).toBeGreaterThan(1000);
    expect(second).toEqual(plain);
    expect(first).toEqual(plain);
    expect([...second.data.indicators.keys()]).toEqual([...plain.data.indicators.keys()]);
    // A hit really reads the stored file: a marker written into it comes back.
    const entry = join(cache, entries()[0]!);
    const stored = JSON.parse(readFileSync(entry, 'utf8')) as { data: { sources: { name: string }[] } };
    stored.data.sources[0]!.name = 'från-cachen';
    writeFileSync(entry, JSON.stringify(stored));
    const third = await withCache(cache, () => loadInput({ data: files }));
    expect(third.data.sources[0]!.name).toBe('från-cachen');
    rmSync(entry);
    expect(second.report.files.map((f) => f.sha256)).toEqual(plain.report.files.map((f) => f.sha256));
  });

  it('keeps the import warnings (an overridden value, a CSV read as Windows-1252)', async () => {
    const csv = join(work, 'extra.csv');
    writeFileSync(csv, 'kommunkod;indikator;år;värde\n0380;samv_bup;2019;Nej\n', 'latin1');
    const load = () => loadInput({ data: [...files, csv] });
    const plain = await withCache('0', load);
    expect(plain.report.warnings).toHaveLength(1);
    expect(plain.report.files[3]!.warnings[0]).toContain('Windows-1252');
    const a = await withCache(cache, load);
    const b = await withCache(cache, load);
    expect(a).toEqual(plain);
    expect(b).toEqual(plain);
    expect(b.data.values.get('2019|samv_bup|0380')!.value).toBe(0);
  });

  it('loads afresh when a file changes', async () => {
    const before = await withCache(cache, () => loadInput({ data: files }));
    const n = entries().length;
    copyFileSync(exampleFiles()[2]!, files[1]!); // the 2018 file now holds the 2019 workbook
    const after = await withCache(cache, () => loadInput({ data: files }));
    expect(entries().length).toBe(n + 1);
    expect(after).toEqual(await loadDataSetWithReport(files));
    expect(after.report.files[1]!.sha256).not.toBe(before.report.files[1]!.sha256);
    expect(after.report.files[1]!.sha256).toBe(after.report.files[2]!.sha256);
  });

  it('removes the temp file of a run killed while writing the cache, not one of a running process', () => {
    const dir = join(work, 'stale-cache');
    const dead = spawnSync('true').pid!;
    const stale = `data-abc.json.${dead}.1700000000000.tmp`;
    const live = `data-def.json.${process.pid}.1700000000000.tmp`;
    writeCache(dir, 'forsta', { data: { values: new Map() }, report: { files: [], overridden: [], warnings: [] } } as unknown as Loaded);
    for (const n of [stale, live]) writeFileSync(join(dir, n), '{');
    writeCache(dir, 'andra', { data: { values: new Map() }, report: { files: [], overridden: [], warnings: [] } } as unknown as Loaded);
    expect(readdirSync(dir).sort()).toEqual(['data-andra.json', live, 'data-forsta.json'].sort());
  });
});
