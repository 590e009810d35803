// Swedish building blocks for flag reasons; every number in them is one the report prints.
import { formatPercent } from '../compose/format.ts';
import type { ComparisonSet, SetValue } from '../model/analysis.ts';
import { EGEN_LABEL } from '../compare/sets.ts';

export const pct = (v: number | null): string => formatPercent(v);

/** "a", "a och b", "a, b och c". */
export function joinSv(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

const lcFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function egenName(set: ComparisonSet): string {
  return set.label === EGEN_LABEL ? 'den egna jämförelsegruppen' : set.label;
}

/** The set as a noun phrase: "liknande kommuner", "riket", "Uppsala län", "kommungruppen B3 Större stad". */
export function setNoun(set: ComparisonSet): string {
  switch (set.kind) {
    case 'liknande':
      return 'liknande kommuner';
    case 'riket':
      return 'riket';
    case 'lan':
      return set.label;
    case 'kommungrupp':
      return lcFirst(set.label).replace(/^kommungrupp /, 'kommungruppen ');
    case 'stadsdelar':
      return `andra ${lcFirst(set.label)}`;
    case 'egen':
      return egenName(set);
  }
}

/**
 * A set's Ja-share as printed: small sets with their count ("5 av 7 liknande kommuner (71 %)"),
 * large ones and published rows as a share ("62 % av kommunerna i riket").
 */
export function jaShare(set: ComparisonSet, sv: SetValue): string {
  const counted = sv.origin === 'beräknad' && (set.kind === 'liknande' || set.kind === 'stadsdelar' || set.kind === 'egen');
  if (counted) {
    const noun = set.kind === 'liknande' ? 'liknande kommuner' : set.kind === 'egen' ? `kommuner i ${egenName(set)}` : setNoun(set);
    const answered = sv.nMissing > 0 ? ' som har svarat' : '';
    return `${sv.nJa ?? 0} av ${sv.nAnswered} ${noun}${answered} (${pct(sv.value)})`;
  }
  const where = set.kind === 'riket' ? 'riket' : setNoun(set);
  return `${pct(sv.value)} av kommunerna i ${where}`;
}

/** A set's mean as printed: "liknande kommuner (69 %)". */
export function meanOf(set: ComparisonSet, sv: SetValue): string {
  return `${setNoun(set)} (${pct(sv.value)})`;
}

const QUARTILE_WORDS = ['den bästa fjärdedelen', 'den näst bästa fjärdedelen', 'den näst svagaste fjärdedelen', 'den svagaste fjärdedelen'];

export function quartileWord(q: number): string {
  return QUARTILE_WORDS[q - 1] ?? '';
}
