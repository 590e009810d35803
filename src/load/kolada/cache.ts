// The Kolada cache: one JSON file per request, holding the URL, the fetch time and the raw response.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ExitCode, OjError } from '../../errors.ts';
import * as msg from '../../sv/messages.ts';

export const CacheEntry = z.object({
  url: z.string(),
  /** ISO time of the fetch. */
  fetched: z.string(),
  response: z.unknown(),
});
export type CacheEntry = z.infer<typeof CacheEntry>;

/** File name for a URL: stable, so the same request is found again. */
export function cacheFileName(url: string): string {
  return `kolada-${createHash('sha256').update(url).digest('hex').slice(0, 20)}.json`;
}

export function readCacheEntry(dir: string, url: string): CacheEntry | undefined {
  const file = join(dir, cacheFileName(url));
  if (!existsSync(file)) return undefined;
  const entry = parseEntry(file);
  return entry.url === url ? entry : undefined;
}

export function writeCacheEntry(dir: string, entry: CacheEntry): string {
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, cacheFileName(entry.url));
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(entry, null, 1)}\n`);
    renameSync(tmp, file);
    return file;
  } catch (e) {
    throw new OjError(msg.koladaCacheNotWritable(dir, e), ExitCode.output, msg.koladaCacheNotWritableHint);
  }
}

function parseEntry(file: string): CacheEntry {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new OjError(msg.koladaCacheFileUnreadable(file, e), ExitCode.input, msg.koladaCacheFileUnreadableHint);
  }
  const parsed = CacheEntry.safeParse(json);
  if (!parsed.success) throw new OjError(msg.koladaCacheFileMalformed(file), ExitCode.input, msg.koladaCacheFileUnreadableHint);
  return parsed.data;
}

/** The cache files of a folder (kolada-*.json), sorted. */
export function cacheFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => /^kolada-[0-9a-f]+\.json$/.test(f)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export function readCacheFolder(dir: string): { file: string; entry: CacheEntry }[] {
  return cacheFiles(dir).map((file) => ({ file, entry: parseEntry(file) }));
}
