// The report's labels (status, flags, indicator types), the legend of set values, trend cells and flag lists.
// Sentences are built in sv/grammar.ts and values formatted in sv/format.ts.
import type { FlagKind, IndicatorResult, SetValue, Status } from '../model/analysis.ts';
import type { Indicator } from '../model/types.ts';
import { formatValue } from '../sv/format.ts';

export interface StatusLabel {
  word: string;
  /** Plain-text symbol for outputs without icons (xlsx, alt text). */
  symbol: string;
}

export const STATUS_LABELS: Record<Status, StatusLabel> = {
  bra: { word: 'Bra', symbol: '+' },
  mellan: { word: 'Mellan', symbol: '±' },
  svag: { word: 'Svag', symbol: '−' },
  saknas: { word: 'Saknas', symbol: '?' },
  ingen: { word: 'Ingen bedömning', symbol: '·' },
};

export function statusLabel(status: Status): StatusLabel {
  return STATUS_LABELS[status];
}

export const FLAG_LABELS: Record<FlagKind, string> = {
  utvecklingsomrade: 'Utvecklingsområde',
  gemensamt: 'Gemensamt utvecklingsområde',
  forsamring: 'Försämring',
  styrka: 'Styrka',
  datakvalitet: 'Datakvalitet',
};

const TYPE_LABELS: Record<Indicator['type'], string> = {
  janej: 'Ja/Nej',
  andel: 'Andel',
  bakgrund: 'Bakgrundsmått',
};

export function typeLabel(indicator: Indicator): string {
  const dir = indicator.direction === 'upp' ? ', högre är bättre' : indicator.direction === 'ned' ? ', lägre är bättre' : '';
  return `${TYPE_LABELS[indicator.type]}${indicator.type === 'andel' ? dir : ''}`;
}

const LEGEND_PARTS: Record<SetValue['origin'], string> = {
  publicerad: 'publ. = publicerat av Socialstyrelsen',
  'beräknad-andel': '5 av 7 = kommuner som svarat Ja av dem som svarat',
  'beräknad-medel': 'medel av 7 = ovägt medelvärde',
  'beräknad-viktad': 'vägt av 26 = medelvärde vägt med invånarantal',
  'beräknad-summa': 'summa av 26 = summa',
};

/** The legend for the marks formatSetValue puts in parentheses, naming only the kinds that occur. */
export function setValueLegend(origins: Iterable<SetValue['origin']>): string {
  const present = new Set(origins);
  const parts = (Object.keys(LEGEND_PARTS) as SetValue['origin'][]).filter((o) => present.has(o)).map((o) => LEGEND_PARTS[o]);
  return parts.length ? `Inom parentes står hur jämförelsevärdet är framtaget: ${parts.join('; ')}. Se Bilaga 2, ”Hur jämförelsevärdena räknas”.` : '';
}

/** Trend cell: one "år värde" entry per year, series breaks shown as "ingår inte". */
export function trendEntries(r: IndicatorResult): { year: string; value: string }[] {
  return r.trend.points.map((p) => ({
    year: String(p.year),
    value: p.exists ? formatValue(r.indicator, p.value, p.missing ?? (p.value === null ? 'saknas' : undefined)) : 'ingår ej',
  }));
}

const FLAG_ORDER: FlagKind[] = ['utvecklingsomrade', 'forsamring', 'gemensamt', 'styrka', 'datakvalitet'];

/** "Utvecklingsområde, Försämring" for the flags an indicator has, in a fixed order. */
export function flagText(r: IndicatorResult): string {
  return sortedFlags(r).map((f) => FLAG_LABELS[f.kind]).join(', ');
}

/** Flag reasons, one per line. */
export function reasonText(r: IndicatorResult): string {
  return sortedFlags(r).map((f) => f.reason).join('\n');
}

/** An indicator's flags in a fixed order (development areas first). */
function sortedFlags(r: IndicatorResult): IndicatorResult['flags'] {
  return [...r.flags].sort((a, b) => FLAG_ORDER.indexOf(a.kind) - FLAG_ORDER.indexOf(b.kind));
}
