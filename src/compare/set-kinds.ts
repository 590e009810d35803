// Every kind of comparison set in one table: the word after --jamforelse, how the members are chosen, how the
// set is named, and the noun forms the result sentences and charts use. A new kind of set goes here (and, for
// its value, in aggregation.ts).
import type { ComparisonSet, District, SetKind } from '../model/analysis.ts';
import type { DataSet, Unit } from '../model/types.ts';
import { delomradenFor, kommungruppFor, liknandeFor } from '../reference/load.ts';
import type { Kommun, Reference } from '../reference/types.ts';

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

export interface SetInput {
  data: DataSet;
  ref: Reference;
  unit: Unit;
  year: number;
}

export interface SetKindSpec {
  kind: SetKind;
  /** Few members: printed as counts ("5 av 7 liknande kommuner"), not as a share. */
  counted: boolean;
  /** The nearest others: the sets the styrka, gemensamt and clearly-below rules refer to. */
  reference: boolean;
  /** The line end in trend charts; the label when absent. */
  short?: string;
  /**
   * The set for a unit and year, or undefined where it does not apply. Absent for the user's sets (kommunkoder
   * after --jamforelse, --grupper), which sets.ts builds from their codes. Its id is the --jamforelse keyword.
   */
  build?: (input: SetInput) => ComparisonSet | undefined;
  nouns: (set: ComparisonSet) => SetNouns;
}

const lcFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const counts = (phrase: string, label: string): SetNouns => ({ phrase, many: `kommuner i ${phrase}`, one: `kommun i ${phrase}`, the: `kommunerna i ${phrase}`, label });

/** The kommun whose reference data applies: the unit itself, or a stadsdel's city. */
export function homeKommun(ref: Reference, unit: Unit): Kommun | undefined {
  return ref.kommuner.get(unit.kind === 'stadsdel' ? (unit.parentCode ?? '') : unit.code);
}

/** Code of the riket row in the data ("00" unless the data names another). */
export function riketCode(data: DataSet): string {
  for (const u of data.units.values()) if (u.kind === 'riket') return u.code;
  return '00';
}

export function membersOf(codes: Iterable<string>, self: string): string[] {
  return [...new Set(codes)].filter((c) => c !== self).sort();
}

// Sorted here, not by the reference's order: members are sorted whatever the source.
function allKommuner(ref: Reference, pred: (k: Kommun) => boolean): string[] {
  return [...ref.kommuner.values()].filter(pred).map((k) => k.code).sort();
}

/** What a city's districts are called: plural, singular, definite plural, and "annan"/"annat". */
const DISTRICT_WORDS: Record<District['kind'], { many: string; one: string; the: string; other: string }> = {
  stadsdelsområde: { many: 'stadsdelsområden', one: 'stadsdelsområde', the: 'stadsdelsområdena', other: 'annat' },
  stadsdelsnämnd: { many: 'stadsdelsnämnder', one: 'stadsdelsnämnd', the: 'stadsdelsnämnderna', other: 'annan' },
  socialförvaltning: { many: 'socialförvaltningar', one: 'socialförvaltning', the: 'socialförvaltningarna', other: 'annan' },
};

function stadsdelar({ data, ref, unit, year }: SetInput): ComparisonSet | undefined {
  if (unit.kind !== 'stadsdel' || !unit.parentCode) return undefined;
  const valid = delomradenFor(ref, year).filter((d) => d.parentCode === unit.parentCode);
  let codes = valid.map((d) => d.code);
  // Units named differently from the reference: fall back to the stadsdelar present in the data.
  if (!codes.includes(unit.code)) {
    codes = [...data.units.values()].filter((u) => u.kind === 'stadsdel' && u.parentCode === unit.parentCode).map((u) => u.code);
  }
  const district: District = { city: ref.kommuner.get(unit.parentCode)?.name ?? unit.parentCode, kind: valid[0]?.kind ?? 'stadsdelsområde' };
  const word = DISTRICT_WORDS[district.kind].many;
  const label = `${word.charAt(0).toUpperCase()}${word.slice(1)} i ${district.city}`;
  return { id: 'stadsdelar', kind: 'stadsdelar', label, description: `Övriga ${word} i ${district.city} ${year}`, members: membersOf(codes, unit.code), district };
}

const KOMMUNGRUPP = 'Kommungrupp';

// Län, kommungrupp and riket are totals that include the kommun itself, as Socialstyrelsen's and Kolada's
// figures do; liknande kommuner and stadsdelar are the others.
export const SET_KINDS: readonly SetKindSpec[] = [
  {
    kind: 'liknande',
    counted: true,
    reference: true,
    short: 'Liknande',
    build: ({ ref, unit, year }) => {
      const home = homeKommun(ref, unit);
      const g = home ? liknandeFor(ref, home.code, year) : undefined;
      if (!g) return undefined;
      const description = g.title.includes(String(g.year)) ? `${g.title} (Kolada)` : `${g.title}, ${g.year} (Kolada)`;
      return { id: 'liknande', kind: 'liknande', label: 'Liknande kommuner LSS', description, members: membersOf(g.members, unit.code) };
    },
    nouns: (s) => ({ phrase: 'liknande kommuner', many: 'liknande kommuner', one: 'liknande kommun', the: 'liknande kommunerna', label: lcFirst(s.label) }),
  },
  {
    kind: 'kommungrupp',
    counted: false,
    reference: false,
    short: 'Grupp',
    build: ({ ref, unit, year }) => {
      const home = homeKommun(ref, unit);
      if (!home) return undefined;
      const { code, edition } = kommungruppFor(home, year);
      const name = ref.kommungrupper.get(code)?.name ?? '';
      const members = allKommuner(ref, (k) => kommungruppFor(k, year).code === code);
      return { id: 'kommungrupp', kind: 'kommungrupp', label: `${KOMMUNGRUPP} ${code} ${name}`.trim(), description: `SKR:s kommungrupp ${code} ${name}, indelning ${edition}`, members };
    },
    // "Kommungrupp B3 Större stad" → "kommungruppen B3 Större stad"
    nouns: (s) => counts(s.label.startsWith(KOMMUNGRUPP) ? `kommungruppen${s.label.slice(KOMMUNGRUPP.length)}` : lcFirst(s.label), lcFirst(s.label)),
  },
  {
    kind: 'lan',
    counted: false,
    reference: false,
    short: 'Länet',
    build: ({ ref, unit }) => {
      const home = homeKommun(ref, unit);
      const lanCode = unit.lanCode ?? home?.lanCode;
      if (!lanCode) return undefined;
      const name = ref.lan.get(lanCode)?.name ?? home?.lanName ?? `Län ${lanCode}`;
      const members = allKommuner(ref, (k) => k.lanCode === lanCode);
      return { id: 'lan', kind: 'lan', label: name, description: `Kommunerna i ${name}`, members, publishedCode: lanCode };
    },
    nouns: (s) => counts(s.label, s.label),
  },
  {
    kind: 'riket',
    counted: false,
    reference: true,
    short: 'Riket',
    build: ({ data, ref }) => ({ id: 'riket', kind: 'riket', label: 'Riket', description: 'Alla kommuner i riket', members: allKommuner(ref, () => true), publishedCode: riketCode(data) }),
    nouns: (s) => counts('riket', lcFirst(s.label)),
  },
  {
    kind: 'stadsdelar',
    counted: true,
    reference: true,
    short: 'Stadsdelar',
    build: stadsdelar,
    nouns: (s) => {
      const w = DISTRICT_WORDS[s.district?.kind ?? 'stadsdelsområde'];
      const city = s.district ? ` i ${s.district.city}` : '';
      const many = `andra ${w.many}${city}`;
      return { phrase: many, many, one: `${w.other} ${w.one}${city}`, the: `andra ${w.the}${city}`, label: lcFirst(s.label) };
    },
  },
  {
    kind: 'egen',
    counted: true,
    reference: false,
    nouns: (s) => counts(s.label === EGEN_LABEL ? 'den egna jämförelsegruppen' : s.label, s.label),
  },
];

const BY_KIND = new Map(SET_KINDS.map((k) => [k.kind, k]));

export function setKind(kind: SetKind): SetKindSpec {
  return BY_KIND.get(kind)!;
}

export const setNouns = (set: ComparisonSet): SetNouns => setKind(set.kind).nouns(set);

/** The kinds a user can ask for by name after --jamforelse ("liknande", "kommungrupp", "lan", "riket", "stadsdelar"). */
export const SET_KEYWORDS: readonly string[] = SET_KINDS.filter((k) => k.build).map((k) => k.kind);

/** The sets compared with when none are asked for: liknande kommuner say more than the kommungrupp. */
export const DEFAULT_SETS = ['liknande', 'lan', 'riket'];
/** A stadsdel is compared with its city's other stadsdelar first. */
export const DEFAULT_SETS_STADSDEL = ['stadsdelar', ...DEFAULT_SETS];
