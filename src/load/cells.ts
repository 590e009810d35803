// Reading one Excel cell as normalised text (and a number when the cell holds one).
import type ExcelJS from 'exceljs';

export interface CellContent {
  /** Trimmed text with non-breaking/thin spaces as plain spaces and runs of whitespace collapsed. */
  text: string;
  /** Set when the cell holds a number (or a formula whose cached result is a number). */
  number?: number;
}

/** Plain spaces for NBSP, narrow NBSP, thin and other Unicode spaces; collapse runs; trim. */
export function normaliseText(s: string): string {
  return s
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Raw = ExcelJS.CellValue | undefined;

function fromValue(v: Raw): CellContent {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'number') return Number.isFinite(v) ? { text: String(v), number: v } : { text: '' };
  if (typeof v === 'string') return { text: normaliseText(v) };
  if (typeof v === 'boolean') return { text: v ? 'Ja' : 'Nej' };
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return { text: normaliseText(v.richText.map((r) => r.text).join('')) };
    if ('result' in v) return fromValue(v.result as Raw);
    // A formula saved without its computed value: show the formula so it is reported, never read as blank.
    if ('formula' in v || 'sharedFormula' in v) return { text: `=${String((v as { formula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula)}` };
    if ('error' in v) return { text: String(v.error) };
    if ('text' in v) return fromValue((v as { text: Raw }).text);
  }
  return { text: normaliseText(String(v)) };
}

/** A number format that multiplies by 100: a % outside quotes and not escaped ("0.0%", not '0" %"' or "0\\%"). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /%/.test(numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''));
}

/**
 * The content of a cell; merged cells give the master's content. A number formatted as a percentage
 * is stored as a fraction (0.45 shown as "45 %") and comes back as 45; 1.4 (shown as "140 %") as 140,
 * which the range check then rejects instead of reading it as 1.4 %.
 */
export function readCell(cell: ExcelJS.Cell): CellContent {
  const content = fromValue(cell.value);
  if (content.number !== undefined && isPercentFormat(cell.numFmt)) {
    // Round away float noise (0.455 * 100 = 45.500000000000004).
    return { text: content.text, number: Math.round(content.number * 100 * 1e9) / 1e9 };
  }
  return content;
}
