// Exact cell text for team input: nothing trimmed or collapsed, so what the team typed is what the report prints.
import type ExcelJS from 'exceljs';

export function isFormula(v: ExcelJS.CellValue): boolean {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);
}

/** The cell's text as typed; formulas give their cached result (or ''); dates as yyyy-mm-dd. */
export function exactText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return exactText((v as { result?: ExcelJS.CellValue }).result);
    if ('error' in v) return String(v.error);
    if ('text' in v) return exactText((v as { text: ExcelJS.CellValue }).text);
  }
  return String(v);
}

/** Whitespace-only counts as empty; the text itself is kept untouched. */
export function isBlank(s: string): boolean {
  return s.trim() === '';
}
