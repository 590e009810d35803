// The report as simple precomputed strings: the templates only place them, all formatting happens here.
import { aggregationRules } from '../compare/aggregation.ts';
import { INVANARE_ID } from '../compare/population.ts';
import type { LokalView } from '../underlag/view.ts';
import type { IndicatorResult, RankedFlag, Rules, Status, UnitAnalysis } from '../model/analysis.ts';
import type { DataSource } from '../model/types.ts';
import { loadReference } from '../reference/load.ts';
import { RULES, ruleStatements } from '../assess/rulebook.ts';
import { formatNumber, formatPercent, svCollator } from './format.ts';
import { loadPhrases, type StepTexts } from './steps.ts';
import {
  FLAG_LABELS,
  answerCounts,
  changeSummary,
  formatSetValue,
  setValueLegend,
  formatValue,
  indicatorSentence,
  plural,
  statusLabel,
  summaryParagraph,
  tidy,
  trendEntries,
  typeLabel,
  type ChangeDirection,
  type Phrases,
} from './texts.ts';

export const REPORT_TITLE = 'Lokal analys av Öppna jämförelser – stöd till personer med funktionsnedsättning (LSS)';
export const SHORT_TITLE = 'Lokal analys av Öppna jämförelser LSS';
/** Development areas on the one-page summary for politicians. */
const SUMMARY_AREAS = 5;

export const EXAMPLE_LABEL = 'Exempeldata – inte verkliga resultat';

/** A chart from src/compose/charts: svg is produced by our own code and inserted unescaped. */
export interface Figure {
  svg: string;
  alt: string;
  caption: string;
  /** "Figur 1." – set by buildReportModel in document order. */
  number?: string;
}

export interface ReportFigures {
  /** Overview charts (e.g. the status matrix), first in step 1. */
  overview?: Figure[];
  /** Charts per område (keyed by område name), placed before that område's table. */
  omrade?: Record<string, Figure[]>;
  /** Charts for step 3 (e.g. trends of the development areas). */
  priorities?: Figure[];
}

export interface ReferenceNote {
  name: string;
  version: string;
  source: string;
}

export interface ReportSources {
  files: DataSource[];
  /** Reference data used (kommungrupper, liknande kommuner …); derived from the analysis when absent. */
  reference?: ReferenceNote[];
}

export interface ReportExtras {
  steps: StepTexts;
  /** The flag rules in force (data/regler.json or --regler), printed in the method appendix. */
  rules: Record<string, unknown>;
  sources: ReportSources;
  figures?: ReportFigures;
  generatedAt: Date;
  /** Per-indicator wording; read from data/formuleringar.json when absent. */
  phrases?: Phrases;
  /** Names of member units by code; the bundled reference data is used when absent. */
  memberNames?: Map<string, string>;
  /** The local team's filled underlag workbook (--lokal), ready for display. */
  lokal?: LokalView;
}

export interface StatusCell {
  key: Status;
  word: string;
  value: string;
}

export interface SetCell {
  value: string;
  n: string;
}

export interface IndicatorRow {
  id: string;
  name: string;
  split: string;
  status: StatusCell;
  sets: SetCell[];
  trend: { year: string; value: string }[];
  text: string;
}

export interface OmradeSection {
  id: string;
  name: string;
  figures: Figure[];
  rows: IndicatorRow[];
  summary: string;
}

export interface PriorityItem {
  rank: string;
  /** First place, as a number for list numbering (tied items share it). */
  place: number;
  name: string;
  omrade: string;
  kind: string;
  reason: string;
  priority: string;
  learnFrom: string;
}

export interface LabelValue {
  label: string;
  value: string;
}

export interface ReportModel {
  lang: 'sv';
  title: string;
  documentTitle: string;
  unitName: string;
  unitKind: string;
  year: string;
  yearsLabel: string;
  isExample: boolean;
  exampleLabel: string;
  generatedAt: string;
  header: { left: string; right: string };
  cover: { subtitle: string; lines: LabelValue[] };
  summary: {
    paragraph: string;
    counts: LabelValue[];
    areas: PriorityItem[];
    moreAreas: string;
    strengths: { name: string; reason: string }[];
    moreStrengths: string;
    change: { direction: ChangeDirection; label: string; text: string };
    proposal: string;
  };
  toc: { id: string; label: string; sub?: { id: string; label: string }[] }[];
  howToRead: { paragraphs: string[]; legend: StatusCell[]; workingNamesNote: string; setsNote: LabelValue[] };
  steps: { id: string; number: number; title: string; intro: string; questions: string[] }[];
  setColumns: { label: string; description: string }[];
  /** What the parenthesised marks beside group values mean (published or computed, and how). */
  setLegend: string;
  step1: { overview: Figure[]; omraden: OmradeSection[] };
  step2: {
    context: LabelValue[];
    background: { name: string; unit: string; value: string; sets: SetCell[] }[];
    learnFrom: { name: string; answer: string; who: string }[];
    dataQuality: { name: string; text: string }[];
    questions: string[];
  };
  step3: {
    local: PriorityItem[];
    common: PriorityItem[];
    /** Nej answers that are neither local nor common development areas, with the reason. */
    otherNej: { name: string; omrade: string; reason: string; learnFrom: string }[];
    strengths: { name: string; omrade: string; reason: string }[];
    figures: Figure[];
    /** The rulebook's own statements, printed under each heading so the reader sees the rule where it is used. */
    definitions: { local: string; common: string };
  };
  step4: { actionRows: number[]; recheck: { name: string; why: string }[]; complementNote: string };
  /** The team's own analysis, priorities and action plan; absent when no --lokal workbook was given. */
  lokal?: LokalView;
  appendix: {
    definitions: { name: string; omrade: string; split: string; type: string; description: string; years: string; note: string }[];
    rules: (LabelValue & { setting: string })[];
    method: string[];
    /** How group values are formed (src/compare/aggregation.ts), under "Hur jämförelsevärdena räknas". */
    aggregation: string[];
    files: { name: string; kind: string; year: string; checksum: string; fetched: string }[];
    reference: ReferenceNote[];
  };
}

const SOURCE_KIND: Record<DataSource['kind'], string> = {
  exempel: 'Exempeldata (genererad av ojrapport)',
  excel: 'Socialstyrelsen, Excelfil',
  csv: 'CSV-fil',
  kolada: 'Kolada (RKA)',
};

/** Every rule in force as a Swedish statement (the rulebook, src/assess/rulebook.ts). */
export const ruleSentences = (r: Rules): (LabelValue & { setting: string })[] => ruleStatements(r);

/** Rules given only as the raw file content (older callers): read the known keys. */
function rulesFromRaw(raw: Record<string, unknown>): Rules {
  const n = (k: string, d: number) => (typeof raw[k] === 'number' ? (raw[k] as number) : d);
  return {
    developmentMinShare: n('utvecklingsomrade_minst_andel_ja_i_jamforelse', 50),
    sharedMaxRiketShare: n('gemensamt_hogst_andel_ja_i_riket', 25),
    strengthMaxShare: n('styrka_hogst_andel_ja_i_jamforelse', 50),
    weakestQuartile: n('andel_svagaste_kvartil', 4),
    bestQuartile: n('andel_basta_kvartil', 1),
    clearlyBelowPoints: n('andel_tydligt_under_procentenheter', 10),
    changePoints: n('forandring_minst_procentenheter', 5),
    minAnswers: n('minsta_antal_svar_i_jamforelse', 3),
    fewAnswers: n('fa_svar_farre_an', 5),
    raw: {},
    files: [],
  };
}


const DATE_FORMAT = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' });

function slugId(prefix: string, s: string): string {
  const base = s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${base}`;
}

function yearsLabel(years: number[]): string {
  if (years.length === 0) return '';
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

/** The område under an indicator's name, left out where it would repeat the name ("Systematisk uppföljning"). */
function subLabel(r: IndicatorResult | undefined): string {
  return !r || r.indicator.omrade === r.indicator.shortName ? '' : r.indicator.omrade;
}

/** The flag's label, with a lost Ja named also when another flag ranks the indicator. */
function kindLabel(f: RankedFlag): string {
  return FLAG_LABELS[f.flag.kind] + (f.lostJa && f.flag.kind !== 'forsamring' ? ', förlorat Ja' : '');
}

/**
 * A local Ja/Nej area that few kommuner in riket answer Ja to: say why it is local and not common, so that a
 * reader who sees "9 % i riket" beside a "gemensamt" area at 17 % can follow the rule.
 */
function rareButLocal(f: RankedFlag, r: IndicatorResult | undefined, rules: Rules): string {
  if (f.flag.kind !== 'utvecklingsomrade' || r?.indicator.type !== 'janej') return '';
  const riket = r.sets.find((s) => s.setId === 'riket')?.value;
  if (riket === null || riket === undefined || !RULES.gemensamt.apply(riket, rules)) return '';
  return ` I riket svarar bara ${formatPercent(riket, 0)} Ja, men en jämförelsegrupp når gränsen för utvecklingsområde, så området räknas som lokalt och inte som gemensamt.`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "3", or "1–3" for a place shared by equal scores. */
function placeLabel(f: RankedFlag): string {
  return f.place.from === f.place.to ? formatNumber(f.place.from) : `${formatNumber(f.place.from)}–${formatNumber(f.place.to)}`;
}

export function buildReportModel(analysis: UnitAnalysis, extras: ReportExtras): ReportModel {
  const phrases = extras.phrases ?? loadPhrases();
  const unit = analysis.unit.name;
  const year = String(analysis.year);
  const byId = new Map(analysis.indicators.map((r) => [r.indicator.id, r]));
  const names = extras.memberNames ?? referenceNames();
  const steps = extras.steps.steps.map((s) => ({ id: `steg-${s.number}`, ...s }));
  const sets = analysis.sets;

  const texts = new Map<string, string>();
  for (const r of analysis.indicators) texts.set(r.indicator.id, r.text ?? indicatorSentence(analysis, r, phrases));

  const fewAnswers = analysis.method?.rules.fewAnswers ?? 0;
  const inYear = (r: IndicatorResult) => r.trend.points.at(-1)?.exists === true;
  const notInYear = `ingår inte i ÖJ ${year}`;
  const statusCell = (r: IndicatorResult): StatusCell => ({
    key: r.status,
    word: inYear(r) ? statusLabel(r.status).word : notInYear,
    value: inYear(r) ? formatValue(r.indicator, r.value, r.missing) : '–',
  });
  const setCells = (r: IndicatorResult): SetCell[] =>
    sets.map((s) => (inYear(r) ? formatSetValue(r.indicator, r.sets.find((v) => v.setId === s.id), fewAnswers) : { value: '–', n: '' }));
  const learnFromText = (r: IndicatorResult | undefined): string =>
    r && r.learnFrom.length > 0 ? [...new Set(r.learnFrom.map((l) => l.name))].sort(svCollator.compare).join(', ') : '';
  const rules = analysis.method?.rules ?? rulesFromRaw(extras.rules);
  const priorityItem = (f: RankedFlag): PriorityItem => {
    const r = byId.get(f.indicatorId);
    // A lost Ja is the most salient fact: shown wherever the area is, whichever flag ranks it.
    const lost = f.lostJa && f.flag.kind !== 'forsamring' ? `Svarade Ja ${analysis.year - 1} men svarar Nej ${year}. ` : '';
    return {
      rank: placeLabel(f),
      place: f.place.from,
      name: r?.indicator.shortName ?? f.indicatorId,
      omrade: subLabel(r),
      kind: kindLabel(f),
      reason: tidy(lost + f.flag.reason),
      priority: RULES.prioritetsord.apply(f.place.from),
      learnFrom: learnFromText(r),
    };
  };

  // Step 1: every non-background indicator, grouped by område in catalogue order.
  const omraden: OmradeSection[] = [];
  for (const r of analysis.indicators) {
    if (r.indicator.type === 'bakgrund') continue;
    let sec = omraden.find((o) => o.name === r.indicator.omrade);
    if (!sec) {
      sec = { id: slugId('omrade', r.indicator.omrade), name: r.indicator.omrade, figures: (extras.figures?.omrade?.[r.indicator.omrade] ?? []).map((f) => ({ ...f })), rows: [], summary: '' };
      omraden.push(sec);
    }
    sec.rows.push({
      id: r.indicator.id,
      name: r.indicator.shortName,
      split: r.indicator.split ?? '',
      status: statusCell(r),
      sets: setCells(r),
      trend: trendEntries(r),
      text: texts.get(r.indicator.id)!,
    });
  }
  for (const sec of omraden) {
    const counts = { bra: 0, mellan: 0, svag: 0, saknas: 0, ingen: 0 } as Record<Status, number>;
    const absent = sec.rows.filter((row) => !inYear(byId.get(row.id)!)).length;
    for (const row of sec.rows) if (inYear(byId.get(row.id)!)) counts[row.status.key]++;
    const parts = [
      counts.bra ? `${formatNumber(counts.bra)} bra` : '',
      counts.mellan ? `${formatNumber(counts.mellan)} mellan` : '',
      counts.svag ? `${formatNumber(counts.svag)} svag${counts.svag === 1 ? '' : 'a'}` : '',
      counts.saknas ? `${formatNumber(counts.saknas)} saknas` : '',
    ].filter(Boolean);
    const tail = absent ? ` ${plural(absent, 'indikator', 'indikatorer')} ingår inte i ÖJ ${year}.` : '';
    sec.summary = `${plural(sec.rows.length - absent, 'indikator', 'indikatorer')}${parts.length ? `: ${parts.join(', ')}` : ''}.${tail}`;
  }

  // Step 2.
  const ctx = analysis.context;
  const liknandeSet = sets.find((s) => s.kind === 'liknande');
  const context: LabelValue[] = [{ label: analysis.unit.kind === 'stadsdel' ? 'Stadsdel' : 'Kommun', value: unit }];
  if (ctx.lanName) context.push({ label: 'Län', value: ctx.lanName });
  if (ctx.kommungrupp) context.push({ label: `Kommungrupp (SKR ${ctx.kommungrupp.edition})`, value: `${ctx.kommungrupp.code} ${ctx.kommungrupp.name}` });
  // One population figure (the background table leaves Invånare out): the data's for the analysis year, else dated.
  const pop = ctx.population;
  if (pop) context.push({ label: 'Invånare', value: `${formatNumber(pop.value)} (${pop.source === 'underlag' ? `ÖJ ${pop.year}` : `folkmängd ${pop.date ?? pop.year}, referensdata; underlaget saknar Invånare ${analysis.year}`})` });
  if (liknandeSet) {
    const memberNames = liknandeSet.members.map((c) => names.get(c) ?? c).sort(svCollator.compare);
    const vintage = ctx.liknande ? `${ctx.liknande.title} (gruppindelning ${ctx.liknande.year})` : liknandeSet.description;
    context.push({ label: 'Liknande kommuner', value: `${memberNames.join(', ')}. Källa: ${vintage}.` });
  }
  const background = analysis.indicators
    .filter((r) => r.indicator.type === 'bakgrund' && !(pop && r.indicator.id === INVANARE_ID))
    .map((r) => ({ name: r.indicator.shortName, unit: r.indicator.unit && r.indicator.unit !== '%' ? r.indicator.unit : '', value: formatValue(r.indicator, r.value, r.missing), sets: setCells(r) }));
  // Every Nej, also those that are not prioritised, so that "who answers Ja where we answer Nej" is complete.
  const learnFrom = analysis.indicators
    .filter((r) => r.indicator.type === 'janej' && r.value === 0)
    .map((r) => ({ name: r.indicator.shortName, answer: 'Nej', who: learnFromText(r) || 'Ingen i jämförelsegrupperna svarar Ja.' }));
  const dataQuality: { name: string; text: string }[] = analysis.dataQuality.map((f) => ({
    name: byId.get(f.indicatorId)?.indicator.shortName ?? f.indicatorId,
    text: tidy(f.flag.reason),
  }));
  for (const r of analysis.indicators) {
    if (r.trend.breaks.length > 0) dataQuality.push({ name: r.indicator.shortName, text: `Serieavbrott: ${r.trend.breaks.join(', ')}. Åren jämförs inte över avbrottet.` });
  }

  // Step 3.
  const ranked = analysis.developmentAreas;
  // Step 3 (not the summary) also says why a local area that is rare in riket is local.
  const local = ranked
    .filter((f) => f.flag.kind !== 'gemensamt')
    .map((f) => {
      const item = priorityItem(f);
      return { ...item, reason: tidy(item.reason + rareButLocal(f, byId.get(f.indicatorId), rules)) };
    });
  const common = ranked.filter((f) => f.flag.kind === 'gemensamt').map((f) => ({ ...priorityItem(f), priority: '' }));
  const otherNej = analysis.otherNej.map((o) => {
    const r = byId.get(o.indicatorId);
    return { name: r?.indicator.shortName ?? o.indicatorId, omrade: subLabel(r), reason: tidy(o.reason), learnFrom: learnFromText(r) };
  });
  const strengths = analysis.strengths.map((f) => {
    const r = byId.get(f.indicatorId);
    return { name: r?.indicator.shortName ?? f.indicatorId, omrade: subLabel(r), reason: tidy(f.flag.reason) };
  });

  // Step 4: what to check again next year.
  const recheck: { name: string; why: string }[] = [];
  const seen = new Set<string>();
  const addRecheck = (id: string, why: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    recheck.push({ name: byId.get(id)?.indicator.shortName ?? id, why });
  };
  for (const f of ranked) addRecheck(f.indicatorId, kindLabel(f));
  for (const f of analysis.dataQuality) addRecheck(f.indicatorId, 'Svar saknas – se till att frågan besvaras');

  const counts = answerCounts(analysis);
  const change = changeSummary(analysis);
  // The summary stays on one page: the three areas with priority Hög, the rest are in step 3.
  // With a filled underlag the team's priority order wins over the computed one.
  const teamOrder = extras.lokal?.priorities.map((p) => p.indicatorId) ?? [];
  const teamRank = (id: string) => (teamOrder.includes(id) ? teamOrder.indexOf(id) : teamOrder.length);
  const summaryRanked = teamOrder.length ? [...ranked].sort((a, b) => teamRank(a.indicatorId) - teamRank(b.indicatorId)) : ranked;
  // Numbered on from the local areas: gemensamma follow them (and share their place with each other).
  const localCount = ranked.filter((f) => f.flag.kind !== 'gemensamt').length;
  const summaryPlace = (f: RankedFlag) => (f.flag.kind === 'gemensamt' ? localCount + f.place.from : f.place.from);
  const summaryAreas = summaryRanked
    .slice(0, SUMMARY_AREAS)
    .map((f, i) => ({ ...priorityItem(f), place: teamOrder.length ? i + 1 : summaryPlace(f) }));
  // The team's action plan shares the one summary page, so fewer strengths are shown there.
  const summaryStrengths = extras.lokal?.actions.length ? 2 : 3;

  const reference: ReferenceNote[] = extras.sources.reference ?? defaultReference(analysis);
  const model: ReportModel = {
    lang: 'sv',
    title: REPORT_TITLE,
    documentTitle: `${REPORT_TITLE} – ${unit} ${year}`,
    unitName: unit,
    unitKind: analysis.unit.kind === 'stadsdel' ? 'Stadsdel' : 'Kommun',
    year,
    yearsLabel: yearsLabel(analysis.years),
    isExample: analysis.isExample,
    exampleLabel: EXAMPLE_LABEL,
    generatedAt: DATE_FORMAT.format(extras.generatedAt),
    header: { left: SHORT_TITLE, right: `${unit} ${year}` },
    cover: {
      subtitle: `${unit} ${year}`,
      lines: [
        { label: 'Underlag', value: `Öppna jämförelser ${yearsLabel(analysis.years)}, Socialstyrelsen` },
        { label: 'Jämförs med', value: sets.map((s) => s.label).join(', ') },
        { label: 'Framtagen', value: DATE_FORMAT.format(extras.generatedAt) },
      ],
    },
    summary: {
      paragraph: summaryParagraph(analysis),
      counts: [
        { label: 'Ja', value: formatNumber(counts.ja) },
        { label: 'Nej', value: formatNumber(counts.nej) },
        { label: 'Svar saknas', value: formatNumber(counts.missing) },
        { label: ranked.length === 1 ? 'Utvecklingsområde' : 'Utvecklingsområden', value: formatNumber(ranked.length) },
        { label: analysis.strengths.length === 1 ? 'Styrka' : 'Styrkor', value: formatNumber(analysis.strengths.length) },
      ],
      areas: summaryAreas,
      moreAreas: ranked.length > SUMMARY_AREAS ? `Ytterligare ${plural(ranked.length - SUMMARY_AREAS, 'utvecklingsområde', 'utvecklingsområden')} finns i steg 3.` : '',
      strengths: strengths.slice(0, summaryStrengths).map((s) => ({ name: s.name, reason: s.reason })),
      moreStrengths:
        strengths.length > summaryStrengths ? `Ytterligare ${plural(strengths.length - summaryStrengths, 'styrka', 'styrkor')} finns i steg 3.` : '',
      change: { direction: change.direction, label: change.label, text: change.text },
      proposal: extras.steps.proposal,
    },
    toc: [
      { id: 'sammanfattning', label: 'Sammanfattning för nämnden' },
      { id: 'sa-laser-du', label: 'Så läser du rapporten' },
      ...steps.map((s) => ({ id: s.id, label: s.title, ...(s.number === 1 ? { sub: omraden.map((o) => ({ id: o.id, label: o.name })) } : {}) })),
      { id: 'bilaga-1', label: 'Bilaga 1. Indikatorer' },
      { id: 'bilaga-2', label: 'Bilaga 2. Metod och regler för markeringar' },
      { id: 'bilaga-3', label: 'Bilaga 3. Datakällor och versioner' },
    ],
    howToRead: {
      paragraphs: extras.steps.howToRead,
      legend: (['bra', 'mellan', 'svag', 'saknas'] as const).map((k) => ({ key: k, word: statusLabel(k).word, value: LEGEND_TEXT[k] })),
      workingNamesNote: extras.steps.workingNamesNote,
      setsNote: sets.map((s) => ({ label: s.label, value: `${s.description}, ${plural(s.members.length, 'medlem', 'medlemmar')}` })),
    },
    steps,
    setColumns: sets.map((s) => ({ label: s.label, description: s.description })),
    setLegend: setValueLegend(analysis.indicators.flatMap((r) => r.sets.map((v) => v.origin))),
    step1: { overview: (extras.figures?.overview ?? []).map((f) => ({ ...f })), omraden },
    step2: { context, background, learnFrom, dataQuality, questions: steps[1]?.questions ?? [] },
    step3: {
      local,
      common,
      otherNej,
      strengths,
      figures: (extras.figures?.priorities ?? []).map((f) => ({ ...f })),
      definitions: {
        local: `${RULES.utvecklingJaNej.statement(rules)} För andelar: ${lowerFirst(RULES.utvecklingAndel.statement(rules))}`,
        common: RULES.gemensamt.statement(rules),
      },
    },
    step4: { actionRows: [1, 2, 3, 4, 5, 6, 7], recheck, complementNote: extras.steps.complementNote },
    ...(extras.lokal?.hasContent ? { lokal: extras.lokal } : {}),
    appendix: {
      definitions: analysis.indicators.map((r) => ({
        name: r.indicator.name,
        omrade: r.indicator.omrade,
        split: r.indicator.split ? ` · ${r.indicator.split}` : '',
        type: typeLabel(r.indicator) + (r.indicator.unit && r.indicator.unit !== '%' ? ` (${r.indicator.unit})` : ''),
        description: r.indicator.description,
        years: yearsLabel(r.indicator.years),
        note: r.indicator.note ?? '',
      })),
      rules: ruleSentences(analysis.method?.rules ?? rulesFromRaw(extras.rules)),
      method: [
        'Styrkor och utvecklingsområden för andelar tar hänsyn till om högre eller lägre är bättre för indikatorn.',
        'Varje markering i rapporten kommer från reglerna ovan; inga andra regler används.',
      ],
      aggregation: aggregationRules(),
      files: extras.sources.files.map((f) => ({
        name: f.name,
        kind: SOURCE_KIND[f.kind],
        year: f.year ? String(f.year) : '–',
        checksum: f.sha256 ? `SHA-256 ${f.sha256}` : '–',
        fetched: f.fetched ?? '',
      })),
      reference,
    },
  };
  numberFigures([...model.step1.overview, ...model.step1.omraden.flatMap((o) => o.figures), ...model.step3.figures]);
  return model;
}

/** "Figur 3. …" in document order; copies, so shared figure objects are never numbered twice. */
function numberFigures(figures: Figure[]): void {
  figures.forEach((f, i) => {
    f.number = `Figur ${formatNumber(i + 1)}.`;
  });
}

const LEGEND_TEXT: Record<'bra' | 'mellan' | 'svag' | 'saknas', string> = {
  bra: 'Ja, eller en andel bland den bästa fjärdedelen av kommunerna.',
  mellan: 'En andel i mitten bland kommunerna.',
  svag: 'Nej, eller en andel bland den svagaste fjärdedelen av kommunerna.',
  saknas: 'Svar saknas. Räknas inte som Nej och inte som en svaghet.',
};

function referenceNames(): Map<string, string> {
  const ref = loadReference();
  const m = new Map<string, string>();
  for (const k of ref.kommuner.values()) m.set(k.code, k.name);
  for (const d of ref.delomraden) m.set(d.code, d.name);
  return m;
}

function defaultReference(analysis: UnitAnalysis): ReferenceNote[] {
  const out: ReferenceNote[] = [];
  const ctx = analysis.context;
  if (ctx.liknande) out.push({ name: 'Liknande kommuner LSS', version: `${ctx.liknande.title}, gruppindelning ${ctx.liknande.year}`, source: 'Kolada (RKA)' });
  if (ctx.kommungrupp) out.push({ name: 'Kommungruppsindelning', version: `SKR ${ctx.kommungrupp.edition}`, source: 'Sveriges Kommuner och Regioner' });
  out.push({ name: 'Kommuner och län', version: 'Folkmängd 31 december 2016', source: 'SCB via Kolada' });
  return out;
}
