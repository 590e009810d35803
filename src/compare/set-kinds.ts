// Every kind of comparison set in one table: the word after --jamforelse, how the members are chosen, how the
// set is named. A new kind of set goes here, its value in aggregation.ts, and its Swedish noun forms (which the
// ground-floor grammar needs) in sv/set-nouns.ts.
import type { ComparisonSet, District, SetKind } from '../model/analysis.ts';
import type { DataSet, Unit } from '../model/types.ts';
import { delomradenFor, kommungruppFor, liknandeFor } from '../reference/load.ts';
import type { Kommun, Reference } from '../reference/types.ts';
import { DISTRICT_WORDS, KOMMUNGRUPP } from '../sv/set-nouns.ts';

export { EGEN_LABEL, setNouns, type SetNouns } from '../sv/set-nouns.ts';

export interface SetInput {
  data: DataSet;
  ref: Reference;
  unit: Unit;
  year: number;
}

export interface SetKindSpec {
  kind: SetKind;
  /** The nearest others: the sets the styrka, gemensamt and clearly-below rules refer to. */
  reference: boolean;
  /** The line end in trend charts; the label when absent. */
  short?: string;
  /**
   * The set for a unit and year, or undefined where it does not apply. Absent for the user's sets (kommunkoder
   * after --jamforelse, --grupper), which sets.ts builds from their codes. Its id is the --jamforelse keyword.
   */
  build?: (input: SetInput) => ComparisonSet | undefined;
}

/** The kommun whose reference data applies: the unit itself, or a stadsdel's city. */
export function homeKommun(ref: Reference, unit: Unit): Kommun | undefined {
  return ref.kommuner.get(unit.kind === 'stadsdel' ? (unit.parentCode ?? '') : unit.code);
}

/** The unit's län code: its own, or that of its kommun (a stadsdel's city). */
export function lanCodeOf(ref: Reference, unit: Unit): string | undefined {
  return unit.lanCode ?? homeKommun(ref, unit)?.lanCode;
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

// Län, kommungrupp and riket are totals that include the kommun itself, as Socialstyrelsen's and Kolada's
// figures do; liknande kommuner and stadsdelar are the others.
export const SET_KINDS: readonly SetKindSpec[] = [
  {
    kind: 'liknande',
    reference: true,
    short: 'Liknande',
    build: ({ ref, unit, year }) => {
      const home = homeKommun(ref, unit);
      const g = home ? liknandeFor(ref, home.code, year) : undefined;
      if (!g) return undefined;
      const description = g.title.includes(String(g.year)) ? `${g.title} (Kolada)` : `${g.title}, ${g.year} (Kolada)`;
      return { id: 'liknande', kind: 'liknande', label: 'Liknande kommuner LSS', description, members: membersOf(g.members, unit.code) };
    },
  },
  {
    kind: 'kommungrupp',
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
  },
  {
    kind: 'lan',
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
  },
  {
    kind: 'riket',
    reference: true,
    short: 'Riket',
    build: ({ data, ref }) => ({ id: 'riket', kind: 'riket', label: 'Riket', description: 'Alla kommuner i riket', members: allKommuner(ref, () => true), publishedCode: riketCode(data) }),
  },
  {
    kind: 'stadsdelar',
    reference: true,
    short: 'Stadsdelar',
    build: stadsdelar,
  },
  {
    kind: 'egen',
    reference: false,
  },
];

const BY_KIND = new Map(SET_KINDS.map((k) => [k.kind, k]));

export function setKind(kind: SetKind): SetKindSpec {
  return BY_KIND.get(kind)!;
}

/** The kinds a user can ask for by name after --jamforelse ("liknande", "kommungrupp", "lan", "riket", "stadsdelar"). */
export const SET_KEYWORDS: readonly string[] = SET_KINDS.filter((k) => k.build).map((k) => k.kind);

/** The sets compared with when none are asked for: liknande kommuner say more than the kommungrupp. */
export const DEFAULT_SETS = ['liknande', 'lan', 'riket'];
/** A stadsdel is compared with its city's other stadsdelar first. */
export const DEFAULT_SETS_STADSDEL = ['stadsdelar', ...DEFAULT_SETS];
