// GET a JSON document with a time-out, retries with exponential back-off on 5xx/time-outs, and Swedish errors.
import { ExitCode, OjError } from '../../errors.ts';
import * as msg from '../../sv/messages.ts';

export interface HttpOptions {
  /** Per-attempt time-out. */
  timeoutMs: number;
  /** Further attempts after the first on 5xx, 429 and time-outs. */
  retries: number;
  /** First back-off; doubles per retry. */
  baseDelayMs: number;
  /** Called before each retry (for progress and the summary). */
  onRetry?: (reason: string, attempt: number, delayMs: number) => void;
}

export const DEFAULT_HTTP: HttpOptions = { timeoutMs: 30_000, retries: 4, baseDelayMs: 1_000 };

/** HTTP 422: the request asked for too much at once; the caller splits it. */
export class TooLargeError extends Error {
  constructor(readonly url: string) {
    super(`422 för ${url}`);
  }
}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH']);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

function errorCode(e: unknown): string | undefined {
  const cause = (e as { cause?: { code?: string } }).cause;
  return cause?.code ?? (e as { code?: string }).code;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function getJson(url: string, opts: HttpOptions = DEFAULT_HTTP): Promise<unknown> {
  let lastReason = '';
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    if (attempt > 0) {
      const delay = opts.baseDelayMs * 2 ** (attempt - 1);
      opts.onRetry?.(lastReason, attempt, delay);
      await sleep(delay);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      text = await res.text();
    } catch (e) {
      const code = errorCode(e);
      if (code && OFFLINE_CODES.has(code)) {
        throw new OjError(msg.koladaOffline(new URL(url).host, code), ExitCode.input, msg.koladaOfflineHint);
      }
      if ((e as Error).name === 'AbortError') lastReason = `inget svar inom ${Math.round(opts.timeoutMs / 1000)} s`;
      else if (code && TRANSIENT_CODES.has(code)) lastReason = `anslutningen bröts (${code})`;
      else lastReason = `nätverksfel: ${(e as Error).message}${code ? ` (${code})` : ''}`;
      continue;
    } finally {
      clearTimeout(timer);
    }
    if (res.status === 422) throw new TooLargeError(url);
    if (res.status >= 500 || res.status === 429) {
      lastReason = `HTTP ${res.status}`;
      continue;
    }
    if (!res.ok) {
      throw new OjError(msg.koladaHttpError(res.status, url), ExitCode.input, msg.koladaHttpErrorHint);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new OjError(msg.koladaNotJson(url, text), ExitCode.input, msg.koladaNotJsonHint);
    }
  }
  throw new OjError(msg.koladaGaveUp(opts.retries + 1, lastReason, url), ExitCode.input, msg.koladaGaveUpHint);
}
