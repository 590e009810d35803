// Plausible data years: ÖJ began long after 2000, and a result cannot come from a year that has not started.
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';

export const FIRST_YEAR = 2000;

/** Throws unless FIRST_YEAR ≤ year ≤ the current year; `where` names the file (and line), `fromAr` says --ar gave it. */
export function assertPlausibleYear(year: number, where: string, fromAr = false, now = new Date().getFullYear()): void {
  if (year >= FIRST_YEAR && year <= now) return;
  throw new OjError(
    msg.implausibleYear(where, year, now, FIRST_YEAR),
    fromAr ? ExitCode.usage : ExitCode.input,
    fromAr ? msg.implausibleArYearHint(now) : msg.implausibleFileYearHint,
  );
}

const TITLE_YEAR = /öppna jämförelser\s+(\d{4})/i;
const BARE_YEAR = /(?:^|\D)(20\d{2})(?:\D|$)/;
/** A header cell that is a year alone ("2019", "År 2019", "Resultat 2019*"): the year of the columns below it. */
const YEAR_PART = /^(?:(?:år|resultat|öj|öppna jämförelser)\s*)?(20\d{2})\s*[*¹²³]?$/i;

/** The year among a column's stacked header texts, and the texts without it. */
export function splitYear(parts: string[]): { parts: string[]; year?: number } {
  let year: number | undefined;
  const rest = parts.filter((p) => {
    const m = YEAR_PART.exec(p.trim());
    if (!m) return true;
    year ??= Number(m[1]);
    return false;
  });
  return { parts: rest, year };
}

interface SheetLike {
  name: string;
  rowCount: number;
  getCell(r: number, c: number): { value: unknown };
}

/**
 * A column's year when its header has none: the sheet name, a title in the sheet ("Öppna jämförelser 2019"), a
 * title elsewhere in the workbook, then the file name; --ar overrides them all. A sheet year that contradicts
 * the file name wins, with a warning.
 */
export class YearFinder {
  private readonly ownYears = new Set<number>();
  private readonly disagreeing = new Map<string, { year: number; where: string; file: number; columns: string[] }>();
  private readonly fileYear?: number;
  private readonly titleYear?: number;

  constructor(private readonly file: string, texts: string[], private readonly override?: number) {
    const m = BARE_YEAR.exec(file);
    this.fileYear = m ? Number(m[1]) : undefined;
    for (const t of texts) {
      const y = TITLE_YEAR.exec(t.slice(0, 500));
      if (y) {
        this.titleYear = Number(y[1]);
        break;
      }
    }
  }

  private sheetOwn(ws: SheetLike): { year: number; where: string } | undefined {
    const m = BARE_YEAR.exec(ws.name);
    if (m) return { year: Number(m[1]), where: 'bladnamnet' };
    for (let r = 1; r <= Math.min(ws.rowCount, 5); r++) {
      for (let c = 1; c <= 5; c++) {
        const v = ws.getCell(r, c).value;
        const y = typeof v === 'string' ? TITLE_YEAR.exec(v.slice(0, 500)) : null;
        if (y) return { year: Number(y[1]), where: 'rubriken' };
      }
    }
    return undefined;
  }

  /** The year for a column without its own; `column` (e.g. 'D') is named in the warning when sheet and file name disagree. */
  forSheet(ws: SheetLike, column?: string): number | undefined {
    if (this.override !== undefined) return this.override;
    const own = this.sheetOwn(ws);
    if (own) this.ownYears.add(own.year);
    if (own && column && this.fileYear !== undefined && own.year !== this.fileYear) {
      const cols = this.disagreeing.get(ws.name) ?? { ...own, file: this.fileYear, columns: [] };
      cols.columns.push(column);
      this.disagreeing.set(ws.name, cols);
    }
    return own?.year ?? this.titleYear ?? this.fileYear;
  }

  /** Warnings for sheets whose year contradicts the file name, naming the columns read with the sheet's year. */
  get warnings(): string[] {
    // Sheets for several years ("2018", "2019") each say their own year: the file name cannot be meant for all.
    if (this.ownYears.size > 1) return [];
    return [...this.disagreeing].map(([sheet, d]) => msg.sheetYearDisagrees(sheet, d.where, d.year, this.file, d.file, d.columns));
  }

  /** Years the sheet may hold (for the units valid then); the current year when none is known. */
  sheetYears(ws: SheetLike): number[] {
    const y = this.forSheet(ws);
    return y !== undefined ? [y] : [this.forFile() ?? new Date().getFullYear()];
  }

  forFile(): number | undefined {
    return this.override ?? this.titleYear ?? this.fileYear;
  }

  /** For telling whether an undated column is an indicator at all. */
  latestKnown(): number {
    return this.forFile() ?? new Date().getFullYear();
  }

  any(): boolean {
    return this.forFile() !== undefined;
  }
}
