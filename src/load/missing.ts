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
  let s = normaliseText(text).replace(/^[−–]/, '-').replace(/\s*%$/, '');
  if (/^-?\d{1,3}( \d{3})+([,.]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  if (!/^-?\d+([,.]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

const YES = new Set(['ja', 'yes']);
const NO = new Set(['nej', 'no']);

/** Whether a value of this indicator type/measure at this level is a percentage 0–100. */
export function isPercent(type: IndicatorType, unitKind: UnitKind, measure?: string): boolean {
  if (type === 'andel') return true;
  if (type === 'janej') return unitKind !== 'kommun' && unitKind !== 'stadsdel';
  return measure?.trim() === '%';
}

/** The largest possible value: 100 for percentages, 10 000 for "per 10 000 …", else none. */
function upperBound(type: IndicatorType, unitKind: UnitKind, measure?: string): number {
  if (isPercent(type, unitKind, measure)) return 100;
  if (measure && /^per 10\s?000\b/.test(normaliseText(measure))) return 10_000;
  return Infinity;
}

/**
 * One cell → value. janej at kommun/stadsdel level: "Ja" → 1, "Nej" → 0 (also 1/0 as numbers);
 * janej at län/riket level and andel/bakgrund: a number. Missing spellings → a MissingReason;
 * anything unreadable → missing "oläsbar" (the caller reports it). Out-of-range numbers (a share of 140 %,
 * a negative count or share, more than 10 000 per 10 000) are unreadable too: never silently used.
 * `measure` is the indicator's unit ("%", "per 10 000 invånare").
 */
export function parseValue(raw: CellContent | string | number | null | undefined, type: IndicatorType, unitKind: UnitKind, measure?: string): ParsedValue {
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
  if (n < 0 || n > upperBound(type, unitKind, measure)) return { value: null, missing: 'oläsbar' };
  return { value: n };
}
