// Plausible data years: ÖJ began long after 2000, and a result cannot come from a year that has not started.
import { ExitCode, OjError } from '../errors.ts';

export const FIRST_YEAR = 2000;

/** Throws unless FIRST_YEAR ≤ year ≤ the current year; `where` names the file (and line), `fromAr` says --ar gave it. */
export function assertPlausibleYear(year: number, where: string, fromAr = false, now = new Date().getFullYear()): void {
  if (year >= FIRST_YEAR && year <= now) return;
  const why = year > now ? `ligger i framtiden (i år är det ${now})` : `är orimligt (Öppna jämförelser finns från ${FIRST_YEAR}-talet)`;
  throw new OjError(
    `${where}: året ${year} ${why}.`,
    fromAr ? ExitCode.usage : ExitCode.input,
    fromAr
      ? `Ange resultatårets årtal med --ar, t.ex. --ar ${Math.min(now, 2019)}.`
      : 'Kontrollera årtalet i filnamnet, bladnamnet eller rubriken "Öppna jämförelser ÅÅÅÅ", eller ange rätt år med --ar.',
  );
}
