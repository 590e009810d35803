// How a comparison group's value is formed from its members, and the same rules as sentences for Bilaga 2.
import type { SetKind, SetOrigin } from '../model/analysis.ts';
import type { Indicator } from '../model/types.ts';

/** andel-ja: share of members answering Ja; medel: unweighted mean; viktad: population-weighted mean; summa: sum. */
export type Aggregation = 'andel-ja' | 'medel' | 'viktad' | 'summa';

/** A count of people or things (Invånare), not a rate: län and riket add it up. */
export function isCount(indicator: Indicator): boolean {
  return indicator.type === 'bakgrund' && /^(antal|invånare|personer)\b/i.test(indicator.unit ?? '');
}

/**
 * Ja/nej is a share of kommuner in every group. Län and riket weight rates and shares of persons by
 * population and add up counts, as Socialstyrelsen's published rows do; the other groups take the
 * unweighted mean, as Kolada does for its comparison groups.
 */
export function aggregationFor(indicator: Indicator, kind: SetKind): Aggregation {
  if (indicator.type === 'janej') return 'andel-ja';
  if (kind !== 'lan' && kind !== 'riket') return 'medel';
  return isCount(indicator) ? 'summa' : 'viktad';
}

/** The rules above in Swedish, printed under "Hur jämförelsevärdena räknas" in Bilaga 2. */
export function aggregationRules(): string[] {
  return [
    'Län och riket: när underlaget har Socialstyrelsens publicerade värde för länet eller riket används det, även när kommunernas egna värden finns. Det märks ”publ.” i tabellerna och ”publicerad” i JSON-filen.',
    'Finns inget publicerat värde räknar ojrapport fram det ur kommunernas värden och visar hur inom parentes:',
    'Ja/Nej-frågor, i alla jämförelsegrupper: andelen kommuner som svarat Ja bland dem som svarat (”5 av 7”). Varje kommun räknas lika, oavsett storlek.',
    'Andelar och mått per invånare (till exempel genomförandeplan och daglig verksamhet per 10 000 invånare) för län och riket: medelvärdet vägt med kommunernas invånarantal, så att en stor kommun väger tyngre (”vägt av 26”). Vikten är underlagets Invånare samma år, och folkmängden i referensdatan (2016-12-31) för kommuner som saknar den. Där nämnaren är brukare eller handläggare är invånarantalet ett närmevärde för deras antal.',
    'Antal (Invånare) för län och riket: summan av kommunernas värden (”summa av 26”); kommuner utan värde saknas i summan.',
    'Liknande kommuner, kommungrupp, stadsdelar och egna grupper: ovägt medelvärde av medlemmarnas värden (”medel av 7”), som Kolada räknar jämförelsegrupper.',
    'Länet, kommungruppen och riket omfattar alla sina kommuner, också den egna. Liknande kommuner omfattar inte den egna kommunen.',
  ];
}

/** A group value's origin in words, for workbooks. */
export const ORIGIN_LABEL: Record<SetOrigin, string> = {
  publicerad: 'Publicerad (Socialstyrelsen)',
  'beräknad-andel': 'Beräknad: andel kommuner med Ja',
  'beräknad-medel': 'Beräknad: ovägt medelvärde',
  'beräknad-viktad': 'Beräknad: vägt med invånarantal',
  'beräknad-summa': 'Beräknad: summa',
};
