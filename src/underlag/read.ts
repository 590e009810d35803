// Reads a filled-in underlag workbook back: the team's explanations, priorities and action plan, validated.
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { formatNumber } from '../sv/format.ts';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { IndicatorResult, UnitAnalysis } from '../model/analysis.ts';
import { fold } from '../reference/slug.ts';
import { exactText, isBlank, isFormula } from './cells.ts';
import { rowHashes, rowHash, sheetChecksum } from './checksum.ts';
import { computedOrder, flaggedIndicators, resultatRows } from './content.ts';
import { ANALYS_COLUMNS, FIRST_ROW, HEADER_HASH_KEY, HEADER_ROW, PLAN_COLUMNS, SHEET, colLetter, colOf, type Column } from './layout.ts';
import { notUnderlag, openWorkbook, readMeta, type UnderlagMeta } from './meta.ts';
import type { ActionRow, Explanation, Influence, LocalAnalysis, Priority } from '../model/local.ts';

/** Texts longer than this are kept whole but give a warning. */
export const LONG_TEXT = 2000;

export interface ReadLokalOptions {
  kommunCode: string;
  year: number;
  /** The analysis the report is built from: indicator ids and names, computed order. */
  analysis: UnitAnalysis;
}

class Reader {
  readonly warnings: string[] = [];
  private readonly byId: Map<string, IndicatorResult>;
  private readonly byName = new Map<string, string>();

  constructor(
    readonly file: string,
    readonly analysis: UnitAnalysis,
    readonly wb: ExcelJS.Workbook,
  ) {
    this.byId = new Map(analysis.indicators.map((r) => [r.indicator.id, r]));
    for (const r of analysis.indicators) {
      for (const n of [r.indicator.id, r.indicator.name, r.indicator.shortName]) this.byName.set(fold(n), r.indicator.id);
    }
  }

  get name(): string {
    return basename(this.file);
  }

  error(sheet: string, cell: string | undefined, message: string, hint: string): OjError {
    return new OjError(msg.underlagAt(this.name, sheet, cell, message), ExitCode.input, hint);
  }

  sheet(name: string): ExcelJS.Worksheet {
    const ws = this.wb.getWorksheet(name);
    if (!ws) throw notUnderlag(this.file, msg.notUnderlagWhy.sheetMissing(name));
    return ws;
  }

  indicator(id: string): IndicatorResult | undefined {
    return this.byId.get(id);
  }

  idByName(text: string): string | undefined {
    return this.byName.get(fold(text));
  }

  /** Keeps the text whole; warns when it is very long. */
  text(sheet: string, cell: string, v: string): string | undefined {
    if (isBlank(v)) return undefined;
    if (v.length > LONG_TEXT) {
      this.warnings.push(msg.longText(this.name, sheet, cell, formatNumber(v.length)));
    }
    return v;
  }

  /** The header row must be the one ojrapport wrote: columns are found by position. */
  checkHeaders(ws: ExcelJS.Worksheet, cols: readonly Column[]): void {
    cols.forEach((c, i) => {
      const got = exactText(ws.getRow(HEADER_ROW).getCell(i + 1).value).trim();
      if (got !== c.header) {
        throw this.error(ws.name, `${colLetter(i + 1)}${HEADER_ROW}`, msg.headerMoved(c.header, got), msg.headerMovedHint);
      }
    });
  }
}

/** The underlag has far fewer rows; content below this is refused, so no loop runs to row 1 048 576. */
export const MAX_ROW = 1002;

/**
 * The last row with content, found once per sheet in one pass over the stored rows (actualRowCount walks every
 * row, and a loop bound that calls it is quadratic). Content below MAX_ROW is an error naming the first such cell.
 */
function lastRow(rd: Reader, ws: ExcelJS.Worksheet): number {
  let last = HEADER_ROW;
  let far: string | undefined;
  ws.eachRow((row, r) => {
    if (r <= MAX_ROW) last = r;
    else if (far === undefined) row.eachCell((cell) => void (far ??= isBlank(exactText(cell.value)) ? undefined : cell.address));
  });
  if (far !== undefined) {
    throw rd.error(ws.name, far, msg.contentBelowEnd(MAX_ROW), msg.contentBelowEndHint);
  }
  return last;
}

function rowTexts(ws: ExcelJS.Worksheet, rowNo: number, width: number): string[] {
  const row = ws.getRow(rowNo);
  const n = Math.max(width, row.cellCount);
  return Array.from({ length: n }, (_, i) => exactText(row.getCell(i + 1).value));
}

/** Every row of Resultat must hash as recorded: edits there are detected and named. */
function checkResultat(rd: Reader, meta: UnderlagMeta, expected: string[][]): void {
  const ws = rd.sheet(SHEET.resultat);
  const width = Math.max(ws.columnCount, expected[0]?.length ?? 0);
  const expectedById = new Map(expected.slice(1).map((r) => [r[0] ?? '', r]));
  const seen = new Set<string>();
  const hint = msg.resultatChangedHint;
  for (let r = HEADER_ROW, last = lastRow(rd, ws); r <= last; r++) {
    const cells = rowTexts(ws, r, width);
    if (r > HEADER_ROW && cells.every(isBlank)) continue;
    const key = r === HEADER_ROW ? HEADER_HASH_KEY : (cells[0] ?? '');
    const recorded = meta.rowHashes.get(key);
    const label = msg.resultatRowLabel(r === HEADER_ROW ? undefined : r, cells[2]);
    if (recorded === undefined || seen.has(key)) {
      throw rd.error(SHEET.resultat, undefined, msg.resultatRowAdded(label), hint);
    }
    seen.add(key);
    if (rowHash(cells) !== recorded) {
      // Name the cell when the analysis still produces the recorded row.
      const exp = r === HEADER_ROW ? expected[0] : expectedById.get(key);
      let cell: string | undefined;
      if (exp && rowHash(exp) === recorded) {
        const i = cells.findIndex((c, j) => c.replace(/\r\n?/g, '\n') !== (exp[j] ?? ''));
        if (i >= 0) cell = `${colLetter(i + 1)}${r}`;
      }
      throw rd.error(SHEET.resultat, cell, msg.resultatRowChanged(label), hint);
    }
  }
  const missing = [...meta.rowHashes.keys()].filter((k) => !seen.has(k));
  if (missing.length) {
    const names = missing.map((id) => rd.indicator(id)?.indicator.shortName ?? id);
    throw rd.error(SHEET.resultat, undefined, msg.resultatRowsMissing(names), hint);
  }
}

function parseInfluence(rd: Reader, cell: string, v: ExcelJS.CellValue): Influence | undefined {
  const s = exactText(v);
  if (isBlank(s)) return undefined;
  const f = fold(s);
  if (f === 'ja') return 'Ja';
  if (f === 'delvis') return 'Delvis';
  if (f === 'nej') return 'Nej';
  throw rd.error(SHEET.analys, cell, msg.notInfluence(s), msg.notInfluenceHint);
}

function parsePriority(rd: Reader, cell: string, v: ExcelJS.CellValue): Priority | undefined {
  const s = exactText(v);
  if (isBlank(s)) return undefined;
  const t = s.trim();
  if (t === '1' || t === '2' || t === '3') return Number(t) as 1 | 2 | 3;
  if (fold(t) === 'ej prioriterad') return 'Ej prioriterad';
  throw rd.error(SHEET.analys, cell, msg.notPriority(s), msg.notPriorityHint);
}

/** A formula without a saved result, or an error value (#REF!), is not the team's text: refused naming the cell. */
function checkCell(rd: Reader, sheet: string, cell: string, v: ExcelJS.CellValue): void {
  if (isFormula(v)) {
    const f = v as { formula?: string; sharedFormula?: string; result?: ExcelJS.CellValue };
    if (f.result === undefined || f.result === null) {
      throw rd.error(sheet, cell, msg.formulaWithoutValue(f.formula ?? f.sharedFormula ?? ''), msg.formulaWithoutValueHint);
    }
    v = f.result;
  }
  if (typeof v === 'object' && v !== null && 'error' in v) {
    throw rd.error(sheet, cell, msg.errorValue(String(v.error)), msg.errorValueHint);
  }
}

/** Klart senast must be a plausible date: a stray number such as 1 would otherwise read as 31 december 1899. */
const FIRST_DUE_YEAR = 2000;
const LAST_DUE_YEAR = 2099;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoFromDate(d: Date): string | undefined {
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

function parseDate(rd: Reader, cell: string, v: ExcelJS.CellValue): string | undefined {
  const iso = parseAnyDate(rd, cell, v);
  const year = iso === undefined ? undefined : Number(iso.slice(0, 4));
  if (year !== undefined && (year < FIRST_DUE_YEAR || year > LAST_DUE_YEAR)) {
    throw rd.error(SHEET.handlingsplan, cell, msg.dueOutOfRange(iso, FIRST_DUE_YEAR, LAST_DUE_YEAR, typeof v === 'number' ? v : undefined), msg.dueHint);
  }
  return iso;
}

function parseAnyDate(rd: Reader, cell: string, v: ExcelJS.CellValue): string | undefined {
  const value = isFormula(v) ? ((v as { result?: ExcelJS.CellValue }).result ?? null) : v;
  if (value instanceof Date) {
    const iso = isoFromDate(value);
    if (iso) return iso;
  } else if (typeof value === 'number' && value >= 1 && value < 2958466) {
    // An Excel serial date stored without a date format.
    return isoFromDate(new Date(Math.round((value - 25569) * 86400000)));
  } else {
    const s = exactText(value);
    if (isBlank(s)) return undefined;
    const m = ISO_DATE.exec(s.trim());
    if (m) {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (isoFromDate(d) === s.trim()) return s.trim();
    }
  }
  throw rd.error(SHEET.handlingsplan, cell, msg.dueNotDate(exactText(value)), msg.dueNotDateHint);
}

function unknownIndicator(rd: Reader, sheet: string, cell: string, text: string): OjError {
  return rd.error(sheet, cell, msg.indicatorNotInResults(text, rd.analysis.unit.name, rd.analysis.year), msg.indicatorNotInResultsHint);
}

function readAnalys(rd: Reader): Explanation[] {
  const ws = rd.sheet(SHEET.analys);
  rd.checkHeaders(ws, ANALYS_COLUMNS);
  const c = (k: (typeof ANALYS_COLUMNS)[number]['key']) => colOf(ANALYS_COLUMNS, k);
  const flagged = new Set(flaggedIndicators(rd.analysis).map((r) => r.indicator.id));
  const out: Explanation[] = [];
  const rowOf = new Map<string, number>();
  for (let r = FIRST_ROW, last = lastRow(rd, ws); r <= last; r++) {
    const row = ws.getRow(r);
    const addr = (k: (typeof ANALYS_COLUMNS)[number]['key']) => `${colLetter(c(k))}${r}`;
    const raw = (k: (typeof ANALYS_COLUMNS)[number]['key']) => row.getCell(c(k)).value;
    for (const k of ['why', 'comment', 'influence', 'priority'] as const) checkCell(rd, SHEET.analys, addr(k), raw(k));
    const why = rd.text(SHEET.analys, addr('why'), exactText(raw('why')));
    const comment = rd.text(SHEET.analys, addr('comment'), exactText(raw('comment')));
    const canInfluence = parseInfluence(rd, addr('influence'), raw('influence'));
    const priority = parsePriority(rd, addr('priority'), raw('priority'));
    if (why === undefined && comment === undefined && canInfluence === undefined && priority === undefined) continue;

    // Prefilled rows carry their id as a value (the name cell is locked); picked rows are found by name.
    const idValue = raw('id');
    const nameText = exactText(raw('indicator'));
    let id: string | undefined;
    if (!isFormula(idValue) && !isBlank(exactText(idValue))) {
      id = exactText(idValue).trim();
      if (!rd.indicator(id)) throw unknownIndicator(rd, SHEET.analys, addr('id'), id);
    } else if (!isBlank(nameText)) {
      id = rd.idByName(nameText);
      if (!id) throw unknownIndicator(rd, SHEET.analys, addr('indicator'), nameText);
    } else {
      throw rd.error(SHEET.analys, addr('indicator'), msg.rowWithoutIndicator(r), msg.rowWithoutIndicatorHint);
    }
    const prev = rowOf.get(id);
    if (prev !== undefined) {
      throw rd.error(SHEET.analys, addr('indicator'), msg.indicatorOnTwoRows(rd.indicator(id)!.indicator.shortName, prev, r), msg.indicatorOnTwoRowsHint);
    }
    rowOf.set(id, r);
    const e: Explanation = { indicatorId: id, indicatorName: rd.indicator(id)!.indicator.shortName, row: r, flagged: flagged.has(id) };
    if (why !== undefined) e.why = why;
    if (canInfluence) e.canInfluence = canInfluence;
    if (priority !== undefined) e.priority = priority;
    if (comment !== undefined) e.comment = comment;
    out.push(e);
  }
  return out;
}

function readPlan(rd: Reader): ActionRow[] {
  const ws = rd.sheet(SHEET.handlingsplan);
  rd.checkHeaders(ws, PLAN_COLUMNS);
  const c = (k: (typeof PLAN_COLUMNS)[number]['key']) => colOf(PLAN_COLUMNS, k);
  const out: ActionRow[] = [];
  for (let r = FIRST_ROW, last = lastRow(rd, ws); r <= last; r++) {
    const row = ws.getRow(r);
    const addr = (k: (typeof PLAN_COLUMNS)[number]['key']) => `${colLetter(c(k))}${r}`;
    const raw = (k: (typeof PLAN_COLUMNS)[number]['key']) => row.getCell(c(k)).value;
    for (const k of ['action', 'responsible', 'followUp', 'due'] as const) checkCell(rd, SHEET.handlingsplan, addr(k), raw(k));
    const action = rd.text(SHEET.handlingsplan, addr('action'), exactText(raw('action')));
    const responsible = rd.text(SHEET.handlingsplan, addr('responsible'), exactText(raw('responsible')));
    const followUp = rd.text(SHEET.handlingsplan, addr('followUp'), exactText(raw('followUp')));
    const due = parseDate(rd, addr('due'), raw('due'));
    if (action === undefined && responsible === undefined && followUp === undefined && due === undefined) continue;
    if (action === undefined) {
      throw rd.error(SHEET.handlingsplan, addr('action'), msg.rowWithoutAction(r), msg.rowWithoutActionHint);
    }
    // The visible name decides; a plain id (e.g. pasted values) is used when the name is empty.
    const nameText = exactText(raw('indicator'));
    const idValue = raw('id');
    let id: string | undefined;
    if (!isBlank(nameText)) {
      id = rd.idByName(nameText);
      if (!id) throw unknownIndicator(rd, SHEET.handlingsplan, addr('indicator'), nameText);
    } else if (!isFormula(idValue) && !isBlank(exactText(idValue))) {
      id = exactText(idValue).trim();
      if (!rd.indicator(id)) throw unknownIndicator(rd, SHEET.handlingsplan, addr('id'), id);
    }
    const a: ActionRow = { row: r, action };
    if (id) {
      a.indicatorId = id;
      a.indicatorName = rd.indicator(id)!.indicator.shortName;
    }
    if (responsible !== undefined) a.responsible = responsible;
    if (due !== undefined) a.due = due;
    if (followUp !== undefined) a.followUp = followUp;
    out.push(a);
  }
  return out;
}

const PRIORITY_RANK: Record<string, number> = { '1': 0, '2': 1, '3': 2, none: 3, 'Ej prioriterad': 4 };

/** The team's order: 1, 2, 3, no priority, Ej prioriterad; ties by ojrapport's computed order. */
export function priorityOrder(explanations: Explanation[], analysis: UnitAnalysis): string[] {
  const computed = computedOrder(analysis);
  const rank = (e: Explanation) => PRIORITY_RANK[e.priority === undefined ? 'none' : String(e.priority)]!;
  return [...explanations]
    .sort((a, b) => rank(a) - rank(b) || (computed.get(a.indicatorId) ?? 1e9) - (computed.get(b.indicatorId) ?? 1e9) || a.row - b.row)
    .map((e) => e.indicatorId);
}

function checkIdentity(rd: Reader, meta: UnderlagMeta, kommunCode: string, year: number): void {
  if (meta.kommunCode === kommunCode && meta.year === year) return;
  const want = `${rd.analysis.unit.code === kommunCode ? rd.analysis.unit.name : kommunCode} (${kommunCode}) ${year}`;
  throw new OjError(msg.underlagForOther(rd.name, meta, want), ExitCode.input, msg.underlagForOtherHint(kommunCode, year));
}

/** Reads and validates a filled-in underlag workbook for one unit and year. */
export async function readLokal(file: string, opts: ReadLokalOptions): Promise<LocalAnalysis> {
  const wb = await openWorkbook(file);
  const meta = readMeta(wb, file);
  const rd = new Reader(file, opts.analysis, wb);
  checkIdentity(rd, meta, opts.kommunCode, opts.year);

  const expected = resultatRows(opts.analysis);
  checkResultat(rd, meta, expected);
  if (sheetChecksum(rowHashes(expected)) !== meta.checksum) {
    rd.warnings.push(msg.resultatDiffers(rd.name, !!meta.example && !opts.analysis.isExample));
  }

  const explanations = readAnalys(rd);
  const actions = readPlan(rd);
  return {
    file,
    kommunCode: meta.kommunCode,
    kommunName: meta.kommunName,
    year: meta.year,
    toolVersion: meta.toolVersion,
    created: meta.created,
    explanations,
    priorityOrder: priorityOrder(explanations, opts.analysis),
    actions,
    warnings: rd.warnings,
  };
}
