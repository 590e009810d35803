// The Swedish grammar of result sentences: noun forms of comparison sets, shares and counts, lists, and the
// summary's sentences. Every number in them is one the report prints, rounded so that it never appears to
// contradict the rule that set the flag (49,6 %, not 50 %, under "minst 50 %"). Value formatting: format.ts.
import { formatNumber, formatPercent, formatPointChange, formatSetValue, formatValue, missingWord } from './format.ts';
import type { ComparisonSet, IndicatorResult, SetValue, UnitAnalysis } from '../model/analysis.ts';
import { isCountedKind, setNouns } from './set-nouns.ts';

const NBSP = '\u00a0';

export { EGEN_LABEL } from './set-nouns.ts';

/** Most decimals a number is printed with to keep it on the right side of a rule. */
const MAX_DECIMALS = 3;

const roundTo = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

/** Decimals the tables use: whole numbers as they are, others with one decimal. */
export const tableDecimals = (v: number): number => (Number.isInteger(roundTo(v, 6)) ? 0 : 1);

/**
 * The fewest decimals d at which every check gives the same answer for the printed (rounded) numbers as
 * for the exact ones; `decimalsAt(v, d)` says how many decimals the number v gets at level d.
 */
export function decimalsKeeping(decimalsAt: (v: number, d: number) => number, checks: ((r: (v: number) => number) => boolean)[]): number {
  const exact = checks.map((c) => c((v) => v));
  for (let d = 0; d < MAX_DECIMALS; d++) {
    if (checks.every((c, i) => c((v) => roundTo(v, decimalsAt(v, d))) === exact[i])) return d;
  }
  return MAX_DECIMALS;
}

/** "45 %" with the given decimals (whole percent by default). */
export const pct = (v: number | null, decimals = 0): string => formatPercent(v, decimals);

/** A share of Ja printed in whole percent unless that would put it on the other side of `holds`. */
export function pctKeeping(v: number, holds: (x: number) => boolean): string {
  return pct(v, decimalsKeeping((_, d) => d, [(r) => holds(r(v))]));
}

/** "a", "a och b", "a, b och c". */
export function joinSv(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

/** The set as a noun phrase: "liknande kommuner", "riket", "Uppsala län", "kommungruppen B3 Större stad". */
export const setNoun = (set: ComparisonSet): string => setNouns(set).phrase;

/** Sets small enough to print as counts ("5 av 7 liknande kommuner"); the others print a share. */
export function isCounted(set: ComparisonSet, sv: SetValue): boolean {
  return sv.origin === 'beräknad-andel' && sv.nJa !== undefined && isCountedKind(set.kind);
}

/**
 * A set's Ja-share as printed: small sets with their count ("5 av 7 liknande kommuner (71 %)", "alla 4
 * …", "ingen av de 5 liknande kommunerna", "1 av 1 liknande kommun"), large ones and published rows as
 * a share ("62 % av kommunerna i riket"). `holds` is the rule the share was judged by.
 */
export function jaShare(set: ComparisonSet, sv: SetValue & { value: number }, holds: (x: number) => boolean = () => true, fewAnswers = 0): string {
  const few = sv.origin !== 'publicerad' && sv.nAnswered < fewAnswers ? ', få svar' : '';
  const share = pctKeeping(sv.value, holds);
  if (isCounted(set, sv)) {
    const nouns = setNouns(set);
    const n = sv.nAnswered;
    const ja = sv.nJa ?? 0;
    const answered = sv.nMissing > 0 ? ` som har svarat` : '';
    if (ja === 0) return `ingen av de ${formatNumber(n)} ${nouns.the}${answered}${few ? ' (få svar)' : ''}`;
    if (ja === n && n > 1) return `alla ${formatNumber(n)} ${nouns.many}${answered} (${share}${few})`;
    return `${formatNumber(ja)} av ${formatNumber(n)} ${n === 1 ? nouns.one : nouns.many}${answered} (${share}${few})`;
  }
  return `${share} av kommunerna i ${setNoun(set)}${few ? ' (få svar)' : ''}`;
}

/** A set's mean as printed: "liknande kommuner (69,4 %)", with the number formatted by the caller. */
export function meanOf(set: ComparisonSet, printed: string): string {
  return `${setNoun(set)} (${printed})`;
}

const QUARTILE_WORDS = ['den bästa fjärdedelen', 'den näst bästa fjärdedelen', 'den näst svagaste fjärdedelen', 'den svagaste fjärdedelen'];

export function quartileWord(q: number): string {
  return QUARTILE_WORDS[q - 1] ?? '';
}

// --- Counts and whole sentences (the summary page)

/** "1 styrka", "3 styrkor". */
export function plural(n: number, singular: string, pluralForm: string): string {
  return `${formatNumber(n)}${NBSP}${n === 1 ? singular : pluralForm}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Keeps numbers and their units on one line in text from other phases ("33 %", "14 procentenheter"). */
export function tidy(text: string): string {
  return text.replace(/(\d) (%|procentenheter|procentenhet|av \d)/g, `$1${NBSP}$2`);
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

/** "Ja på 10 och Nej på 7 av 18 frågor", "Nej på alla 17 frågor", "Nej på 17 av 18 frågor och Ja på ingen". */
function answerSentence(c: AnswerCounts): string {
  const of = `${plural(c.total, 'fråga', 'frågor')} om rutiner och arbetssätt`;
  const answered = c.ja + c.nej;
  if (c.ja === 0 && c.nej === answered && answered === c.total) return `Nej på ${c.total === 1 ? 'den enda frågan om rutiner och arbetssätt' : `alla ${of}`}`;
  if (c.nej === 0 && c.ja === c.total) return `Ja på ${c.total === 1 ? 'den enda frågan om rutiner och arbetssätt' : `alla ${of}`}`;
  if (c.ja === 0) return `Nej på ${formatNumber(c.nej)} av ${of} och Ja på ingen`;
  if (c.nej === 0) return `Ja på ${formatNumber(c.ja)} av ${of} och Nej på ingen`;
  return `Ja på ${formatNumber(c.ja)} och Nej på ${formatNumber(c.nej)} av ${of}`;
}

/** The summary paragraph for politicians (the change since last year has its own box on the page). */
export function summaryParagraph(analysis: UnitAnalysis): string {
  const unit = analysis.unit.name;
  const c = answerCounts(analysis);
  const sentences: string[] = [];
  if (c.total > 0) {
    let s = `I Öppna jämförelser ${analysis.year} svarar ${unit} ${answerSentence(c)}`;
    s += c.missing > 0 ? `; för ${formatNumber(c.missing)} saknas svar.` : '.';
    sentences.push(s);
  }
  const areas = analysis.developmentAreas;
  const shared = areas.filter((a) => a.flag.kind === 'gemensamt').length;
  const strengths = analysis.strengths.length;
  const count = (n: number, one: string, many: string, none: string) => (n === 0 ? none : plural(n, one, many));
  let s2 = `Rapporten pekar ut ${count(areas.length, 'utvecklingsområde', 'utvecklingsområden', 'inga utvecklingsområden')} för ${unit}`;
  if (shared > 0) s2 += ` (varav ${formatNumber(shared)} ${shared === 1 ? 'är ett gemensamt utvecklingsområde' : 'är gemensamma utvecklingsområden'}, där få kommuner i landet svarar Ja)`;
  s2 += ` och ${count(strengths, 'styrka', 'styrkor', 'inga styrkor')}.`;
  sentences.push(s2);
  // Every Nej is accounted for: those that are neither local nor common areas are named in step 3.
  const other = analysis.otherNej.length;
  if (other === 1) sentences.push('Ytterligare ett Nej-svar prioriteras inte; skälet står i steg 3.');
  if (other > 1) sentences.push(`Ytterligare ${formatNumber(other)} Nej-svar prioriteras inte; skälen står i steg 3.`);
  return sentences.join(' ');
}

// --- Changes and places

/** "+4,9 procentenheter", "−5 procentenheter", "+1 procentenhet": never rounded across the threshold or to zero. */
export function formatChange(delta: number, r: { changePoints: number }): string {
  const whole = Number.isInteger(Math.round(delta * 1e9) / 1e9);
  const checks = [(rd: (v: number) => number) => Math.abs(rd(delta)) >= r.changePoints, (rd: (v: number) => number) => rd(delta) !== 0];
  const d = whole ? 0 : Math.max(1, decimalsKeeping((_, level) => level, checks));
  const abs = formatNumber(Math.abs(delta), d);
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${abs}${NBSP}${abs === '1' ? 'procentenhet' : 'procentenheter'}`;
}

/** "plats 3 av 281", or for a tie "delad plats 1–21 av 281". */
export function placeText(p: { rank: number; tied: number; of: number }): string {
  return p.tied > 1 ? `delad plats ${p.rank}–${p.rank + p.tied - 1} av ${p.of}` : `plats ${p.rank} av ${p.of}`;
}

// --- Sentences about one indicator and about the change since last year

/** Per-indicator wording (data/formuleringar.json): what the unit has (ja) or lacks (nej). */
export interface Phrase {
  verb: string;
  ja: string;
  nej: string;
}
export type Phrases = Record<string, Phrase>;

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
    const parts = sets.flatMap((s) => {
      const sv = setValueOf(r, s);
      return sv && sv.value !== null && sv.nAnswered > 0 ? [jaShare(s, { ...sv, value: sv.value })] : [];
    });
    let second = '';
    if (parts.length > 0) {
      const who = joinSv(parts);
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
  // The same set nouns as the flag reasons: "69,4 % för liknande kommuner och 72 % för riket".
  const others = sets.flatMap((s) => {
    const sv = setValueOf(r, s);
    return sv && sv.value !== null ? [`${formatSetValue(ind, sv).value} för ${setNoun(s)}`] : [];
  });
  const unitWord = ind.type === 'andel' || !ind.unit || ind.unit === '%' || ind.unit === 'invånare' ? '' : ` ${ind.unit}`;
  let s = ind.type === 'andel' ? `Andelen är ${own} i ${unit} ${year}.` : `${unit} har ${own}${unitWord} ${year}.`;
  if (others.length > 0) s += ` Genomsnittet är ${joinSv(others)}.`;
  if (ind.type === 'andel' && r.position) s += ` ${unit} hör till ${quartileWord(r.position.quartile)} av kommunerna (${placeText(r.position)}).`;
  const rules = analysis.method?.rules;
  if (ind.type === 'andel' && r.change && r.change.delta !== 0 && rules) {
    const c = r.change;
    const judged = c.direction === 'oförändrat' ? `räknas som oförändrat, under gränsen ${formatNumber(rules.changePoints)}\u00a0procentenheter` : `${c.direction}`;
    s += ` Sedan ${c.fromYear}: ${formatChange(c.delta, rules)} (${judged}).`;
  }
  return s;
}

function previousPoint(r: IndicatorResult, year: number) {
  return r.trend.points.find((p) => p.year === year - 1 && p.exists);
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

/** Direction of change since last year by the rulebook's forandring rule, naming the questions that changed. */
export function changeSummary(analysis: UnitAnalysis): ChangeSummary {
  const unit = analysis.unit.name;
  const prevYear = analysis.year - 1;
  const rules = analysis.method?.rules;
  const name = (r: IndicatorResult) => r.indicator.shortName;
  const changed = analysis.indicators.filter((r) => r.indicator.type !== 'bakgrund' && r.value !== null && r.change);
  const newJa = changed.filter((r) => r.indicator.type === 'janej' && r.change!.direction === 'bättre');
  const lostJa = changed.filter((r) => r.change!.lostJa);
  const andel = changed.filter((r) => r.indicator.type === 'andel');
  const up = andel.filter((r) => r.change!.direction === 'bättre');
  const down = andel.filter((r) => r.change!.direction === 'sämre');
  const improved = newJa.length + up.length;
  const worsened = lostJa.length + down.length;
  if (changed.length === 0) {
    return { direction: 'okänt', label: 'Ingen jämförelse', text: `Det finns inga jämförbara resultat från ${prevYear}.`, improved, worsened };
  }
  const delta = (r: IndicatorResult) => (rules ? formatChange(r.change!.delta, rules) : formatPointChange(r.change!.delta, 1));
  const withDelta = (rs: IndicatorResult[]) => joinSv(rs.map((r) => `${name(r)} (${delta(r)})`));
  const parts: string[] = [];
  if (newJa.length > 0) parts.push(`svarar ${unit} Ja där svaret var Nej ${prevYear}: ${joinSv(newJa.map(name))}`);
  if (lostJa.length > 0) parts.push(`svarar ${unit} Nej där svaret var Ja ${prevYear}: ${joinSv(lostJa.map(name))}`);
  if (up.length > 0) parts.push(`har ${plural(up.length, 'andel', 'andelar')} blivit bättre: ${withDelta(up)}`);
  if (down.length > 0) parts.push(`har ${plural(down.length, 'andel', 'andelar')} blivit sämre: ${withDelta(down)}`);
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
  // The threshold is named only where it explains a "no change" (the summary page has little room).
  const limit = rules ? ` (minst ${formatNumber(rules.changePoints)}\u00a0procentenheter)` : '';
  const text =
    parts.length === 0
      ? `Samma Ja/Nej-svar som ${prevYear}, och ingen andel har ändrats så mycket att det räknas${limit}.`
      : `Jämfört med ${prevYear} ${parts.join('; ')}.`;
  return { direction, label, text, improved, worsened };
}
