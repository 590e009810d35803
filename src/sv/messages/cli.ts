// Messages of the commands themselves: arguments, progress notices, and how an error reaches the terminal.

// --- Arguments
export const invalidYearArg = (v: string) => `Ogiltigt år: "${v}". Ange ett årtal, t.ex. --ar 2019.`;
export const invalidYearsArg = (v: string) => `Ogiltiga år: "${v}". Ange t.ex. --ar 2017-2019 eller --ar 2018,2019.`;
export const invalidKpiArg = (v: string) => `Ogiltigt nyckeltals-id: "${v}". Ange t.ex. --kpi U33620,N28819.`;
export const invalidParallelArg = (v: string) => `Ogiltigt värde för --parallell: "${v}". Ange ett heltal 1–32.`;
export const flagInsteadOfPath = (flag: string, v: string) => `${flag} saknar värde: "${v}" är en flagga, inte en sökväg.`;
export const flagInsteadOfPathHint = (flag: string) => `Skriv sökvägen direkt efter ${flag}, t.ex. ${flag} ${flag === '--ut' ? 'rapporter' : 'filer/oj-lss-2019.xlsx'}.`;

// --- Notices while running
export const exampleDataReport = 'Obs: rapporten bygger på exempeldata – inte verkliga resultat.';
export const exampleDataReports = 'Obs: rapporterna bygger på exempeldata – inte verkliga resultat.';
export const alsoPerStadsdel = (city: string, per: string, parts: string[]) =>
  `${city} redovisas också per ${per}: ${parts.length === 1 ? '1 rapport' : `${parts.length} rapporter`} skapas utöver rapporten för hela kommunen (${parts.join(', ')}).`;
export const koladaKpisNotInCatalog = (kpis: string[]) => `${kpis.join(', ')} finns inte i indikatorkatalogen; värdena sparas men används inte i rapporten.`;
export const koladaStart = (kpiCount: number, years: number[], baseUrl: string, cacheDir: string) =>
  `Hämtar ${kpiCount} nyckeltal för ${years.join(', ')} från ${baseUrl} till ${cacheDir}`;
export const koladaDone = (s: { requests: number; fromCache: number; values: number; retries: number; splits: number }) =>
  `Klart: ${s.requests} anrop till Kolada, ${s.fromCache} svar från cachen, ${s.values.toLocaleString('sv-SE')} värden` +
  `${s.retries ? `, ${s.retries} omförsök` : ''}${s.splits ? `, ${s.splits} uppdelade förfrågningar` : ''}.`;
export const koladaUseWith = (cacheDir: string) => `Använd datan med: ojrapport kommun <kommun> --data ${cacheDir}   (Källa: Kolada)`;

// --- Outcomes
export const someFailed = (failed: number, total: number) =>
  `${failed} av ${total} filer kunde inte skapas (se listan ovan). Kör igen med --hoppa-over-befintliga för att bara göra om dem.`;
export const filesUnusable = (files: { path: string; reason?: string }[]) => files.map((f) => `${f.path} kan inte användas: ${f.reason}`).join('\n');
export const filesUnusableHint = 'Se rapporten ovan: komplettera katalogen med --katalog eller rätta filen.';

// --- How errors reach the terminal (src/cli/main.ts)
export const errorLine = (message: string, hint: string | undefined) => `Fel: ${message}\n${hint ? `${hint}\n` : ''}`;
export const usageErrorLines = (message: string) => `Fel: ${message}\nKör "ojrapport --hjalp" för att se kommandon och flaggor.\n`;
export const unexpectedErrorLines = (message: string) =>
  `Oväntat fel: ${message}\nDetta är troligen ett fel i ojrapport. Kör igen med OJRAPPORT_DEBUG=1 för detaljer.\n`;
/** Commander's English messages, by its error code; `quoted` is the flag, command or argument it names. */
export const commander = {
  unknownOption: (quoted: string) => `okänd flagga ${quoted}.`,
  unknownCommand: (quoted: string) => `okänt kommando ${quoted}.`,
  missingArgument: (quoted: string) => `argument saknas: ${quoted}.`,
  optionMissingArgument: (quoted: string) => `flaggan ${quoted} behöver ett värde.`,
  invalidChoice: (value: string, flag: string, choices: string) => `ogiltigt värde "${value}" för ${flag}. Tillåtna val: ${choices}.`,
  excessArguments: 'för många argument.',
};
export const interrupted = (signal: string) =>
  `\nAvbryter (${signal === 'SIGINT' ? 'Ctrl-C' : signal}) … städar upp. Kör samma kommando igen med --hoppa-over-befintliga för att fortsätta.\n`;
