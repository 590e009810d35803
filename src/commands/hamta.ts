// `ojrapport hamta`: fetch the catalogue's Kolada KPIs into a local cache that --data can read offline.
import type { Logger } from '../log.ts';
import { loadCatalog } from '../load/catalog.ts';
import { koladaBaseUrl } from '../load/kolada/api.ts';
import { fetchKolada, type FetchSummary } from '../load/kolada/fetch.ts';
import { koladaIds } from '../load/kolada/ids.ts';
import { dataPath } from '../paths.ts';
import { loadReference } from '../reference/load.ts';
import * as msg from '../sv/messages.ts';

export interface HamtaOptions {
  years?: number[];
  kpis?: string[];
  baseUrl?: string;
  cacheDir?: string;
  catalog?: string;
  refresh?: boolean;
}

export async function runHamta(opts: HamtaOptions, log: Logger): Promise<FetchSummary & { cacheDir: string }> {
  const catalog = loadCatalog(opts.catalog);
  const withKpi = catalog.filter((i) => i.koladaKpi);
  const kpis = opts.kpis ?? [...new Set(withKpi.map((i) => i.koladaKpi!))];
  const unknown = kpis.filter((k) => !withKpi.some((i) => i.koladaKpi === k));
  if (unknown.length) log.warn(msg.koladaKpisNotInCatalog(unknown));
  const years = opts.years ?? [...new Set(withKpi.flatMap((i) => i.years))].sort((a, b) => a - b);
  const cacheDir = opts.cacheDir ?? dataPath('kolada');
  const baseUrl = koladaBaseUrl(opts.baseUrl);
  log.info(msg.koladaStart(kpis.length, years, baseUrl, cacheDir));
  const summary = await fetchKolada({ baseUrl, kpis, ids: koladaIds(loadReference()), years, cacheDir, refresh: opts.refresh, log });
  log.info(msg.koladaDone(summary));
  log.info(msg.koladaUseWith(cacheDir));
  return { ...summary, cacheDir };
}
