// Parsing one cell's text into a value or a reason it is missing. Missing is never "Nej".
import type { IndicatorType, MissingReason, UnitKind } from '../model/types.ts';
import { normaliseText, type CellContent } from './cells.ts';

/** Every known missing-value spelling (lower case) and what it means. */
const MISSING: Record<string, MissingReason> = {
  '': 'tom',
  '-': 'saknas',
  '–': 'saknas',
  '—': 'saknas',
  '−': 'saknas',
  '..': 'saknas',
  '...': 'saknas',
  '…': 'saknas',
  '.': 'saknas',
  'uppgift saknas': 'saknas',
  'saknas': 'saknas',
  'data saknas': 'saknas',
  'ej svar': 'ej_svar',
  'ej svarat': 'ej_svar',
  'inget svar': 'ej_svar',
  'ej besvarad': 'ej_svar',
  'vet ej': 'vet_ej',
  'vet inte': 'vet_ej',
  'x': 'skyddad',
};

export interface ParsedValue {
  value: number | null;
  missing?: MissingReason;
}

/** The missing reason for a missing-value spelling, or undefined if the text is not one. */
export function missingReason(text: string): MissingReason | undefined {
  return MISSING[normaliseText(text).toLowerCase()];
}

/** "45", "45,5", "45.5", "45 %", "1 234", "−3" → number; anything else → undefined. */
export function parseNumber(text: string): number | undefined {
  let s = normaliseText(text).replace(/[−–]/g, '-').replace(/\s*%$/, '');
  if (/^-?\d{1,3}( \d{3})+([,.]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  if (!/^-?\d+([,.]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

const YES = new Set(['ja', 'yes']);
const NO = new Set(['nej', 'no']);

/**
 * One cell → value. janej at kommun/stadsdel level: "Ja" → 1, "Nej" → 0 (also 1/0 as numbers);
 * janej at län/riket level and andel/bakgrund: a number. Missing spellings → a MissingReason;
 * anything unreadable → missing "oläsbar" (the caller reports it).
 */
export function parseValue(raw: CellContent | string | number | null | undefined, type: IndicatorType, unitKind: UnitKind): ParsedValue {
  const content: CellContent =
    raw === null || raw === undefined ? { text: '' } : typeof raw === 'number' ? { text: String(raw), number: raw } : typeof raw === 'string' ? { text: normaliseText(raw) } : raw;
  const reason = content.number === undefined ? missingReason(content.text) : undefined;
  if (reason) return { value: null, missing: reason };
  const answerLevel = unitKind === 'kommun' || unitKind === 'stadsdel';
  const lower = content.text.toLowerCase();
  if (type === 'janej' && answerLevel) {
    if (YES.has(lower)) return { value: 1 };
    if (NO.has(lower)) return { value: 0 };
    if (content.number === 1 || content.number === 0) return { value: content.number };
    return { value: null, missing: 'oläsbar' };
  }
  const n = content.number ?? parseNumber(content.text);
  if (n === undefined || !Number.isFinite(n)) return { value: null, missing: 'oläsbar' };
  if ((type === 'andel' || type === 'janej') && (n < 0 || n > 100)) return { value: null, missing: 'oläsbar' };
  return { value: n };
}
