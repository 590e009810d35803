// Swedish texts written into the example workbooks.
import { MISSING_SPELLINGS } from './model.ts';

export const EXAMPLE_MARKER = 'EXEMPELDATA – inte verkliga resultat';

export function titleFor(year: number): string {
  return `Öppna jämförelser ${year} – Stöd till personer med funktionsnedsättning – LSS`;
}

export const TYPE_LABEL = { janej: 'Ja/Nej', andel: 'Andel', bakgrund: 'Bakgrundsmått' } as const;

export function aboutLines(seed: number): string[] {
  const spellings = MISSING_SPELLINGS.map((s) => (s === '' ? 'tom cell' : s)).join(', ');
  return [
    'Den här filen är exempeldata som verktyget ojrapport har genererat (npm run exempeldata, scripts/exempeldata.ts). Den efterliknar upplägget i Socialstyrelsens Excelfil men innehåller inga verkliga resultat.',
    `Värdena är slumpade med ett fast slumpfrö (${seed}); samma frö ger samma värden vid varje körning.`,
    'Andelen kommuner som svarat Ja i riket är kalibrerad mot Socialstyrelsens publicerade riksresultat där sådana finns och mot tydligt märkta antaganden i övrigt (se data/exempel/kalibrering.json).',
    'Kommunernas svar hänger ihop med kommunens storlek och kommungrupp och är till största delen desamma från år till år. Stockholms stadsdelsområden svarar ungefär som Stockholm.',
    'Kommun- och stadsdelsrader: Ja eller Nej för ja/nej-indikatorer, procent med en decimal för andelar.',
    'Läns- och riksrader: andel (%) av kommunerna som svarat Ja, bland de kommuner som svarat; för andelar ett ovägt medelvärde av kommunerna. Stadsdelar räknas inte in.',
    `Saknade svar skrivs på flera sätt, som i verkliga filer: ${spellings}. Ett saknat svar är aldrig ett Nej.`,
    'Bladen: Indikatorer (beskrivning av indikatorerna), Resultat (ja/nej-indikatorer och andelar), Bakgrundsmått.',
  ];
}
