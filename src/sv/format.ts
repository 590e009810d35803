// Swedish number formatting: "1 234,5", "45 %". Non-breaking spaces keep numbers and units together.
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
