// A disk cache of loaded input: reading three example workbooks with exceljs takes about a second, parsing the
// same DataSet from JSON a fraction of that. The key covers everything the load depends on: each file's path
// and sha256, the catalogue, the year override and size limit, the tool version and a stamp of the loader's
// code and reference data (so a changed loader never reads an old result). The import report is stored with
// the data, so warnings are shown on a cache hit too. OJRAPPORT_CACHE=<folder> moves it, OJRAPPORT_CACHE=0
// turns it off; default $XDG_CACHE_HOME/ojrapport or ~/.cache/ojrapport. Any cache error means a normal load.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeStale } from '../interrupt.ts';
import type { DataSet, Indicator } from '../model/types.ts';
import { dataPath } from '../paths.ts';
import { version } from '../version.ts';
import { maxBytes } from './filecheck.ts';
import type { ImportReport } from './report.ts';

const FORMAT = 1;
const KEEP = 8;
const PREFIX = 'data-';

export interface Loaded {
  data: DataSet;
  report: ImportReport;
}

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const own = env['OJRAPPORT_CACHE'];
  if (own === '0' || own === 'false' || own === 'av') return undefined;
  if (own) return resolve(own);
  const base = env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(base, 'ojrapport');
}

/** Paths, sizes and times of the loader's code and the reference data: a development change invalidates. */
let codeStamp: string | undefined;
function stampOf(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) stampOf(p, out);
    else {
      const st = statSync(p);
      out.push(`${p}:${st.size}:${st.mtimeMs}`);
    }
  }
}
function loaderStamp(): string {
  if (codeStamp) return codeStamp;
  const out: string[] = [];
  const code = join(dirname(fileURLToPath(import.meta.url)), '..'); // src/ or dist/, whichever is running
  for (const d of [join(code, 'load'), join(code, 'reference'), join(code, 'model'), dataPath('referens')]) stampOf(d, out);
  return (codeStamp = out.sort().join('\n'));
}

export interface KeyInput {
  files: string[];
  catalog: Indicator[];
  year?: number;
  maxMb?: number;
}

/** The cache key, or undefined when an input cannot be keyed (a folder such as a Kolada cache). */
export function cacheKey(input: KeyInput): string | undefined {
  const h = createHash('sha256');
  h.update(JSON.stringify({ FORMAT, version: version(), year: input.year ?? null, maxMb: input.maxMb ?? null, envMax: process.env['OJRAPPORT_MAX_MB'] ?? null }));
  h.update(loaderStamp());
  h.update(createHash('sha256').update(JSON.stringify(input.catalog)).digest('hex'));
  const limit = maxBytes(input.maxMb);
  for (const f of input.files) {
    // Checked before hashing: a special file or one over the limit is left to the load, which refuses it unread.
    const st = statSync(f, { throwIfNoEntry: false });
    if (!st?.isFile() || st.size > limit) return undefined;
    h.update(`\n${resolve(f)}\n`);
    h.update(createHash('sha256').update(readFileSync(f)).digest('hex'));
  }
  return h.digest('hex');
}

// Maps (DataSet.indicators, units, values) as tagged entry lists.
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? { $map: [...value] } : value;
}
function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$map' in value && Array.isArray((value as { $map: unknown }).$map)) {
    return new Map((value as { $map: [unknown, unknown][] }).$map);
  }
  return value;
}

export function readCache(dir: string, key: string): Loaded | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, `${PREFIX}${key}.json`), 'utf8'), reviver) as Loaded & { key?: string };
    if (parsed.key !== key || !(parsed.data?.values instanceof Map)) return undefined;
    return { data: parsed.data, report: parsed.report };
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a reader never sees half a file; older entries are pruned. */
export function writeCache(dir: string, key: string, loaded: Loaded): void {
  const file = join(dir, `${PREFIX}${key}.json`);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, JSON.stringify({ key, data: loaded.data, report: loaded.report }, replacer));
    renameSync(tmp, file);
    prune(dir);
  } catch {
    rmSync(tmp, { force: true });
  }
}

function prune(dir: string): void {
  // Temp files of a run killed while writing (named with its pid, see writeCache).
  removeStale(dir, new RegExp(`^${PREFIX}.*\\.json\\.(\\d+)\\.\\d+\\.tmp$`));
  const names = readdirSync(dir);
  const entries = names
    .filter((n) => n.startsWith(PREFIX) && n.endsWith('.json'))
    .map((n) => ({ n, t: statSync(join(dir, n), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t);
  for (const e of entries.slice(KEEP)) rmSync(join(dir, e.n), { force: true });
}

/** The load through the cache: a hit returns the stored result, a miss loads and stores it. */
export async function cachedLoad(input: KeyInput, load: () => Promise<Loaded>, env: NodeJS.ProcessEnv = process.env): Promise<Loaded> {
  const dir = cacheDir(env);
  let key: string | undefined;
  try {
    key = dir ? cacheKey(input) : undefined;
  } catch {
    key = undefined; // unreadable input: the normal load reports it properly
  }
  if (!dir || !key) return load();
  const hit = readCache(dir, key);
  if (hit) return hit;
  const loaded = await load();
  writeCache(dir, key, loaded);
  return loaded;
}
