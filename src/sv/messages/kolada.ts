// Messages about fetching from Kolada and reading its cache (ojrapport hamta, --data with a Kolada folder).

// --- Fetching
export const noKoladaKpis = 'Inga Kolada-nyckeltal att hämta.';
export const noKoladaKpisHint = 'Ange --kpi eller lägg till koladaKpi i indikatorkatalogen.';
export const nothingToFetch = 'Inga enheter eller år att hämta.';
export const koladaRetrying = (attempt: number, delayMs: number, reason: string) =>
  `  försöker igen (${attempt}) om ${(delayMs / 1000).toLocaleString('sv-SE')} s: ${reason}`;
export const koladaFetching = (n: number, total: number, kpis: string[], units: number, years: string) =>
  `Hämtar ${n} av ${total}: ${kpis.join(',')} för ${units} enheter, ${years}`;
export const koladaSplitting = '  för stor förfrågan (HTTP 422), delar upp den';
export const koladaRefusedSmallest = (url: string) => `Kolada avvisade även den minsta förfrågan (HTTP 422): ${url}.`;
export const koladaRefusedSmallestHint = 'Kontrollera nyckeltalens id (--kpi).';
export const koladaOffline = (host: string, code: string) =>
  `Kan inte nå Kolada (${host}): ${code === 'ECONNREFUSED' ? 'anslutningen nekades' : 'adressen hittades inte'} (${code}).`;
export const koladaOfflineHint =
  'Kontrollera nätverksanslutningen (eller --bas-url / OJRAPPORT_KOLADA_URL). Redan hämtade data i cachekatalogen kan användas utan nät: --data data/kolada.';
export const koladaHttpError = (status: number, url: string) => `Kolada svarade HTTP ${status} för ${url}.`;
export const koladaHttpErrorHint = 'Kontrollera nyckeltalens id (--kpi) och --bas-url.';
export const koladaNotJson = (url: string, text: string) => `Svaret från Kolada för ${url} är inte giltig JSON (början: "${text.slice(0, 60)}").`;
export const koladaNotJsonHint = 'Försök igen senare, eller kontrollera --bas-url.';
export const koladaGaveUp = (attempts: number, reason: string, url: string) => `Kolada svarade inte efter ${attempts} försök (${reason}): ${url}.`;
export const koladaGaveUpHint = 'Försök igen senare.';
export const koladaUnexpectedShape = (where: string, path: string, issue: string) =>
  `Svaret från Kolada (${where}) har oväntat format vid ${path || 'roten'}: ${issue}.`;
export const koladaUnexpectedShapeHint = 'Kolada kan ha ändrat sitt API, eller så pekar --bas-url på fel adress.';

// --- The cache
export const koladaCacheNotWritable = (dir: string, err: unknown) => `Kolada-cachen ${dir} kunde inte skrivas: ${(err as Error).message}`;
export const koladaCacheNotWritableHint = 'Ange en skrivbar katalog med --cache.';
export const koladaCacheFileUnreadable = (file: string, err: unknown) => `Kolada-cachefilen ${file} kunde inte läsas: ${(err as Error).message}`;
export const koladaCacheFileUnreadableHint = 'Ta bort filen och hämta igen med "ojrapport hamta".';
export const koladaCacheFileMalformed = (file: string) => `Kolada-cachefilen ${file} har fel format (url, fetched, response krävs).`;
export const koladaCacheEmpty = (dir: string) => `Katalogen ${dir} innehåller ingen Kolada-data.`;
export const koladaCacheEmptyHint = 'Hämta data med "ojrapport hamta".';
export type KoladaExpected = 'answer' | 'percent' | 'count';
export const koladaImplausible = (where: string, period: number, value: number, expected: KoladaExpected) =>
  `${where} ${period}: värdet ${value} är orimligt (väntat ${expected === 'answer' ? '1 för Ja eller 0 för Nej' : expected === 'percent' ? 'en andel mellan 0 och 100' : 'ett tal som inte är negativt'}).`;
export const koladaImplausibleHint = 'Cachen kan vara ändrad eller skadad. Ta bort katalogen och hämta på nytt med "ojrapport hamta".';
