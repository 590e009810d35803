// The Instruktion sheet's Swedish text. Step titles follow data/steg.json (the report's working titles).
import type { UnitAnalysis } from '../model/analysis.ts';
import { EXTRA_ANALYS_ROWS, PLAN_ROWS } from './layout.ts';

export const EXAMPLE_NOTE = 'Exempeldata – inte verkliga resultat';

export interface InstructionBlock {
  heading?: string;
  paragraphs: string[];
  /** A command line to type, shown in a monospace font after the paragraphs. */
  command?: string;
  /** Shows a sample input cell (yellow) next to the text. */
  inputSample?: boolean;
}

/** Swedish genitive: "Uppsalas", "Borås" (no extra s after s, x, z). */
function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

function quoteArg(s: string): string {
  return /[\s"]/.test(s) ? `"${s.replace(/"/g, '\\"')}"` : s;
}

export function instructionBlocks(analysis: UnitAnalysis, fileName: string): InstructionBlock[] {
  const unit = analysis.unit.name;
  const y = analysis.year;
  return [
    {
      heading: 'Så här använder ni underlaget',
      paragraphs: [
        `Underlaget hör till rapporten om Öppna jämförelser LSS ${y} för ${unit}. Rapporten gör steg 1 och 3 med beräkningar. I den här filen skriver den lokala arbetsgruppen sin egen analys (steg 2 och 3) och sin handlingsplan (steg 4). Det ni skriver kommer sedan med i rapporten.`,
        'Fyll bara i de gula cellerna. Grå celler och bladet Resultat fylls i av ojrapport och ska inte ändras.',
      ],
      inputSample: true,
    },
    {
      heading: 'Steg 1. Sammanställ – hur ser våra resultat ut?',
      paragraphs: [
        `Bladet Resultat visar varje indikator: ${genitive(unit)} svar, jämförelsegrupperna (andelen som svarar Ja med antalet inom parentes, t.ex. ”71 % (5 av 7)”), tidigare år, bedömningen och skälet till varje flagga. Bladet går bara att läsa. Använd filterpilarna i rubrikraden för att t.ex. bara visa ett område.`,
      ],
    },
    {
      heading: 'Steg 2. Analysera – varför ser det ut så?',
      paragraphs: [
        'På bladet Analys finns en rad för varje indikator som ojrapport har flaggat: utvecklingsområden, gemensamma utvecklingsområden, försämringar, styrkor och frågor om datakvalitet. Skriv i kolumnen ”Varför ser det ut så här?” vad arbetsgruppen tror är förklaringen, och välj i ”Kan vi påverka det?” Ja, Delvis eller Nej.',
        `Vill ni analysera andra indikatorer finns ${EXTRA_ANALYS_ROWS} tomma rader längst ned. Välj indikatorn i listan i kolumnen Indikator. Varje indikator ska bara finnas på en rad.`,
        'Frågor att samtala om: Stämmer resultatet med vår egen bild? Vad skiljer oss från de liknande kommuner som svarar Ja där vi svarar Nej? Har vi rutinen men den är inte känd eller inte beslutad? Vad säger brukarundersökningar, avvikelser och klagomål?',
      ],
    },
    {
      heading: 'Steg 3. Prioritera – vilka är våra utvecklingsområden?',
      paragraphs: [
        'Välj i kolumnen Prioritet 1, 2 eller 3 för de viktigaste utvecklingsområdena (1 är viktigast) och ”Ej prioriterad” för dem ni väljer bort i år. I rapporten kommer de prioriterade först, i er ordning; vid samma prioritet gäller ojrapports ordning. Kommentaren kan t.ex. förklara varför ni väljer bort ett område.',
      ],
    },
    {
      heading: 'Steg 4. Åtgärda och följ upp – vad gör vi, och hur vet vi att det blev bättre?',
      paragraphs: [
        `På bladet Handlingsplan finns ${PLAN_ROWS} rader. Välj utvecklingsområdet i listan (eller lämna det tomt för en övergripande åtgärd) och skriv åtgärden, vem som ansvarar, när den ska vara klar (ett datum, t.ex. 2025-06-30) och hur den följs upp – med en indikator i nästa års Öppna jämförelser eller med ett eget mått.`,
        'Öppna jämförelser visar främst om rutiner finns, inte vilka resultat de ger för de enskilda. Komplettera med brukarundersökningar, avvikelser, klagomål och egen uppföljning.',
      ],
    },
    {
      heading: 'Så får ni rapporten med er analys',
      paragraphs: [
        'Spara filen (som Excel-arbetsbok, .xlsx) och kör kommandot nedan. ojrapport kontrollerar att filen gäller rätt kommun och år och talar om vilken cell som behöver rättas om något inte går att läsa. Ni kan byta namn på filen.',
      ],
      command: `ojrapport kommun ${quoteArg(unit)} --ar ${y} --lokal ${quoteArg(fileName)}`,
    },
    {
      heading: 'Bra att veta',
      paragraphs: [
        'Bladen Resultat, Analys och Handlingsplan är skyddade mot misstag, utan lösenord. Ni kan ändra kolumnbredd och radhöjd. Behöver ni fler rader på Analys eller Handlingsplan kan ni infoga rader (eller ta bort skyddet via Granska > Ta bort bladskydd). Ändra inte bladet Resultat: ojrapport upptäcker ändringar där med en kontrollsumma och läser då inte filen.',
        'Texterna kommer med i rapporten precis som ni skriver dem, med radbrytningar. Skriv gärna kort; långa texter tas med i sin helhet men blir svårare att läsa.',
        'Byt inte namn på bladen och ta inte bort de dolda kolumnerna och bladen – där finns indikatorernas id, kommunkod och år.',
      ],
    },
  ];
}
