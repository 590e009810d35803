// `hamta`: fetch the catalogue's Kolada KPIs for all kommuner, regions and riket, in chunks, into the cache.
import { ExitCode, OjError } from '../../errors.ts';
import * as msg from '../../sv/messages.ts';
import { silentLogger, type Logger } from '../../log.ts';
import { dataUrl, parseDataResponse, pointsOf } from './api.ts';
import { readCacheEntry, writeCacheEntry } from './cache.ts';
import { DEFAULT_HTTP, getJson, TooLargeError, type HttpOptions } from './http.ts';

export interface FetchOptions {
  baseUrl: string;
  kpis: string[];
  ids: string[];
  years: number[];
  cacheDir: string;
  /** Fetch again even when the cache already holds a response for the URL. */
  refresh?: boolean;
  /** Ids and KPIs per request (Kolada answers 422 to large requests; ~8 × 4 is known to work). */
  idsPerRequest?: number;
  kpisPerRequest?: number;
  http?: Partial<HttpOptions>;
  log?: Logger;
  now?: () => Date;
}

export interface FetchSummary {
  /** Requests made to Kolada (pages included), and responses taken from the cache instead. */
  requests: number;
  fromCache: number;
  /** Usable values (gender T, not null, not deleted). */
  values: number;
  retries: number;
  /** Chunks split after a 422. */
  splits: number;
  files: string[];
}

interface Chunk {
  kpis: string[];
  ids: string[];
  years: number[];
}

const MAX_PAGES = 1000;

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Halves the largest dimension that can be halved: ids, then KPIs, then years. */
function split(c: Chunk): [Chunk, Chunk] | undefined {
  const half = <T>(xs: T[]): [T[], T[]] => [xs.slice(0, Math.ceil(xs.length / 2)), xs.slice(Math.ceil(xs.length / 2))];
  if (c.ids.length > 1) return half(c.ids).map((ids) => ({ ...c, ids })) as [Chunk, Chunk];
  if (c.kpis.length > 1) return half(c.kpis).map((kpis) => ({ ...c, kpis })) as [Chunk, Chunk];
  if (c.years.length > 1) return half(c.years).map((years) => ({ ...c, years })) as [Chunk, Chunk];
  return undefined;
}

const yearText = (ys: number[]) => (ys.length > 1 ? `${ys[0]}–${ys[ys.length - 1]}` : String(ys[0]));

export async function fetchKolada(opts: FetchOptions): Promise<FetchSummary> {
  if (!opts.kpis.length) throw new OjError(msg.noKoladaKpis, ExitCode.usage, msg.noKoladaKpisHint);
  if (!opts.ids.length || !opts.years.length) throw new OjError(msg.nothingToFetch, ExitCode.usage);
  const log = opts.log ?? silentLogger;
  const now = opts.now ?? (() => new Date());
  const summary: FetchSummary = { requests: 0, fromCache: 0, values: 0, retries: 0, splits: 0, files: [] };
  const http: HttpOptions = {
    ...DEFAULT_HTTP,
    ...opts.http,
    onRetry: (reason, attempt, delay) => {
      summary.retries++;
      log.info(msg.koladaRetrying(attempt, delay, reason));
    },
  };
  const years = [...new Set(opts.years)].sort((a, b) => a - b);
  const queue: Chunk[] = [];
  for (const kpis of chunks(opts.kpis, opts.kpisPerRequest ?? 4)) {
    for (const ids of chunks(opts.ids, opts.idsPerRequest ?? 8)) queue.push({ kpis, ids, years });
  }
  let done = 0;
  while (queue.length) {
    const chunk = queue.shift()!;
    log.info(msg.koladaFetching(done + 1, done + 1 + queue.length, chunk.kpis, chunk.ids.length, yearText(chunk.years)));
    try {
      await fetchPages(dataUrl(opts.baseUrl, chunk.kpis, chunk.ids, chunk.years), opts, http, summary, now);
      done++;
    } catch (e) {
      if (!(e instanceof TooLargeError)) throw e;
      const parts = split(chunk);
      if (!parts) throw new OjError(msg.koladaRefusedSmallest(e.url), ExitCode.input, msg.koladaRefusedSmallestHint);
      summary.splits++;
      log.info(msg.koladaSplitting);
      queue.unshift(...parts);
    }
  }
  return summary;
}

async function fetchPages(first: string, opts: FetchOptions, http: HttpOptions, summary: FetchSummary, now: () => Date): Promise<void> {
  let url: string | undefined = first;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const cached = opts.refresh ? undefined : readCacheEntry(opts.cacheDir, url);
    let body: unknown;
    if (cached) {
      summary.fromCache++;
      body = cached.response;
    } else {
      summary.requests++;
      body = await getJson(url, http);
    }
    const res = parseDataResponse(body, url);
    if (!cached) summary.files.push(writeCacheEntry(opts.cacheDir, { url, fetched: now().toISOString(), response: body }));
    summary.values += pointsOf(res).length;
    const next: string | undefined = res.next_url ? new URL(res.next_url, url).toString() : undefined;
    url = next && next !== url ? next : undefined;
  }
}
