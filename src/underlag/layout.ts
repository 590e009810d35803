// Sheet names, header rows and columns of the underlag workbook: the one place build and read agree on.

export const FORMAT_ID = 'ojrapport-underlag';
/** Bumped when the layout changes in a way older readers cannot handle. */
export const FORMAT_VERSION = 1;

export const SHEET = {
  instruktion: 'Instruktion',
  resultat: 'Resultat',
  analys: 'Analys',
  handlingsplan: 'Handlingsplan',
  listor: 'Listor',
  meta: '_ojrapport',
} as const;

/** Row 1 is a title, row 2 the column headers, data from row 3 (Resultat, Analys, Handlingsplan). */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_ROW = 3;

/** Empty rows on Analys for indicators the team picks itself, and rows on Handlingsplan. */
export const EXTRA_ANALYS_ROWS = 10;
export const PLAN_ROWS = 15;

export interface Column {
  key: string;
  header: string;
  width: number;
  /** Team input (yellow, unlocked). */
  input?: boolean;
  hidden?: boolean;
}

export const ANALYS_COLUMNS = [
  { key: 'id', header: 'id', width: 12, hidden: true },
  { key: 'indicator', header: 'Indikator', width: 30 },
  { key: 'flag', header: 'Flagga', width: 17 },
  { key: 'reason', header: 'Skäl', width: 44 },
  { key: 'why', header: 'Varför ser det ut så här?', width: 52, input: true },
  { key: 'influence', header: 'Kan vi påverka det?', width: 13, input: true },
  { key: 'priority', header: 'Prioritet', width: 14, input: true },
  { key: 'comment', header: 'Kommentar', width: 34, input: true },
] as const satisfies readonly Column[];

export const PLAN_COLUMNS = [
  { key: 'id', header: 'id', width: 12, hidden: true },
  { key: 'indicator', header: 'Utvecklingsområde', width: 34, input: true },
  { key: 'action', header: 'Åtgärd', width: 54, input: true },
  { key: 'responsible', header: 'Ansvarig', width: 24, input: true },
  { key: 'due', header: 'Klart senast', width: 14, input: true },
  { key: 'followUp', header: 'Uppföljning (indikator eller annat mått)', width: 40, input: true },
] as const satisfies readonly Column[];

type Keys<C extends readonly Column[]> = C[number]['key'];

/** 1-based column number of a key. */
export function colOf<C extends readonly Column[]>(cols: C, key: Keys<C>): number {
  return cols.findIndex((c) => c.key === key) + 1;
}

/** "E" for 5 (enough for the few columns used here). */
export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export const INFLUENCE_CHOICES = ['Ja', 'Delvis', 'Nej'] as const;
export const PRIORITY_CHOICES = ['1', '2', '3', 'Ej prioriterad'] as const;

/** Keys on the hidden metadata sheet (column A), values in column B. */
export const META_KEYS = {
  format: 'format',
  formatVersion: 'formatversion',
  kommunCode: 'kommunkod',
  kommunName: 'kommun',
  year: 'år',
  toolVersion: 'verktygsversion',
  created: 'skapad',
  example: 'exempeldata',
  checksum: 'kontrollsumma_resultat',
} as const;
/** Per-row checksums of Resultat on the metadata sheet: id in column D, hash in column E, from row 2. */
export const META_ROWHASH_COL = 4;
/** Key for the header row's hash. */
export const HEADER_HASH_KEY = '#rubriker';
