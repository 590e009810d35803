// Swedish number and value formatting ("1 234,5", "45 %", values as the tables print them). Non-breaking spaces keep
// numbers and units together.
import type { SetValue } from '../model/analysis.ts';
import type { Indicator, MissingReason } from '../model/types.ts';

const NBSP = '\u00a0';

const cache = new Map<number, Intl.NumberFormat>();
function nf(decimals: number): Intl.NumberFormat {
  let f = cache.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(decimals, f);
  }
  return f;
}

/** "1 234,5" with a non-breaking thin-free space as thousands separator; "–" for null. */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  // Intl uses U+00A0 for sv-SE grouping already; normalise the minus sign to U+2212 for print.
  return nf(decimals).format(value).replace(/\u2212|-/g, '−').replace(/\s/g, NBSP);
}

/** "45 %" (rounded to whole percent unless decimals given). */
export function formatPercent(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return `${formatNumber(value, decimals)}${NBSP}%`;
}

/** Signed change in percentage points: "+5 procentenheter", "−3 procentenheter". */
export function formatPointChange(delta: number, decimals = 0): string {
  const abs = formatNumber(Math.abs(delta), decimals);
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  // Singular by the printed number: 0,6 rounded to "1" is "+1 procentenhet".
  const unit = abs === '1' ? 'procentenhet' : 'procentenheter';
  return `${sign}${abs}${NBSP}${unit}`;
}

/** Swedish word for small counts ("en", "två" … "tolv"), digits above. */
export function countWord(n: number, neuter = false): string {
  const words = ['noll', neuter ? 'ett' : 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
  return n >= 0 && n < words.length ? words[n]! : formatNumber(n);
}

/** Swedish collation for names (Å Ä Ö last). */
export const svCollator = new Intl.Collator('sv');

// --- A unit's and a comparison set's value as the tables print them

const MISSING_WORDS: Record<MissingReason, string> = {
  tom: 'uppgift saknas',
  saknas: 'uppgift saknas',
  ej_svar: 'ej svarat',
  vet_ej: 'vet ej',
  skyddad: 'skyddad uppgift',
  oläsbar: 'oläsbar uppgift',
};

export function missingWord(reason: MissingReason | undefined): string {
  return reason ? MISSING_WORDS[reason] : 'uppgift saknas';
}

function decimalsFor(value: number): number {
  return Number.isInteger(value) ? 0 : 1;
}

/** A unit's own value as printed: "Ja", "Nej", "64 %", "45,2", "Saknas". */
export function formatValue(indicator: Indicator, value: number | null, missing?: MissingReason): string {
  if (value === null) return missing ? 'Saknas' : '–';
  if (indicator.type === 'janej') return value >= 1 ? 'Ja' : 'Nej';
  if (indicator.type === 'andel' || indicator.unit === '%') return formatPercent(value, decimalsFor(value));
  return formatNumber(value, decimalsFor(value));
}

/** Marks a value computed from fewer answering members than the rules' fa_svar_farre_an. */
export const FEW_ANSWERS = 'få svar';

/** A comparison set's value and how it was formed (setValueLegend): "71 %" and "5 av 7", "68 %" and "publ.", "50 %" and "1 av 2, få svar". */
export function formatSetValue(indicator: Indicator, sv: SetValue | undefined, fewAnswers = 0): { value: string; n: string } {
  if (!sv || sv.value === null) return { value: '–', n: sv && sv.nMissing > 0 ? `${formatNumber(sv.nMissing)} saknas` : '' };
  const isShare = indicator.type !== 'bakgrund' || indicator.unit === '%';
  const value = isShare ? formatPercent(sv.value, indicator.type === 'janej' ? 0 : decimalsFor(sv.value)) : formatNumber(sv.value, decimalsFor(sv.value));
  const of = formatNumber(sv.nAnswered);
  const marks: Record<SetValue['origin'], string> = {
    publicerad: 'publ.',
    'beräknad-andel': `${formatNumber(sv.nJa ?? 0)} av ${of}`,
    'beräknad-medel': `medel av ${of}`,
    'beräknad-viktad': `vägt av ${of}`,
    'beräknad-summa': `summa av ${of}`,
  };
  const n = marks[sv.origin];
  return { value, n: sv.origin !== 'publicerad' && sv.nAnswered < fewAnswers ? `${n}, ${FEW_ANSWERS}` : n };
}
