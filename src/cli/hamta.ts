// `ojrapport hamta`: parses years, KPI ids and flags for the Kolada fetch.
import { Command } from 'commander';
import { ExitCode, OjError } from '../errors.ts';
import { stderrLogger } from '../log.ts';
import * as msg from '../sv/messages.ts';
import { swedishHelp } from './common.ts';

/** "2017-2019", "2017,2019" or "2019" → years. */
export function parseYears(v: string): number[] {
  const years: number[] = [];
  for (const part of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(part);
    const [from, to] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [NaN, NaN];
    if (!m || from > to || from < 2000 || to > 2100) throw new OjError(msg.invalidYearsArg(v), ExitCode.usage);
    for (let y = from; y <= to; y++) years.push(y);
  }
  return [...new Set(years)].sort((a, b) => a - b);
}

export function parseKpis(v: string): string[] {
  const kpis = v.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  const bad = kpis.find((k) => !/^[A-Z]\d{5}$/.test(k));
  if (bad || !kpis.length) throw new OjError(msg.invalidKpiArg(bad ?? v), ExitCode.usage);
  return kpis;
}

export function registerHamta(program: Command): void {
  const cmd = program
    .command('hamta')
    .description('hämta katalogens nyckeltal från Kolada (kommuner, län, riket) till en lokal cache')
    .option('--ar <år>', 'år, t.ex. 2017-2019 eller 2018,2019 (standard: katalogens år)', parseYears)
    .option('--kpi <id,...>', 'Kolada-nyckeltal, t.ex. U33620,N28819 (standard: katalogens koladaKpi)', parseKpis)
    .option('--bas-url <url>', 'Koladas API-adress (standard: OJRAPPORT_KOLADA_URL eller https://api.kolada.se/v3)')
    .option('--cache <katalog>', 'katalog för hämtade svar (standard: data/kolada)')
    .option('--katalog <fil>', 'egen indikatorkatalog (JSON) som utökar eller ersätter den inbyggda')
    .option('--uppdatera', 'hämta igen även det som redan finns i cachen')
    .exitOverride();
  swedishHelp(cmd);
  cmd.action(async (o: { ar?: number[]; kpi?: string[]; basUrl?: string; cache?: string; katalog?: string; uppdatera?: boolean }) => {
    const { runHamta } = await import('../commands/hamta.ts');
    await runHamta({ years: o.ar, kpis: o.kpi, baseUrl: o.basUrl, cacheDir: o.cache, catalog: o.katalog, refresh: o.uppdatera }, stderrLogger);
  });
}
