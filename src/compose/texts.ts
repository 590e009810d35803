// Plain-Swedish sentences and labels built from the same numbers the tables print, so they never disagree.
import type { ComparisonSet, FlagKind, IndicatorResult, SetValue, Status, UnitAnalysis } from '../model/analysis.ts';
import type { Indicator, MissingReason } from '../model/types.ts';
import { formatNumber, formatPercent, formatPointChange } from './format.ts';

const NBSP = '\u00a0';

/** Per-indicator wording (data/formuleringar.json): what the unit has (ja) or lacks (nej). */
export interface Phrase {
  verb: string;
  ja: string;
  nej: string;
}
export type Phrases = Record<string, Phrase>;

/** "1 styrka", "3 styrkor". */
export function plural(n: number, singular: string, pluralForm: string): string {
  return `${formatNumber(n)}${NBSP}${n === 1 ? singular : pluralForm}`;
}

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

const TYPE_LABELS: Record<Indicator['type'], string> = {
  janej: 'Ja/Nej',
  andel: 'Andel',
  bakgrund: 'Bakgrundsmått',
};

export function typeLabel(indicator: Indicator): string {
  const dir = indicator.direction === 'upp' ? ', högre är bättre' : indicator.direction === 'ned' ? ', lägre är bättre' : '';
  return `${TYPE_LABELS[indicator.type]}${indicator.type === 'andel' ? dir : ''}`;
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

/** A comparison set's value as printed: "71 % (5 av 7)", "68 %", "45,2 (medel av 7)". */
export function formatSetValue(indicator: Indicator, sv: SetValue | undefined): { value: string; n: string } {
  if (!sv || sv.value === null) return { value: '–', n: sv && sv.nMissing > 0 ? `${formatNumber(sv.nMissing)} saknas` : '' };
  const isShare = indicator.type !== 'bakgrund' || indicator.unit === '%';
  const value = isShare ? formatPercent(sv.value, indicator.type === 'janej' ? 0 : decimalsFor(sv.value)) : formatNumber(sv.value, decimalsFor(sv.value));
  if (sv.origin === 'publicerad') return { value, n: '' };
  const n = indicator.type === 'janej' && sv.nJa !== undefined ? `${formatNumber(sv.nJa)} av ${formatNumber(sv.nAnswered)}` : `medel av ${formatNumber(sv.nAnswered)}`;
  return { value, n };
}

/** Group noun per set kind for sentences: "liknande kommuner", "kommunerna i riket". */
function setNoun(set: ComparisonSet): { counted: string; countedOne: string; definite: string; share: string } {
  switch (set.kind) {
    case 'liknande':
      return { counted: 'liknande kommuner', countedOne: 'liknande kommun', definite: 'liknande kommunerna', share: 'de liknande kommunerna' };
    case 'kommungrupp':
      return { counted: 'kommuner i kommungruppen', countedOne: 'kommun i kommungruppen', definite: 'kommunerna i kommungruppen', share: 'kommunerna i kommungruppen' };
    case 'lan':
      return { counted: 'kommuner i länet', countedOne: 'kommun i länet', definite: 'kommunerna i länet', share: 'kommunerna i länet' };
    case 'riket':
      return { counted: 'kommuner i riket', countedOne: 'kommun i riket', definite: 'kommunerna i riket', share: 'kommunerna i riket' };
    case 'stadsdelar':
      if (/stadsdelsområden/i.test(set.label)) {
        return { counted: 'andra stadsdelsområden', countedOne: 'annat stadsdelsområde', definite: 'andra stadsdelsområdena', share: 'de andra stadsdelsområdena' };
      }
      return { counted: 'stadsdelar', countedOne: 'stadsdel', definite: 'stadsdelarna', share: 'stadsdelarna' };
    default:
      return { counted: `i ${set.label}`, countedOne: `i ${set.label}`, definite: `i ${set.label}`, share: set.label };
  }
}

/** "5 av 7 liknande kommuner", "ingen av de 7 liknande kommunerna", "19 % av kommunerna i riket". */
export function janejSetPhrase(set: ComparisonSet, sv: SetValue | undefined): string | undefined {
  if (!sv || sv.value === null || sv.nAnswered === 0) return undefined;
  const noun = setNoun(set);
  if (sv.nJa === undefined || sv.origin === 'publicerad' || set.kind === 'riket' || set.kind === 'lan') {
    return `${formatPercent(sv.value)} av ${noun.share}`;
  }
  const n = formatNumber(sv.nAnswered);
  if (sv.nJa === 0) return `ingen av de ${n} ${noun.definite}`;
  if (sv.nJa === sv.nAnswered) return sv.nAnswered === 1 ? `den enda ${noun.countedOne}` : `alla ${n} ${noun.counted}`;
  return `${formatNumber(sv.nJa)} av ${n} ${noun.counted}`;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The sets a sentence names: liknande (or kommungrupp when there is none) and riket. */
function sentenceSets(analysis: UnitAnalysis): ComparisonSet[] {
  // A stadsdel's nearest comparison is the city's other stadsdelar.
  const city = analysis.sets.find((s) => s.kind === 'stadsdelar');
  const near = analysis.sets.find((s) => s.kind === 'liknande') ?? analysis.sets.find((s) => s.kind === 'kommungrupp');
  const riket = analysis.sets.find((s) => s.kind === 'riket');
  return [city, near, riket].filter((s): s is ComparisonSet => s !== undefined);
}

function setValueOf(r: IndicatorResult, set: ComparisonSet): SetValue | undefined {
  return r.sets.find((v) => v.setId === set.id);
}

const QUARTILE_WORDS: Record<1 | 2 | 3 | 4, string> = {
  1: 'bland den bästa fjärdedelen av kommunerna',
  2: 'i mitten bland kommunerna',
  3: 'i mitten bland kommunerna',
  4: 'bland den svagaste fjärdedelen av kommunerna',
};

/** One or two plain-Swedish sentences about an indicator; uses only numbers the tables print. */
export function indicatorSentence(analysis: UnitAnalysis, r: IndicatorResult, phrases: Phrases = {}): string {
  const unit = analysis.unit.name;
  const ind = r.indicator;
  const year = analysis.year;
  if (!ind.years.includes(year)) return `Indikatorn ingår inte i Öppna jämförelser ${year}.`;
  if (r.value === null) {
    return `Svar saknas för ${unit} ${year} (${missingWord(r.missing)}). Ett saknat svar räknas inte som Nej.`;
  }
  const sets = sentenceSets(analysis);
  if (ind.type === 'janej') {
    const ja = r.value >= 1;
    const phrase = phrases[ind.id];
    const first = phrase ? `${unit} ${ja ? phrase.ja : phrase.nej}.` : `${unit} svarar ${ja ? 'Ja' : 'Nej'}.`;
    const parts = sets.map((s) => janejSetPhrase(s, setValueOf(r, s))).filter((p): p is string => p !== undefined);
    let second = '';
    if (parts.length > 0) {
      const who = joinAnd(parts);
      second = phrase ? ` Det ${phrase.verb} ${ja ? 'också ' : ''}${who}.` : ` ${capitalize(who)} svarar Ja.`;
    }
    let third = '';
    const prev = previousPoint(r, year);
    if (prev && prev.value !== null && prev.value >= 1 !== ja) {
      third = ` ${prev.year} svarade ${unit} ${prev.value >= 1 ? 'Ja' : 'Nej'}.`;
    } else if (!ja && r.trend.sameAnswerRun >= 3) {
      third = ` ${unit} har svarat Nej ${formatNumber(r.trend.sameAnswerRun)} år i rad.`;
    }
    return first + second + third;
  }
  const own = formatValue(ind, r.value);
  const others = sets
    .map((s) => {
      const sv = setValueOf(r, s);
      if (!sv || sv.value === null) return undefined;
      const name = s.kind === 'liknande' ? 'liknande kommuner' : s.kind === 'riket' ? 'riket' : s.label;
      return `${name} ${formatSetValue(ind, sv).value}`;
    })
    .filter((p): p is string => p !== undefined);
  const unitWord = ind.type === 'andel' || !ind.unit || ind.unit === '%' || ind.unit === 'invånare' ? '' : ` ${ind.unit}`;
  let s = ind.type === 'andel' ? `Andelen är ${own} i ${unit} ${year}.` : `${unit} har ${own}${unitWord} ${year}.`;
  if (others.length > 0) s += ` Genomsnittet är ${joinAnd(others.map((o) => o.replace(/^liknande kommuner /, 'bland liknande kommuner ').replace(/^riket /, 'i riket ')))}.`;
  if (ind.type === 'andel' && r.position) s += ` Det är ${QUARTILE_WORDS[r.position.quartile]}.`;
  if (ind.type === 'andel' && r.trend.changeLastYear !== null && r.trend.changeLastYear !== 0) {
    const prev = previousPoint(r, year);
    if (prev) s += ` Förändring sedan ${prev.year}: ${formatPointChange(r.trend.changeLastYear)}.`;
  }
  return s;
}

function previousPoint(r: IndicatorResult, year: number) {
  return r.trend.points.find((p) => p.year === year - 1 && p.exists);
}

/** Trend cell: one "år värde" entry per year, series breaks shown as "ingår inte". */
export function trendEntries(r: IndicatorResult): { year: string; value: string }[] {
  return r.trend.points.map((p) => ({
    year: String(p.year),
    value: p.exists ? formatValue(r.indicator, p.value, p.missing ?? (p.value === null ? 'saknas' : undefined)) : 'ingår ej',
  }));
}

export type ChangeDirection = 'bättre' | 'sämre' | 'blandat' | 'oförändrat' | 'okänt';

export interface ChangeSummary {
  direction: ChangeDirection;
  /** "↑ Bättre", for the summary box. */
  label: string;
  text: string;
  improved: number;
  worsened: number;
}

/** Direction of change since last year, from the same trend numbers the tables print. */
export function changeSummary(analysis: UnitAnalysis): ChangeSummary {
  const unit = analysis.unit.name;
  const prevYear = analysis.year - 1;
  let newJa = 0;
  let lostJa = 0;
  let andelUp = 0;
  let andelDown = 0;
  let compared = 0;
  for (const r of analysis.indicators) {
    const c = r.trend.changeLastYear;
    if (r.indicator.type === 'bakgrund' || c === null || r.value === null) continue;
    compared++;
    if (r.indicator.type === 'janej') {
      if (c > 0) newJa++;
      else if (c < 0) lostJa++;
    } else if (c !== 0) {
      const better = r.indicator.direction === 'ned' ? c < 0 : c > 0;
      if (better) andelUp++;
      else andelDown++;
    }
  }
  const improved = newJa + andelUp;
  const worsened = lostJa + andelDown;
  if (compared === 0) {
    return { direction: 'okänt', label: 'Ingen jämförelse', text: `Det finns inga jämförbara resultat från ${prevYear}.`, improved, worsened };
  }
  const parts: string[] = [];
  if (newJa > 0) parts.push(`svarar ${unit} Ja på ${plural(newJa, 'fråga', 'frågor')} där svaret var Nej ${prevYear}`);
  if (lostJa > 0) parts.push(`${newJa > 0 ? '' : `svarar ${unit} `}Nej på ${plural(lostJa, 'fråga', 'frågor')} där svaret var Ja`);
  if (andelUp > 0) parts.push(`${plural(andelUp, 'andel', 'andelar')} har blivit bättre`);
  if (andelDown > 0) parts.push(`${plural(andelDown, 'andel', 'andelar')} har blivit sämre`);
  let direction: ChangeDirection;
  let label: string;
  if (improved === 0 && worsened === 0) {
    direction = 'oförändrat';
    label = 'Oförändrat';
  } else if (worsened === 0) {
    direction = 'bättre';
    label = '↑ Bättre';
  } else if (improved === 0) {
    direction = 'sämre';
    label = '↓ Sämre';
  } else {
    direction = 'blandat';
    label = 'Blandat';
  }
  const text =
    parts.length === 0
      ? `Resultaten är desamma som ${prevYear}.`
      : `Jämfört med ${prevYear} ${joinAnd(parts)}.`;
  return { direction, label, text, improved, worsened };
}

export interface AnswerCounts {
  ja: number;
  nej: number;
  missing: number;
  total: number;
}

/** Ja/Nej/missing among the yes/no indicators that exist this year. */
export function answerCounts(analysis: UnitAnalysis): AnswerCounts {
  const c = { ja: 0, nej: 0, missing: 0, total: 0 };
  for (const r of analysis.indicators) {
    if (r.indicator.type !== 'janej' || !r.indicator.years.includes(analysis.year)) continue;
    c.total++;
    if (r.value === null) c.missing++;
    else if (r.value >= 1) c.ja++;
    else c.nej++;
  }
  return c;
}

/** The summary paragraph for politicians. */
export function summaryParagraph(analysis: UnitAnalysis): string {
  const unit = analysis.unit.name;
  const c = answerCounts(analysis);
  const sentences: string[] = [];
  if (c.total > 0) {
    let s = `I Öppna jämförelser ${analysis.year} svarar ${unit} Ja på ${formatNumber(c.ja)} och Nej på ${formatNumber(c.nej)} av ${plural(c.total, 'fråga', 'frågor')} om rutiner och arbetssätt`;
    s += c.missing > 0 ? `; för ${formatNumber(c.missing)} saknas svar.` : '.';
    sentences.push(s);
  }
  const areas = analysis.developmentAreas;
  const shared = areas.filter((a) => a.flag.kind === 'gemensamt').length;
  const strengths = analysis.strengths.length;
  let s2 = `Rapporten pekar ut ${plural(areas.length, 'utvecklingsområde', 'utvecklingsområden')} för ${unit}`;
  if (shared > 0) s2 += ` (varav ${formatNumber(shared)} ${shared === 1 ? 'är gemensamt' : 'är gemensamma'} för de flesta kommuner i landet)`;
  s2 += ` och ${plural(strengths, 'styrka', 'styrkor')}.`;
  sentences.push(s2);
  sentences.push(changeSummary(analysis).text);
  return sentences.join(' ');
}

/** Keeps numbers and their units on one line in text from other phases ("33 %", "14 procentenheter"). */
export function tidy(text: string): string {
  return text.replace(/(\d) (%|procentenheter|procentenhet|av \d)/g, `$1${NBSP}$2`);
}

/** "Uppsala svarar Nej, men 5 av 7 liknande kommuner svarar Ja: Enköping, Gävle …" for step 2. */
export function learnFromSentence(r: IndicatorResult): string {
  const names = r.learnFrom.map((l) => l.name);
  return `${plural(names.length, 'kommun', 'kommuner')}: ${joinAnd(names)}.`;
}
