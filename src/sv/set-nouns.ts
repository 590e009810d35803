// What each kind of comparison set is called inside a Swedish sentence, and whether its members are counted
// ("5 av 7 liknande kommuner") or given as a share. Words are grammar, so they live on the ground floor, keyed by
// the same SetKind as the table in compare/set-kinds.ts (the compiler asks for both when a kind is added).
import type { ComparisonSet, District, SetKind } from '../model/analysis.ts';

export const EGEN_LABEL = 'Egen jämförelsegrupp';

/** The set inside a sentence, and its members counted ("5 av 7 liknande kommuner", "ingen av de 5 liknande kommunerna"). */
export interface SetNouns {
  /** "liknande kommuner", "riket", "Uppsala län", "kommungruppen B3 Större stad", "andra stadsdelsområden i Stockholm". */
  phrase: string;
  many: string;
  one: string;
  the: string;
  /** The table label as written inside a sentence ("liknande kommuner LSS", "Uppsala län"). */
  label: string;
}

interface KindWords {
  /** Few members: printed as counts ("5 av 7 liknande kommuner"), not as a share. */
  counted: boolean;
  nouns: (set: ComparisonSet) => SetNouns;
}

const lcFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const counts = (phrase: string, label: string): SetNouns => ({ phrase, many: `kommuner i ${phrase}`, one: `kommun i ${phrase}`, the: `kommunerna i ${phrase}`, label });

/** What a city's districts are called: plural, singular, definite plural, and "annan"/"annat". */
export const DISTRICT_WORDS: Record<District['kind'], { many: string; one: string; the: string; other: string }> = {
  stadsdelsområde: { many: 'stadsdelsområden', one: 'stadsdelsområde', the: 'stadsdelsområdena', other: 'annat' },
  stadsdelsnämnd: { many: 'stadsdelsnämnder', one: 'stadsdelsnämnd', the: 'stadsdelsnämnderna', other: 'annan' },
  socialförvaltning: { many: 'socialförvaltningar', one: 'socialförvaltning', the: 'socialförvaltningarna', other: 'annan' },
};

export const KOMMUNGRUPP = 'Kommungrupp';

const WORDS: Record<SetKind, KindWords> = {
  liknande: {
    counted: true,
    nouns: (s) => ({ phrase: 'liknande kommuner', many: 'liknande kommuner', one: 'liknande kommun', the: 'liknande kommunerna', label: lcFirst(s.label) }),
  },
  kommungrupp: {
    counted: false,
    // "Kommungrupp B3 Större stad" → "kommungruppen B3 Större stad"
    nouns: (s) => counts(s.label.startsWith(KOMMUNGRUPP) ? `kommungruppen${s.label.slice(KOMMUNGRUPP.length)}` : lcFirst(s.label), lcFirst(s.label)),
  },
  lan: { counted: false, nouns: (s) => counts(s.label, s.label) },
  riket: { counted: false, nouns: (s) => counts('riket', lcFirst(s.label)) },
  stadsdelar: {
    counted: true,
    nouns: (s) => {
      const w = DISTRICT_WORDS[s.district?.kind ?? 'stadsdelsområde'];
      const city = s.district ? ` i ${s.district.city}` : '';
      const many = `andra ${w.many}${city}`;
      return { phrase: many, many, one: `${w.other} ${w.one}${city}`, the: `andra ${w.the}${city}`, label: lcFirst(s.label) };
    },
  },
  egen: { counted: true, nouns: (s) => counts(s.label === EGEN_LABEL ? 'den egna jämförelsegruppen' : s.label, s.label) },
};

export const setNouns = (set: ComparisonSet): SetNouns => WORDS[set.kind].nouns(set);
export const isCountedKind = (kind: SetKind): boolean => WORDS[kind].counted;
