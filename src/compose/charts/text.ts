// Text helpers for charts: wrapping by measured width and Swedish value labels.
import type { ComparisonSet, IndicatorResult } from '../../model/analysis.ts';
import type { Indicator } from '../../model/types.ts';
import { formatNumber, formatPercent } from '../../sv/format.ts';
import { setKind, setNouns } from '../../compare/set-kinds.ts';
import { textWidth } from './metrics.ts';

const ELLIPSIS = '\u2026';

/** Shorten one line to fit maxWidth, ending in "…". */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number, weight: unknown = 400): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  let s = text;
  while (s.length > 1 && textWidth(s.trimEnd() + ELLIPSIS, fontSize, weight) > maxWidth) s = s.slice(0, -1);
  return s.trimEnd() + ELLIPSIS;
}

/** Greedy word wrap by measured width; text beyond maxLines goes on the last line, truncated with "…". */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: unknown = 400, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || textWidth(next, fontSize, weight) <= maxWidth) {
      line = next;
    } else if (lines.length === maxLines - 1) {
      line = [line, ...words.slice(i)].join(' ');
      break;
    } else {
      lines.push(line);
      line = words[i]!;
    }
  }
  if (line) lines.push(line);
  // A single over-long word can still overflow any line.
  return lines.map((l) => truncateToWidth(l, maxWidth, fontSize, weight));
}

/** Decimals to show for a group of percentages: one if any has a fractional part, else none. */
export function percentDecimals(values: (number | null | undefined)[]): number {
  return values.some((v) => v != null && Math.abs(v - Math.round(v)) >= 0.05) ? 1 : 0;
}

/**
 * A value of an indicator as the tables print it (src/compose/texts.ts): shares of Ja in whole percent, other
 * values with one decimal unless whole, so a chart never shows "70 %" beside a table's "70,4 %".
 */
export function formatIndicatorValue(ind: Indicator, value: number | null | undefined, _decimals = 0): string {
  if (value == null) return '–';
  const decimals = ind.type === 'janej' || Number.isInteger(value) ? 0 : 1;
  if (ind.type === 'bakgrund' && ind.unit && ind.unit !== '%') return `${formatNumber(value, decimals)}\u00a0${ind.unit}`;
  return formatPercent(value, decimals);
}

/** The kommun's own answer as a word: "Ja", "Nej", "Saknas", or the formatted value. */
export function ownAnswer(r: IndicatorResult, decimals = 0): string {
  if (r.value == null) return 'Saknas';
  if (r.indicator.type === 'janej') return r.value >= 1 ? 'Ja' : 'Nej';
  return formatIndicatorValue(r.indicator, r.value, decimals);
}

/** Short label for a comparison set's column or line end. */
export function setShortLabel(set: ComparisonSet): string {
  return setKind(set.kind).short ?? set.label;
}

/** A set's label inside a sentence ("Liknande kommuner LSS" → "liknande kommuner LSS", "Uppsala län" stays). */
export function inSentence(set: ComparisonSet): string {
  return setNouns(set).label;
}

/** "A, B och C". */
export function joinSv(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}
