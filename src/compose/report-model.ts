// The report as simple precomputed strings: the templates only place them, all formatting happens here.
import { aggregationRules } from '../compare/aggregation.ts';
import { INVANARE_ID } from '../compare/population.ts';
import type { LokalView } from './local-view.ts';
import type { IndicatorResult, RankedFlag, Rules, Status, UnitAnalysis } from '../model/analysis.ts';
import type { DataSource } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';
import { RULES, ruleStatements } from '../assess/rulebook.ts';
import { formatNumber, formatPercent, svCollator } from '../sv/format.ts';
import { answerCounts, plural, summaryParagraph, tidy } from '../sv/grammar.ts';
import type { StepTexts } from './steps.ts';
import {
  FLAG_LABELS,
  changeSummary,
  formatSetValue,
  setValueLegend,
  formatValue,
  indicatorSentence,
  statusLabel,
  trendEntries,
  typeLabel,
  type ChangeDirection,
  type Phrases,
} from './texts.ts';

export const REPORT_TITLE = 'Lokal analys av Öppna jämförelser – stöd till personer med funktionsnedsättning (LSS)';
export const SHORT_TITLE = 'Lokal analys av Öppna jämförelser LSS';
/** What the one-page summary for politicians holds at most; the rest is in steps 3 and 4. */
const SUMMARY_AREAS = 3;
const SUMMARY_STRENGTHS = 6;
const SUMMARY_ACTIONS = 3;
const SUMMARY_ACTION_CHARS = 90;
/** Names per comparison group in "Lär av" and "Vem svarar Ja"; the full list is in the underlag workbook. */
const LEARN_NAMES = 5;

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
  /** Per-indicator wording (data/formuleringar.json). */
  phrases: Phrases;
  /** The reference data: names of member units by code, and what kind of district a stadsdel is. */
  ref: Reference;
  /** The local team's filled underlag workbook (--lokal), ready for display. */
  lokal?: LokalView;
  /** One line of national context per indicator id (src/compose/national.ts), shown in Bilaga 1. */
  national?: Record<string, string>;
  /** Who sends the report (--avsandare); the PDF's Author. Default from the unit, see defaultSender. */
  sender?: string;
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
  /** "Liknande kommuner LSS: Heby, Tierp och 3 till", one line per comparison group. */
  learnFrom: string[];
}

export interface LabelValue {
  label: string;
  value: string;
}

export interface ReportModel {
  lang: 'sv';
  title: string;
  /** The PDF's Title: title, unit and year, and that the data are made up when they are. */
  documentTitle: string;
  /** The PDF's Subject: what the document is for, not a repeat of the title. */
  subject: string;
  /** The PDF's Author. */
  sender: string;
  unitName: string;
  unitKind: string;
  year: string;
  yearsLabel: string;
  isExample: boolean;
  exampleLabel: string;
  generatedAt: string;
  header: { left: string; right: string };
  /** subtitle "Bromma 2019"; unitNote "Stadsdelsområde i Stockholms stad" for a stadsdel, else ''. */
  cover: { subtitle: string; unitNote: string; lines: LabelValue[] };
  summary: {
    paragraph: string;
    counts: LabelValue[];
    areas: PriorityItem[];
    moreAreas: string;
    /** Strengths by name only; the reasons are in step 3. */
    strengths: string[];
    moreStrengths: string;
    /** The team's first actions, shortened; empty without a filled underlag. */
    actions: { area: string; action: string; who: string }[];
    moreActions: string;
    change: { direction: ChangeDirection; label: string; text: string };
    proposal: string;
  };
  /** "Alla indikatorer i korthet": every indicator's status, område by område. */
  glance: { id: string; name: string; rows: { name: string; split: string; status: StatusCell }[] }[];
  toc: { id: string; label: string; sub?: { id: string; label: string }[] }[];
  howToRead: { paragraphs: string[]; legend: StatusCell[]; setsNote: LabelValue[] };
  steps: { id: string; number: number; title: string; intro: string; questions: string[] }[];
  setColumns: { label: string; description: string }[];
  /** What the parenthesised marks beside group values mean (published or computed, and how). */
  setLegend: string;
  step1: { overview: Figure[]; omraden: OmradeSection[] };
  step2: {
    context: LabelValue[];
    background: { name: string; unit: string; value: string; sets: SetCell[] }[];
    learnFrom: { name: string; answer: string; who: string[] }[];
    dataQuality: { name: string; text: string }[];
    questions: string[];
  };
  step3: {
    local: PriorityItem[];
    common: PriorityItem[];
    /** Nej answers that are neither local nor common development areas, with the reason. */
    otherNej: { name: string; omrade: string; reason: string; learnFrom: string[] }[];
    strengths: { name: string; omrade: string; reason: string }[];
    figures: Figure[];
    /** The rulebook's own statements, printed under each heading so the reader sees the rule where it is used. */
    definitions: { local: string; common: string };
  };
  step4: { actionRows: number[]; recheck: { name: string; why: string }[]; complementNote: string };
  /** The team's own analysis, priorities and action plan; absent when no --lokal workbook was given. */
  lokal?: LokalView;
  appendix: {
    definitions: { name: string; omrade: string; split: string; type: string; description: string; years: string; note: string; kpi: string; national: string }[];
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
  const phrases = extras.phrases;
  const unit = analysis.unit.name;
  const year = String(analysis.year);
  const byId = new Map(analysis.indicators.map((r) => [r.indicator.id, r]));
  const names = referenceNames(extras.ref);
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
    sets.map((s) => {
      if (!inYear(r)) return { value: '–', n: '' };
      const c = formatSetValue(r.indicator, r.sets.find((v) => v.setId === s.id), fewAnswers);
      return { value: unbroken(c.value), n: unbroken(c.n).replace(/av (?=\d)/g, 'av\u00a0') };
    });
  // Grouped by comparison group, nearest first (the order learnFrom gives), at most LEARN_NAMES names each.
  const learnFromText = (r: IndicatorResult | undefined): string[] => {
    const groups = new Map<string, string[]>();
    for (const l of r?.learnFrom ?? []) groups.set(l.via, [...(groups.get(l.via) ?? []), l.name]);
    return [...groups].map(([via, list]) => {
      const label = sets.find((s) => s.id === via)?.label ?? via;
      const shown = list.slice(0, LEARN_NAMES).join(', ');
      return `${label}: ${list.length > LEARN_NAMES ? `${shown} och ${formatNumber(list.length - LEARN_NAMES)} till` : shown}`;
    });
  };
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
      reason: unbroken(tidy(lost + f.flag.reason)),
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
      text: unbroken(texts.get(r.indicator.id)!),
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
    .map((r) => ({ name: r.indicator.shortName, unit: r.indicator.unit && r.indicator.unit !== '%' ? unbroken(r.indicator.unit) : '', value: formatValue(r.indicator, r.value, r.missing), sets: setCells(r) }));
  // Every Nej, also those that are not prioritised, so that "who answers Ja where we answer Nej" is complete.
  const learnFrom = analysis.indicators
    .filter((r) => r.indicator.type === 'janej' && r.value === 0)
    .map((r) => {
      const who = learnFromText(r);
      return { name: r.indicator.shortName, answer: 'Nej', who: who.length ? who : ['Ingen i jämförelsegrupperna svarar Ja.'] };
    });
  const dataQuality: { name: string; text: string }[] = analysis.dataQuality.map((f) => ({
    name: byId.get(f.indicatorId)?.indicator.shortName ?? f.indicatorId,
    text: unbroken(tidy(f.flag.reason)),
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
    return { name: r?.indicator.shortName ?? f.indicatorId, omrade: subLabel(r), reason: unbroken(tidy(f.flag.reason)) };
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
  // The summary stays on one page: at most three areas, strengths by name, the team's first actions.
  // With a filled underlag the team's priority order wins, and areas it marked "Ej prioriterad" are left out.
  const teamOrder = extras.lokal?.priorities.map((p) => p.indicatorId) ?? [];
  const notPrioritized = new Set(extras.lokal?.notPrioritized.map((e) => e.indicatorId) ?? []);
  const teamRank = (id: string) => (teamOrder.includes(id) ? teamOrder.indexOf(id) : teamOrder.length);
  const summaryRanked = (teamOrder.length ? [...ranked].sort((a, b) => teamRank(a.indicatorId) - teamRank(b.indicatorId)) : ranked).filter(
    (f) => !notPrioritized.has(f.indicatorId),
  );
  // Numbered on from the local areas: gemensamma follow them (and share their place with each other).
  const localCount = ranked.filter((f) => f.flag.kind !== 'gemensamt').length;
  const summaryPlace = (f: RankedFlag) => (f.flag.kind === 'gemensamt' ? localCount + f.place.from : f.place.from);
  // A shared place is printed as shared ("1–3"), never as three areas each numbered 1.
  const summaryRank = (f: RankedFlag) => {
    const from = summaryPlace(f);
    const to = from + f.place.to - f.place.from;
    return from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`;
  };
  const summaryAreas = summaryRanked
    .slice(0, SUMMARY_AREAS)
    .map((f, i) => ({ ...priorityItem(f), place: teamOrder.length ? i + 1 : summaryPlace(f), rank: teamOrder.length ? formatNumber(i + 1) : summaryRank(f) }));
  const moreAreas = summaryRanked.length - summaryAreas.length;
  const actions = extras.lokal?.actions ?? [];
  const summaryActions = actions.slice(0, SUMMARY_ACTIONS).map((a) => ({
    area: a.area,
    action: shorten(a.actionLines.join(' '), SUMMARY_ACTION_CHARS),
    who: [a.responsible ? `Ansvarig: ${a.responsible}` : '', a.due ? `klart senast ${a.dueText}` : ''].filter(Boolean).join(', '),
  }));
  const glance = omraden.map((o) => ({ id: `korthet-${o.id}`, name: o.name, rows: o.rows.map((r) => ({ name: r.name, split: r.split, status: r.status })) }));

  const unitNote = stadsdelNote(analysis, names, extras.ref);
  const reference: ReferenceNote[] = extras.sources.reference ?? defaultReference(analysis);
  const model: ReportModel = {
    lang: 'sv',
    title: REPORT_TITLE,
    documentTitle: `${REPORT_TITLE} – ${unit}${unitNote ? ` (${unitNote[0]!.toLowerCase()}${unitNote.slice(1)})` : ''} ${year}${analysis.isExample ? ' (exempeldata, inte verkliga resultat)' : ''}`,
    subject: `Underlag för nämndens analys, prioritering och handlingsplan utifrån Öppna jämförelser ${year}`,
    sender: extras.sender ?? defaultSender(analysis, names),
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
      unitNote,
      lines: [
        { label: 'Underlag', value: `Öppna jämförelser ${yearsLabel(analysis.years)}, Socialstyrelsen` },
        { label: 'Jämförs med', value: sets.map((s) => s.label).join(', ') },
        { label: 'Framtagen', value: DATE_FORMAT.format(extras.generatedAt) },
      ],
    },
    summary: {
      paragraph: unbroken(summaryParagraph(analysis)),
      counts: [
        { label: 'Ja', value: formatNumber(counts.ja) },
        { label: 'Nej', value: formatNumber(counts.nej) },
        { label: 'Svar saknas', value: formatNumber(counts.missing) },
        { label: ranked.length === 1 ? 'Utvecklingsområde' : 'Utvecklingsområden', value: formatNumber(ranked.length) },
        { label: analysis.strengths.length === 1 ? 'Styrka' : 'Styrkor', value: formatNumber(analysis.strengths.length) },
      ],
      areas: summaryAreas,
      moreAreas: moreAreas > 0 ? `Ytterligare ${plural(moreAreas, 'utvecklingsområde', 'utvecklingsområden')} finns i steg 3.` : '',
      strengths: strengths.slice(0, SUMMARY_STRENGTHS).map((s) => s.name),
      moreStrengths:
        strengths.length > SUMMARY_STRENGTHS ? `Ytterligare ${plural(strengths.length - SUMMARY_STRENGTHS, 'styrka', 'styrkor')} och skälen finns i steg 3.` : 'Skälen finns i steg 3.',
      actions: summaryActions,
      moreActions: actions.length > SUMMARY_ACTIONS ? `Ytterligare ${plural(actions.length - SUMMARY_ACTIONS, 'åtgärd', 'åtgärder')} finns i handlingsplanen i steg 4.` : '',
      change: { direction: change.direction, label: change.label, text: change.text },
      proposal: extras.steps.proposal,
    },
    glance,
    toc: [
      { id: 'sammanfattning', label: 'Sammanfattning för nämnden' },
      { id: 'i-korthet', label: 'Alla indikatorer i korthet' },
      { id: 'sa-laser-du', label: 'Så läser du rapporten' },
      ...steps.map((s) => ({ id: s.id, label: s.title, ...(s.number === 1 ? { sub: omraden.map((o) => ({ id: o.id, label: o.name })) } : {}) })),
      { id: 'bilaga-1', label: 'Bilaga 1. Indikatorer' },
      { id: 'bilaga-2', label: 'Bilaga 2. Metod och regler för markeringar' },
      { id: 'bilaga-3', label: 'Bilaga 3. Datakällor och versioner' },
    ],
    howToRead: {
      paragraphs: extras.steps.howToRead,
      legend: (['bra', 'mellan', 'svag', 'saknas'] as const).map((k) => ({ key: k, word: statusLabel(k).word, value: LEGEND_TEXT[k] })),
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
    step4: { actionRows: actionRows(recheck.length), recheck, complementNote: extras.steps.complementNote },
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
        kpi: r.indicator.koladaKpi ? `Kolada ${r.indicator.koladaKpi}` : '',
        national: unbroken(extras.national?.[r.indicator.id] ?? ''),
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

/** No line break inside a number: "10 000", "22 av 281", "84 %" are joined with no-break spaces. */
export function unbroken(text: string): string {
  return text
    .replace(/(\d) (?=\d{3}\b)/g, '$1\u00a0')
    .replace(/(\d) av (?=\d)/g, '$1\u00a0av\u00a0')
    .replace(/(\d) (?=%|procentenhet)/g, '$1\u00a0');
}

/** Empty action-plan rows: fewer when the follow-up list is long, so step 4 does not spill a few rows onto a page of its own. */
function actionRows(recheck: number): number[] {
  return Array.from({ length: Math.max(2, 6 - Math.ceil(recheck / 2)) }, (_, i) => i + 1);
}

/** The text cut at a word boundary with an ellipsis, so a summary line stays one or two lines long. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
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

/** "Uppsala kommun", "Bjurholms kommun", "Stockholms stad", "Bromma stadsdelsförvaltning, Stockholms stad". */
export function defaultSender(analysis: UnitAnalysis, names: Map<string, string>): string {
  const kommun = (code: string, name: string) => (code === '0180' ? 'Stockholms stad' : `${name}${/[aeiouyåäösxz]$/i.test(name) ? '' : 's'} kommun`);
  const u = analysis.unit;
  if (u.kind !== 'stadsdel' || !u.parentCode) return kommun(u.code, u.name);
  const parent = kommun(u.parentCode, names.get(u.parentCode) ?? u.parentCode);
  return /förvaltning/i.test(u.name) ? `${u.name}, ${parent}` : `${u.name} stadsdelsförvaltning, ${parent}`;
}

/** "Stadsdelsområde i Stockholms stad" for a stadsdel (it is not a kommun), '' for a kommun. */
function stadsdelNote(analysis: UnitAnalysis, names: Map<string, string>, ref: Reference): string {
  const u = analysis.unit;
  if (u.kind !== 'stadsdel' || !u.parentCode) return '';
  const parent = defaultSender({ ...analysis, unit: { ...u, kind: 'kommun', code: u.parentCode, name: names.get(u.parentCode) ?? u.parentCode } }, names);
  const kind = ref.delomraden.find((d) => d.code === u.code)?.kind ?? 'stadsdelsområde';
  return `${kind === 'socialförvaltning' ? 'Socialförvaltning' : 'Stadsdelsområde'} i ${parent}`;
}

function referenceNames(ref: Reference): Map<string, string> {
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
