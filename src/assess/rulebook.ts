// Every rule a verdict comes from, as an object: the regler.json keys it reads, the function that applies it and
// its Swedish statement built from the configured numbers. flags.ts, rank.ts, position.ts and trend verdicts call
// `apply`; Bilaga 2 prints `statement`, so the appendix cannot drift from the code.
import { placeAmong, type Place } from '../compare/position.ts';
import { formatNumber, formatPercent } from '../sv/format.ts';
import type { ChangeVerdict, Rules, SetValue, Trend } from '../model/analysis.ts';
import type { Direction, Indicator } from '../model/types.ts';

const pct = (v: number) => formatPercent(v, Number.isInteger(v) ? 0 : 1);
const pts = (v: number) => `${formatNumber(v, Number.isInteger(v) ? 0 : 1)}\u00a0${v === 1 ? 'procentenhet' : 'procentenheter'}`;
const quartiles = (from: number, to: number) => (from === to ? `kvartil ${from}` : `kvartil ${from}–${to}`);

/** A change since last year as judged by the rules. */
export type ChangeDirection = 'bättre' | 'sämre' | 'oförändrat';


interface Rule<F> {
  /** Heading in Bilaga 2. */
  label: string;
  /** regler.json keys the rule reads (printed with their values). */
  keys: string[];
  apply: F;
  statement: (r: Rules) => string;
}

const rule = <F>(r: Rule<F>): Rule<F> => r;

/** Positive = the unit is worse than `other` by this many percentage points, given the direction. */
export function shortfallOf(direction: Direction, own: number, other: number): number {
  return direction === 'ned' ? own - other : other - own;
}

export const RULES = {
  minstaUnderlag: rule({
    label: 'Minsta underlag',
    keys: ['minsta_antal_svar_i_jamforelse'],
    apply: (sv: SetValue, r: Rules): boolean => sv.value !== null && (sv.origin === 'publicerad' || sv.nAnswered >= r.minAnswers),
    statement: (r) =>
      `En jämförelsegrupp som ojrapport räknar fram används för markeringar bara när minst ${formatNumber(r.minAnswers)} av dess medlemmar har svarat. En publicerad läns- eller riksrad används alltid.`,
  }),
  andelJa: rule({
    label: 'Andel Ja i en grupp',
    keys: [],
    apply: (nJa: number, nAnswered: number): number | null => (nAnswered > 0 ? (100 * nJa) / nAnswered : null),
    statement: () =>
      'En grupps andel Ja räknas bland de medlemmar som har svarat. Ett saknat svar räknas inte som Nej, så ”3 av 6 som har svarat” i en grupp med 7 medlemmar är 50 %.',
  }),
  utvecklingJaNej: rule({
    label: 'Utvecklingsområde, Ja/Nej',
    keys: ['utvecklingsomrade_minst_andel_ja_i_jamforelse'],
    apply: (groupShare: number, r: Rules): boolean => groupShare >= r.developmentMinShare,
    statement: (r) => `Kommunen svarar Nej medan minst ${pct(r.developmentMinShare)} av dem som har svarat i någon jämförelsegrupp svarar Ja.`,
  }),
  gemensamt: rule({
    label: 'Gemensamt utvecklingsområde',
    keys: ['gemensamt_hogst_andel_ja_i_riket'],
    apply: (riketShare: number, r: Rules): boolean => riketShare <= r.sharedMaxRiketShare,
    statement: (r) =>
      `Kommunen svarar Nej, ingen jämförelsegrupp når gränsen för utvecklingsområde och högst ${pct(r.sharedMaxRiketShare)} av kommunerna i riket svarar Ja.`,
  }),
  forsamring: rule({
    label: 'Försämring, Ja/Nej',
    keys: [],
    apply: (prevJa: boolean, nowJa: boolean): boolean => prevJa && !nowJa,
    statement: () =>
      'Kommunen svarade Ja förra året och svarar Nej i år (ett förlorat Ja). Det visas överallt där indikatorn visas, också när den samtidigt är ett utvecklingsområde.',
  }),
  styrkaJaNej: rule({
    label: 'Styrka, Ja/Nej',
    keys: ['styrka_hogst_andel_ja_i_jamforelse'],
    apply: (referenceShares: number[], r: Rules): boolean => referenceShares.length > 0 && referenceShares.every((s) => s < r.strengthMaxShare),
    statement: (r) =>
      `Kommunen svarar Ja medan färre än ${pct(r.strengthMaxShare)} svarar Ja i var och en av liknande kommuner och riket (de av dem som har tillräckligt underlag). För en stadsdel gäller det också stadens övriga stadsdelar, de närmaste att jämföra med: en stadsdel är inte stark i något som flertalet andra stadsdelar i staden också gör.`,
  }),
  utvecklingAndel: rule({
    label: 'Utvecklingsområde, andel',
    keys: ['andel_svagaste_kvartil', 'andel_tydligt_under_procentenheter'],
    apply: (quartile: number | undefined, referenceShortfalls: number[], r: Rules): boolean =>
      (quartile !== undefined && quartile >= r.weakestQuartile) ||
      (referenceShortfalls.length > 0 && referenceShortfalls.every((s) => s >= r.clearlyBelowPoints)),
    statement: (r) =>
      `Kommunen ligger i ${quartiles(r.weakestQuartile, 4)} av 4 bland alla kommuner (kvartil 4 är den svagaste fjärdedelen), eller minst ${pts(r.clearlyBelowPoints)} sämre än genomsnittet för både liknande kommuner och riket.`,
  }),
  styrkaAndel: rule({
    label: 'Styrka, andel',
    keys: ['andel_basta_kvartil'],
    apply: (quartile: number | undefined, referenceShortfalls: number[], r: Rules): boolean =>
      quartile !== undefined && quartile <= r.bestQuartile && referenceShortfalls.length > 0 && referenceShortfalls.every((s) => s < 0),
    statement: (r) =>
      `Kommunen ligger i ${quartiles(1, r.bestQuartile)} av 4 (kvartil 1 är den bästa fjärdedelen) och bättre än genomsnittet för både liknande kommuner och riket (för en stadsdel också stadens övriga stadsdelar).`,
  }),
  status: rule({
    label: 'Färg för andelar',
    keys: ['andel_basta_kvartil', 'andel_svagaste_kvartil'],
    apply: (quartile: number, r: Rules): 'bra' | 'mellan' | 'svag' => (quartile <= r.bestQuartile ? 'bra' : quartile >= r.weakestQuartile ? 'svag' : 'mellan'),
    statement: (r) => `Bra i ${quartiles(1, r.bestQuartile)}, Svag i ${quartiles(r.weakestQuartile, 4)}, Mellan däremellan.`,
  }),
  placering: rule({
    label: 'Plats bland kommunerna',
    keys: [],
    // The placement itself is comparison (compare/position.ts); the rulebook states it and applies it the same way.
    apply: placeAmong,
    statement: () =>
      'Plats 1 är det bästa värdet med hänsyn till om högre eller lägre är bättre. Kommuner med samma värde delar plats och visas som delad plats (till exempel ”delad plats 1–21 av 281”). Kvartilen är 1 + heltalsdelen av 4 × (antal kommuner med bättre värde) / (antal kommuner med värde), högst 4. En stadsdel är ingen kommun: den placeras i en kvartil av kommunerna utan att räknas bland dem och får ingen plats.',
  }),
  forandring: rule({
    label: 'Förändring sedan förra året',
    keys: ['forandring_minst_procentenheter'],
    apply: (indicator: Indicator, prev: number, now: number, r: Rules): ChangeDirection | null => {
      if (indicator.type === 'janej') return prev === now ? 'oförändrat' : now > prev ? 'bättre' : 'sämre';
      if (indicator.type !== 'andel' || indicator.direction === 'ingen') return null;
      // To 1e-9: floating-point noise (65,3 − 60,3 = 4,99999…) must not decide a threshold; the data has few decimals.
      const worse = Math.round(shortfallOf(indicator.direction, now, prev) * 1e9) / 1e9;
      return Math.abs(worse) < r.changePoints ? 'oförändrat' : worse > 0 ? 'sämre' : 'bättre';
    },
    statement: (r) =>
      `En andel har blivit bättre eller sämre bara när den har ändrats minst ${pts(r.changePoints)} sedan förra året, räknat på de oavrundade värdena; mindre ändringar räknas som oförändrat. Ändringen skrivs med så många decimaler att den aldrig ser ut att nå gränsen utan att göra det (4,9 och inte 5). För Ja/Nej-frågor är Nej → Ja en förbättring och Ja → Nej en försämring.`,
  }),
  svagtAr: rule({
    label: 'År i rad',
    keys: ['andel_svagaste_kvartil', 'andel_basta_kvartil'],
    apply: (quartile: number | undefined, weak: boolean, r: Rules): boolean =>
      quartile !== undefined && (weak ? quartile >= r.weakestQuartile : quartile <= r.bestQuartile),
    statement: (r) =>
      `Ett svagt år är för en Ja/Nej-fråga ett år med Nej, för en andel ett år med färgen Svag (${quartiles(r.weakestQuartile, 4)}). Ett gott år är Ja, respektive Bra (${quartiles(1, r.bestQuartile)}).`,
  }),
  prioritet: rule({
    label: 'Poäng för rangordning',
    keys: ['utvecklingsomrade_minst_andel_ja_i_jamforelse', 'styrka_hogst_andel_ja_i_jamforelse'],
    apply: (p: { sets: number; run: number; changed: boolean; gap: number }): number =>
      Math.round((2 * p.sets + Math.min(Math.max(p.run, 1) - 1, 3) + (p.changed ? 2 : 0) + Math.min(Math.max(p.gap, 0) / 10, 5)) * 100) / 100,
    statement: (r) =>
      `Poäng = 2 för varje jämförelsegrupp där kommunen ligger efter (för styrkor: före) + 1 för varje svagt (gott) år i rad utöver det första, högst 3 + 2 om indikatorn har blivit sämre (bättre) sedan förra året enligt regeln för förändring + 1 per 10 procentenheters avstånd, högst 5. Avståndet är för andelar skillnaden mot gruppens genomsnitt; för Ja/Nej hur långt gruppens andel Ja ligger över gränsen ${pct(r.developmentMinShare)} (för styrkor under ${pct(r.strengthMaxShare)}), eftersom alla grupper som ger markeringen redan ligger minst där. Poängen avrundas till två decimaler.`,
  }),
  ordning: rule({
    label: 'Ordning och delad plats',
    keys: [],
    apply: (scores: number[]): { from: number; to: number }[] =>
      scores.map((s) => ({ from: scores.filter((o) => o > s).length + 1, to: scores.filter((o) => o >= s).length })),
    statement: () =>
      'Lokala utvecklingsområden (utvecklingsområde eller försämring) kommer före gemensamma, och ordnas efter poäng, högst först. Lika poäng ger delad plats (till exempel ”1–3”) och samma prioritet; inom en delad plats står indikatorerna i katalogens ordning, vilket inte är en rangordning.',
  }),
  prioritetsord: rule({
    label: 'Prioritet i steg 3',
    keys: [],
    apply: (place: number): 'Hög' | 'Medel' | 'Låg' => (place <= 3 ? 'Hög' : place <= 7 ? 'Medel' : 'Låg'),
    statement: () => 'Lokala utvecklingsområden på plats 1–3 får prioritet Hög, plats 4–7 Medel och övriga Låg. En delad plats avgörs av sin första plats.',
  }),
  ovrigaNej: rule({
    label: 'Övriga Nej-svar',
    keys: [],
    apply: undefined,
    statement: () =>
      'Varje Nej som varken är utvecklingsområde, försämring eller gemensamt utvecklingsområde listas i steg 3 under ”Övriga Nej-svar” med skälet till att det inte prioriteras.',
  }),
  faSvar: rule({
    label: 'Få svar',
    keys: ['fa_svar_farre_an'],
    apply: (sv: SetValue, r: Rules): boolean => sv.origin !== 'publicerad' && sv.value !== null && sv.nAnswered < r.fewAnswers,
    statement: (r) =>
      `Ett värde som ojrapport räknar fram för en grupp där färre än ${formatNumber(r.fewAnswers)} medlemmar har svarat markeras med ”(få svar)”: ett enda svar flyttar då andelen mycket.`,
  }),
  ingarInte: rule({
    label: 'Ingår inte i årets mätning',
    keys: [],
    apply: undefined,
    statement: () =>
      'En indikator som inte ingår i årets Öppna jämförelser visas som ”ingår inte i ÖJ” och räknas inte bland områdets indikatorer eller som saknat svar. ”Saknas” betyder att kommunen inte svarade.',
  }),
  datakvalitet: rule({
    label: 'Datakvalitet',
    keys: [],
    apply: undefined,
    statement: () => 'Ett saknat svar är aldrig en svaghet och räknas aldrig som Nej. Bakgrundsmått har ingen önskad riktning och bedöms inte.',
  }),
};

/** Bilaga 2: every rule with its statement and the configuration it reads ("regler.json: nyckel = värde"). */
export function ruleStatements(r: Rules): { label: string; value: string; setting: string }[] {
  return Object.values(RULES).map((x) => {
    const keys = x.keys.map((k) => `${k} = ${String(r.raw[k] ?? '–')}`);
    return { label: x.label, value: x.statement(r), setting: keys.length ? `Inställning i regler.json: ${keys.join(', ')}.` : '' };
  });
}

export type { Place };

/** The change since last year by the forandring rule; undefined when either year has no value. */
export function changeSinceLastYear(indicator: Indicator, trend: Trend, r: Rules): ChangeVerdict | undefined {
  const cur = trend.points[trend.points.length - 1];
  const prev = trend.points[trend.points.length - 2];
  if (trend.changeLastYear === null || !cur || !prev || cur.value === null || prev.value === null) return undefined;
  const direction = RULES.forandring.apply(indicator, prev.value, cur.value, r);
  if (direction === null) return undefined;
  const v: ChangeVerdict = { fromYear: prev.year, delta: trend.changeLastYear, direction };
  if (indicator.type === 'janej') {
    if (RULES.forsamring.apply(prev.value >= 1, cur.value >= 1)) v.lostJa = true;
  } else v.threshold = r.changePoints;
  return v;
}
