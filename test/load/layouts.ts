// One small set of ÖJ results written as workbooks in several layouts, for the layout-independence tests.
import ExcelJS from 'exceljs';

export const YEAR = 2019;

/** Unit code → how the layouts name it. */
export const UNITS: Record<string, { kod: string; namn: string; kind: 'kommun' | 'stadsdel' | 'lan' | 'riket' }> = {
  '0114': { kod: '0114', namn: 'Upplands Väsby', kind: 'kommun' },
  '0180': { kod: '0180', namn: 'Stockholm', kind: 'kommun' },
  '0180-bromma': { kod: '', namn: 'Stockholm – Bromma', kind: 'stadsdel' },
  '0380': { kod: '0380', namn: 'Uppsala', kind: 'kommun' },
  '1480': { kod: '1480', namn: 'Göteborg', kind: 'kommun' },
  '01': { kod: '01', namn: 'Stockholms län', kind: 'lan' },
  '03': { kod: '03', namn: 'Uppsala län', kind: 'lan' },
  '00': { kod: '00', namn: 'Riket', kind: 'riket' },
};
export const UNIT_ORDER = Object.keys(UNITS);

export const JANEJ = ['ibic_utredning', 'samv_bup', 'sip_vuxna', 'kompetensplan'] as const;
export const INDICATORS = [...JANEJ, 'genomforandeplan_dv', 'bm_invanare'] as const;
export type Ind = (typeof INDICATORS)[number];

/** Every missing spelling appears among the kommun answers. */
const ANSWERS: Record<string, string[]> = {
  '0114': ['Ja', '-', 'Nej', 'Vet ej'],
  '0180': ['Nej', 'Ja', '–', 'x'],
  '0180-bromma': ['..', 'Nej', 'Ja', 'Ja'],
  '0380': ['Ja', '.', '', 'Nej'],
  '1480': ['Uppgift saknas', 'Ej svar', 'Ej svarat', 'Ja'],
};
const SHARES: Record<string, number[]> = { '01': [40, 50, 33, 60], '03': [20, 0, 100, 45.5], '00': [9, 35, 41, 33] };
const ANDEL: Record<string, number | string> = { '0114': 45.5, '0180': 80, '0180-bromma': 12.5, '0380': '..', '1480': 100, '01': 62.3, '03': 70, '00': 71.2 };
const INVANARE: Record<string, number> = { '0114': 46000, '0180': 950000, '0180-bromma': 85000, '0380': 230000, '1480': 580000, '01': 2300000, '03': 380000, '00': 10230000 };

/** The canonical cell content: a string (answer or missing spelling) or a number. */
export function canonical(unit: string, ind: Ind): string | number {
  const j = (JANEJ as readonly string[]).indexOf(ind);
  if (j >= 0) return ANSWERS[unit]?.[j] ?? SHARES[unit]![j]!;
  if (ind === 'genomforandeplan_dv') return ANDEL[unit]!;
  return INVANARE[unit]!;
}

export type PctForm = 'number' | 'fraction' | 'text';

const sv = (n: number) => String(n).replace('.', ',');

/** How a layout writes a cell: percentages as 0–100, as a %-formatted fraction, or as Swedish text. */
export function write(cell: ExcelJS.Cell, unit: string, ind: Ind, form: PctForm, padded = false): void {
  const v = canonical(unit, ind);
  if (typeof v === 'string') {
    cell.value = padded && v ? `\u00a0${v} ` : v;
    return;
  }
  const pct = ind === 'genomforandeplan_dv' || (JANEJ as readonly string[]).includes(ind);
  if (!pct) {
    cell.value = padded ? v.toLocaleString('sv-SE') : v;
    return;
  }
  if (form === 'fraction') {
    cell.value = v / 100;
    cell.numFmt = '0.0%';
  } else if (form === 'text') cell.value = v % 2 ? `${sv(v)} %` : sv(v);
  else cell.value = v;
}

export interface Column {
  col: number;
  ind: Ind;
  /** Stacked header texts, top to bottom ('' = empty). */
  headers: string[];
}

export interface TableSpec {
  /** First header row. */
  top: number;
  depth: number;
  keys: { col: number; label: string; text: (unit: string) => ExcelJS.CellValue }[];
  columns: Column[];
  units: string[];
  form: PctForm;
  mergeKeys?: boolean;
  /** Merge equal adjacent header texts in a row (område over its indicators). */
  mergeHeaders?: boolean;
  padded?: boolean;
  formulas?: boolean;
}

export function writeTable(ws: ExcelJS.Worksheet, t: TableSpec): void {
  const bottom = t.top + t.depth - 1;
  for (const k of t.keys) {
    ws.getCell(t.mergeKeys ? t.top : bottom, k.col).value = k.label;
    if (t.mergeKeys && t.depth > 1) ws.mergeCells(t.top, k.col, bottom, k.col);
  }
  const sorted = [...t.columns].sort((a, b) => a.col - b.col);
  for (let d = 0; d < t.depth; d++) {
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[i]!;
      const h = c.headers[d] ?? '';
      const prev = sorted[i - 1];
      if (t.mergeHeaders && prev && prev.col === c.col - 1 && prev.headers[d] === h && h) continue;
      if (h) ws.getCell(t.top + d, c.col).value = h;
      if (!t.mergeHeaders || !h) continue;
      let end = i;
      while (sorted[end + 1] && sorted[end + 1]!.col === sorted[end]!.col + 1 && sorted[end + 1]!.headers[d] === h) end++;
      if (end > i) ws.mergeCells(t.top + d, c.col, t.top + d, sorted[end]!.col);
    }
  }
  t.units.forEach((u, n) => {
    const r = bottom + 1 + n;
    for (const k of t.keys) ws.getCell(r, k.col).value = k.text(u);
    for (const c of t.columns) {
      const cell = ws.getCell(r, c.col);
      write(cell, u, c.ind, t.form, t.padded);
      if (t.formulas && typeof cell.value === 'string' && cell.value.trim()) cell.value = { formula: `TRIM("${cell.value}")`, result: cell.value } as ExcelJS.CellFormulaValue;
      // exceljs drops a cached result of 0 when writing; Excel itself keeps it.
      if (t.formulas && typeof cell.value === 'number' && cell.value !== 0) cell.value = { formula: `${cell.value}*1`, result: cell.value } as ExcelJS.CellFormulaValue;
    }
  });
}

/** The catalogue's full names with område above and split below (as the bundled example files). */
export const FULL: Record<Ind, string[]> = {
  ibic_utredning: ['Handläggning och dokumentation', 'IBIC används vid alla utredningar (LSS vuxna)', 'LSS vuxna'],
  samv_bup: ['Samverkan', 'Överenskommelse om samverkan i enskilda ärenden, LSS barn – barn- och ungdomspsykiatri', 'LSS barn'],
  sip_vuxna: ['Samverkan', 'Aktuell rutin för information om SIP (LSS vuxna)', 'LSS vuxna'],
  kompetensplan: ['Handläggning och dokumentation', 'Samlad kompetensplan för handläggare', 'Myndighetsutövning'],
  genomforandeplan_dv: ['Delaktighet', 'Andel personer i daglig verksamhet med aktuell genomförandeplan', 'LSS vuxna'],
  bm_invanare: ['Bakgrundsmått', 'Invånare totalt, antal', ''],
};

/** Abbreviated, differently stacked headers as another year's file might have them. */
export const SHORT: Record<Ind, string[]> = {
  ibic_utredning: ['Handläggning', 'IBIC – utredningar', 'LSS vuxna'],
  samv_bup: ['Överenskommelse om samverkan i enskilda ärenden', 'LSS barn', 'BUP'],
  sip_vuxna: ['SIP', 'LSS vuxna', 'Aktuell rutin för information'],
  kompetensplan: ['Handläggning', 'Kompetensplan för handläggare', 'Myndighetsutövning'],
  genomforandeplan_dv: ['Genomförandeplan', 'Daglig verksamhet', 'Andel (%)'],
  bm_invanare: ['Bakgrundsmått', 'Folkmängd', ''],
};

// ——— Layouts of other editions and analysts' extracts: several years, name-only units, län sheets, noise ———

/** Units whose names trip naive matching: Håbo/Habo, kommuner named like their län, Göteborg's stadsdelsnämnder. */
export const NAMED: Record<string, { namn: string; kind: 'kommun' | 'stadsdel' | 'lan' | 'riket' }> = {
  '0305': { namn: 'Håbo', kind: 'kommun' },
  '0643': { namn: 'Habo', kind: 'kommun' },
  '0380': { namn: 'Uppsala', kind: 'kommun' },
  '0880': { namn: 'Kalmar', kind: 'kommun' },
  '0680': { namn: 'Jönköping', kind: 'kommun' },
  '1480': { namn: 'Göteborg', kind: 'kommun' },
  '1480-angered': { namn: 'Angered', kind: 'stadsdel' },
  '1480-vastra-goteborg': { namn: 'Västra Göteborg', kind: 'stadsdel' },
  '1480-centrum': { namn: 'Centrum', kind: 'stadsdel' },
  '03': { namn: 'Uppsala', kind: 'lan' },
  '08': { namn: 'Kalmar', kind: 'lan' },
  '06': { namn: 'Jönköping', kind: 'lan' },
  '00': { namn: 'Riket', kind: 'riket' },
};
export const KOMMUN_ROWS = Object.keys(NAMED).filter((u) => ['kommun', 'stadsdel'].includes(NAMED[u]!.kind));
export const LAN_ROWS = Object.keys(NAMED).filter((u) => !KOMMUN_ROWS.includes(u));

/** Catalogue indicators (all in 2018 and 2019) and one column the catalogue does not know. */
export const EDITION_INDS = ['ibic_utredning', 'samv_bup', 'kompetensplan', 'genomforandeplan_dv', 'nytt'] as const;
export type EditionInd = (typeof EDITION_INDS)[number];
export const NEW_HEADER = 'Rutin för hälsofrämjande arbete (LSS vuxna)';
export const HEADERS: Record<EditionInd, string[]> = {
  ibic_utredning: ['Handläggning och dokumentation', 'IBIC används vid alla utredningar (LSS vuxna)', 'LSS vuxna'],
  samv_bup: ['Samverkan', 'Överenskommelse om samverkan i enskilda ärenden, LSS barn – barn- och ungdomspsykiatri', 'LSS barn'],
  kompetensplan: ['Handläggning och dokumentation', 'Samlad kompetensplan för handläggare', 'Myndighetsutövning'],
  genomforandeplan_dv: ['Delaktighet', 'Andel personer i daglig verksamhet med aktuell genomförandeplan', 'LSS vuxna'],
  nytt: ['Trygghet', NEW_HEADER, 'LSS vuxna'],
};

/** The planted truth: a kommun answers Ja/Nej (andel: a share), a län or riket gives a share; differs per year. */
export function planted(unit: string, ind: EditionInd, year: number): { cell: string | number; value: number } {
  let h = year * 7;
  for (const ch of `${unit}|${ind}`) h = (h * 31 + ch.charCodeAt(0)) % 100_003;
  const share = 1 + (h % 990) / 10; // ≥ 1: a fraction among percentages is refused as ambiguous
  if (ind === 'genomforandeplan_dv' || !KOMMUN_ROWS.includes(unit)) return { cell: share, value: share };
  return h % 2 ? { cell: 'Ja', value: 1 } : { cell: 'Nej', value: 0 };
}

export interface EditionSheet {
  name: string;
  units: string[];
  cols: { ind: EditionInd; year: number }[];
  /** "Kommun" (default) or e.g. "Län" for a sheet of län. */
  nameLabel?: string;
  /** How a unit's name cell reads (default: NAMED's name). */
  nameOf?: (unit: string) => string;
  /** A merged year cell over each year's columns. */
  yearRow?: boolean;
  /** Noise on the indicator header text. */
  noise?: (header: string) => string;
  /** Rows inserted before these units' rows (a blank separator or a section heading). */
  before?: Record<string, string[]>;
  title?: string;
  footnotes?: string[];
  /** A hidden column with a stale copy of the first indicator, left of the others. */
  hiddenStale?: boolean;
}

/** Writes one sheet of a generated edition; returns nothing, the truth is `planted`. */
export function writeEditionSheet(wb: ExcelJS.Workbook, s: EditionSheet): void {
  const ws = wb.addWorksheet(s.name);
  let r = 1;
  if (s.title) ws.getCell(r++, 1).value = s.title;
  r++;
  const top = r;
  const depth = (s.yearRow ? 1 : 0) + 3;
  const bottom = top + depth - 1;
  ws.getCell(top, 1).value = s.nameLabel ?? 'Kommun';
  ws.mergeCells(top, 1, bottom, 1);
  let first = 2;
  if (s.hiddenStale) {
    ws.getCell(bottom - 1, 2).value = HEADERS.ibic_utredning[1]!;
    ws.getColumn(2).hidden = true;
    first = 3;
  }
  s.cols.forEach((c, i) => {
    const col = first + i;
    const parts = HEADERS[c.ind].map((h, d) => (d === 1 && s.noise ? s.noise(h) : h));
    parts.forEach((h, d) => (ws.getCell(top + (s.yearRow ? 1 : 0) + d, col).value = h));
    if (s.yearRow) ws.getCell(top, col).value = c.year;
  });
  if (s.yearRow) {
    for (let i = 0; i < s.cols.length; ) {
      let j = i;
      while (j + 1 < s.cols.length && s.cols[j + 1]!.year === s.cols[i]!.year) j++;
      if (j > i) ws.mergeCells(top, first + i, top, first + j);
      i = j + 1;
    }
  }
  r = bottom + 1;
  for (const u of s.units) {
    for (const extra of s.before?.[u] ?? []) {
      if (extra) ws.getCell(r, 1).value = extra;
      r++;
    }
    ws.getCell(r, 1).value = s.nameOf ? s.nameOf(u) : NAMED[u]!.namn;
    if (s.hiddenStale) ws.getCell(r, 2).value = planted(u, 'ibic_utredning', s.cols[0]!.year).value ? 'Nej' : 'Ja';
    s.cols.forEach((c, i) => (ws.getCell(r, first + i).value = planted(u, c.ind, c.year).cell));
    r++;
  }
  for (const f of s.footnotes ?? []) ws.getCell(++r, 1).value = f;
}
