// What the kommun report and the county report share around their sections: title fields, cover lines,
// contents entries of the appendices and the status legend.
import type { Status } from '../model/analysis.ts';
import { statusLabel } from './texts.ts';

export const EXAMPLE_LABEL = 'Exempeldata – inte verkliga resultat';

export const DATE_FORMAT = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' });

export function slugId(prefix: string, s: string): string {
  const base = s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${base}`;
}

/** "2019–2024" for contiguous years, else "2017, 2019". */
export function yearsLabel(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

export interface FrameInput {
  title: string;
  shortTitle: string;
  /** The name on the cover and in the running header: "Uppsala", "Uppsala län". */
  name: string;
  /** Added to the name in the PDF's Title only, e.g. "(stadsdelsområde i Stockholms stad)". */
  titleNote?: string;
  year: number;
  isExample: boolean;
  generatedAt: Date;
}

export interface Frame {
  lang: 'sv';
  title: string;
  /** The PDF's Title: title, unit and year, and that the data are made up when they are. */
  documentTitle: string;
  unitName: string;
  year: string;
  isExample: boolean;
  exampleLabel: string;
  generatedAt: string;
  header: { left: string; right: string };
}

export function frame(f: FrameInput): Frame {
  const year = String(f.year);
  return {
    lang: 'sv',
    title: f.title,
    documentTitle: `${f.title} – ${f.name}${f.titleNote ? ` ${f.titleNote}` : ''} ${year}${f.isExample ? ' (exempeldata, inte verkliga resultat)' : ''}`,
    unitName: f.name,
    year,
    isExample: f.isExample,
    exampleLabel: EXAMPLE_LABEL,
    generatedAt: DATE_FORMAT.format(f.generatedAt),
    header: { left: f.shortTitle, right: `${f.name} ${year}` },
  };
}

/** The cover's lines: what the report covers (first), the data, what it is compared with, the date. */
export function coverLines(o: { covers?: string; dataYears: string; comparedWith: string; generatedAt: Date }): { label: string; value: string }[] {
  return [
    ...(o.covers ? [{ label: 'Omfattar', value: o.covers }] : []),
    { label: 'Underlag', value: `Öppna jämförelser ${o.dataYears}, Socialstyrelsen` },
    { label: 'Jämförs med', value: o.comparedWith },
    { label: 'Framtagen', value: DATE_FORMAT.format(o.generatedAt) },
  ];
}

/** Contents entries of the three appendices, the same in both reports. */
export const APPENDIX_TOC = [
  { id: 'bilaga-1', label: 'Bilaga 1. Indikatorer' },
  { id: 'bilaga-2', label: 'Bilaga 2. Metod och regler för markeringar' },
  { id: 'bilaga-3', label: 'Bilaga 3. Datakällor och versioner' },
];

const LEGEND_TEXT: Record<'bra' | 'mellan' | 'svag' | 'saknas', string> = {
  bra: 'Ja, eller en andel bland den bästa fjärdedelen av kommunerna.',
  mellan: 'En andel i mitten bland kommunerna.',
  svag: 'Nej, eller en andel bland den svagaste fjärdedelen av kommunerna.',
  saknas: 'Svar saknas. Räknas inte som Nej och inte som en svaghet.',
};

/** The four statuses with their meaning; `weakNote` is added to Svag (the county report: "Kommunen ligger efter."). */
export function statusLegend(weakNote?: string): { key: Status; word: string; value: string }[] {
  return (['bra', 'mellan', 'svag', 'saknas'] as const).map((k) => ({
    key: k,
    word: statusLabel(k).word,
    value: k === 'svag' && weakNote ? `${LEGEND_TEXT[k]} ${weakNote}` : LEGEND_TEXT[k],
  }));
}
