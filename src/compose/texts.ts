// The report's labels and value cells, and the sentences that need the rulebook (per indicator, change since
// last year), built from the same numbers the tables print. Their grammar is in sv/grammar.ts.
import type { ComparisonSet, FlagKind, IndicatorResult, SetValue, Status, UnitAnalysis } from '../model/analysis.ts';
import type { Indicator, MissingReason } from '../model/types.ts';
import { capitalize, formatChange, jaShare, joinSv, placeText, plural, quartileWord, setNoun } from '../sv/grammar.ts';
import { formatNumber, formatPercent, formatPointChange } from '../sv/format.ts';

/** Per-indicator wording (data/formuleringar.json): what the unit has (ja) or lacks (nej). */
export interface Phrase {
  verb: string;
  ja: string;
  nej: string;
}
export type Phrases = Record<string, Phrase>;

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
