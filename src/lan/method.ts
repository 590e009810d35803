// The county report's own terms and rules, printed where they are used and in its Bilaga 2. They are not
// the kommun report's: "länsgemensamt" is about the county's kommuner, not about riket's share of Ja.
import { aggregationRules } from '../compare/aggregation.ts';
import { formatNumber } from '../sv/format.ts';
import type { LabelValue } from '../compose/report-model.ts';
import type { Rules } from '../model/analysis.ts';
import { SHARED_MIN_SHARE } from './analysis.ts';

export const LAN_SHARED_TERM = { one: 'Länsgemensamt utvecklingsområde', many: 'Länsgemensamma utvecklingsområden' } as const;

function quartileText(q: number, weakest: boolean): string {
  if (weakest) return q >= 4 ? 'den svagaste fjärdedelen' : `fjärdedel ${q}–4 (4 är den svagaste)`;
  return q <= 1 ? 'den bästa fjärdedelen' : `fjärdedel 1–${q} (1 är den bästa)`;
}

const half = () => (SHARED_MIN_SHARE === 0.5 ? 'minst hälften' : `minst ${formatNumber(SHARED_MIN_SHARE * 100)} %`);

/** "Ligger efter": status Svag in the kommun's own analysis. */
export function lagDefinition(rules: Rules): string {
  return `En kommun ligger efter när den svarar Nej på en Ja/Nej-fråga, eller när en andel hör till ${quartileText(rules.weakestQuartile, true)} av landets kommuner.`;
}

/** The county concept, with its definition, printed wherever the term is used. */
export function sharedDefinition(rules: Rules): string {
  return `${LAN_SHARED_TERM.many}: indikatorer där ${half()} av länets kommuner som har svarat ligger efter (svarar Nej, eller har en andel bland ${quartileText(rules.weakestQuartile, true)} av landets kommuner). Kommuner utan svar räknas inte.`;
}

export function riketDefinition(changePoints: number): string {
  return `Bättre eller sämre än riket: länets värde skiljer sig från rikets med minst ${formatNumber(changePoints)} procentenheter i önskad eller motsatt riktning. Mindre skillnader räknas som ”som riket”.`;
}

/** Bilaga 2 of the county report. */
export function lanMethod(rules: Rules): { thresholds: LabelValue[]; rules: string[]; aggregation: string[] } {
  return {
    thresholds: [
      { label: 'Ligger efter', value: lagDefinition(rules) },
      { label: 'Gör bra', value: `En kommun gör bra när den svarar Ja, eller när en andel hör till ${quartileText(rules.bestQuartile, false)} av landets kommuner.` },
      { label: LAN_SHARED_TERM.one, value: `En indikator där ${half()} av länets kommuner som har svarat ligger efter. Kommuner utan svar räknas inte.` },
      { label: 'Bättre, som eller sämre än riket', value: `Länets värde minus rikets, utan avrundning: minst ${formatNumber(rules.changePoints)} procentenheter i önskad riktning är bättre, minst lika mycket i motsatt riktning sämre, annars som riket. Gränsen är samma som för förändringar i kommunrapporten (forandring_minst_procentenheter i regler.json).` },
    ],
    rules: [
      'Länets antal räknar varje kommun en gång. Stadsdelar visas med sin kommun men räknas inte i länets antal.',
      'Lär av varandra (steg 2): indikatorer där minst en kommun i länet gör bra och minst en ligger efter.',
      `Varje kommuns viktigaste utvecklingsområden (steg 3): de tre första lokala utvecklingsområdena ur kommunens egen rapport, med kommunrapportens prioritet. Kommunrapportens egna regler står i dess Bilaga 2. ${LAN_SHARED_TERM.many} i den här översikten är något annat än kommunrapportens gemensamma utvecklingsområden (som gäller en fråga där få kommuner i hela riket svarar Ja).`,
      `Förslag till gemensamt arbete (steg 4): de länsgemensamma utvecklingsområdena, högst åtta, med de kommuner i länet som gör bra.`,
    ],
    aggregation: aggregationRules(),
  };
}
