// Kolada API v3: data URLs and the response shape (validated, so a malformed body is a clean OjError).
import { z } from 'zod';
import { ExitCode, OjError } from '../../errors.ts';
import * as msg from '../../sv/messages.ts';

export const DEFAULT_BASE_URL = 'https://api.kolada.se/v3';

/** Base URL: option, then OJRAPPORT_KOLADA_URL, then Kolada's own; without trailing slash. */
export function koladaBaseUrl(option?: string): string {
  return (option || process.env['OJRAPPORT_KOLADA_URL'] || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

/** The path form (the query-parameter form returns nothing): /data/kpi/{kpi,…}/municipality/{id,…}/year/{yyyy,…}. */
export function dataUrl(base: string, kpis: string[], ids: string[], years: number[]): string {
  const list = (xs: (string | number)[]) => xs.map((x) => encodeURIComponent(String(x))).join(',');
  return `${base}/data/kpi/${list(kpis)}/municipality/${list(ids)}/year/${list(years)}`;
}

const KoladaValue = z.object({
  gender: z.string().nullish(),
  count: z.number().nullish(),
  status: z.string().nullish(),
  value: z.number().nullable(),
  isdeleted: z.boolean().nullish(),
});

const KoladaRow = z.object({
  kpi: z.string(),
  municipality: z.string(),
  period: z.union([z.number().int(), z.string().regex(/^\d{4}$/).transform(Number)]),
  values: z.array(KoladaValue),
});

export const KoladaDataResponse = z.object({
  values: z.array(KoladaRow),
  count: z.number().nullish(),
  next_url: z.string().nullish(),
  previous_url: z.string().nullish(),
});

export type KoladaDataResponse = z.infer<typeof KoladaDataResponse>;

/** One usable number: gender T, not null, not deleted. */
export interface KoladaPoint {
  kpi: string;
  municipality: string;
  period: number;
  value: number;
}

export function parseDataResponse(body: unknown, where: string): KoladaDataResponse {
  const parsed = KoladaDataResponse.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new OjError(msg.koladaUnexpectedShape(where, issue.path.join('.'), issue.message), ExitCode.input, msg.koladaUnexpectedShapeHint);
  }
  return parsed.data;
}

export function pointsOf(res: KoladaDataResponse): KoladaPoint[] {
  const out: KoladaPoint[] = [];
  for (const row of res.values) {
    for (const v of row.values) {
      if ((v.gender ?? 'T') !== 'T' || v.value === null || v.isdeleted) continue;
      out.push({ kpi: row.kpi, municipality: row.municipality, period: row.period, value: v.value });
    }
  }
  return out;
}
