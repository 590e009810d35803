// The report as simple precomputed strings: the templates only place them, all formatting happens here.
import type { LokalView } from '../underlag/view.ts';
import type { IndicatorResult, RankedFlag, Rules, Status, UnitAnalysis } from '../model/analysis.ts';
import type { DataSource } from '../model/types.ts';
import { loadReference } from '../reference/load.ts';
import { formatNumber, formatPercent, svCollator } from './format.ts';
import { loadPhrases, type StepTexts } from './steps.ts';
import {
  FLAG_LABELS,
  answerCounts,
  changeSummary,
  formatSetValue,
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
  /** Per-indicator wording; read from data/formuleringar.json when absent. */
  phrases?: Phrases;
  /** Names of member units by code; the bundled reference data is used when absent. */
  memberNames?: Map<string, string>;
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
    strengths: { name: string; omrade: string; reason: string }[];
    figures: Figure[];
  };
  step4: { actionRows: number[]; recheck: { name: string; why: string }[]; complementNote: string };
  /** The team's own analysis, priorities and action plan; absent when no --lokal workbook was given. */
  lokal?: LokalView;
  appendix: {
    definitions: { name: string; omrade: string; split: string; type: string; description: string; years: string; note: string; kpi: string; national: string }[];
    rules: LabelValue[];
    method: string[];
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

const pct = (v: number) => formatPercent(v, Number.isInteger(v) ? 0 : 1);
const pts = (v: number) => `${formatNumber(v, Number.isInteger(v) ? 0 : 1)}\u00a0${v === 1 ? 'procentenhet' : 'procentenheter'}`;
const quartiles = (from: number, to: number) => (from === to ? `kvartil ${from}` : `kvartil ${from}–${to}`);

/** Every threshold in force as a Swedish sentence, in the order a reader meets them (src/assess/flags.ts). */
export function ruleSentences(r: Rules): LabelValue[] {
  return [
    { label: 'Utvecklingsområde, Ja/Nej', value: `Kommunen svarar Nej medan minst ${pct(r.developmentMinShare)} av medlemmarna i någon jämförelsegrupp svarar Ja.` },
    { label: 'Gemensamt utvecklingsområde', value: `Kommunen svarar Nej, ingen jämförelsegrupp når gränsen ovan och högst ${pct(r.sharedMaxRiketShare)} av kommunerna i riket svarar Ja.` },
    { label: 'Styrka, Ja/Nej', value: `Kommunen svarar Ja medan färre än ${pct(r.strengthMaxShare)} av både liknande kommuner och kommunerna i riket svarar Ja.` },
    {
      label: 'Utvecklingsområde, andel',
      value: `Kommunen ligger i ${quartiles(r.weakestQuartile, 4)} av 4 bland alla kommuner (kvartil 4 är den svagaste fjärdedelen), eller minst ${pts(r.clearlyBelowPoints)} sämre än genomsnittet för både liknande kommuner och riket.`,
    },
    { label: 'Styrka, andel', value: `Kommunen ligger i ${quartiles(1, r.bestQuartile)} av 4 (kvartil 1 är den bästa fjärdedelen) och bättre än genomsnittet för både liknande kommuner och riket.` },
    { label: 'Färg för andelar', value: `Bra i ${quartiles(1, r.bestQuartile)}, Svag i ${quartiles(r.weakestQuartile, 4)}, Mellan däremellan.` },
    { label: 'Förändring', value: `En andel som har ändrats minst ${pts(r.changePoints)} sedan förra året räknas som försämring eller förbättring i rangordningen.` },
    { label: 'Minsta underlag', value: `En jämförelsegrupp som ojrapport räknar fram används för markeringar bara när minst ${formatNumber(r.minAnswers)} av dess medlemmar har svarat.` },
  ];
}

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
    changePoints: n('andel_forandring_procentenheter', 5),
    minAnswers: n('minsta_antal_svar_i_jamforelse', 3),
    raw: {},
    files: [],
  };
}

const FIXED_RULES = [
  'Försämring: kommunen svarade Ja förra året och svarar Nej i år.',
  'Styrkor och utvecklingsområden för andelar tar hänsyn till om högre eller lägre är bättre för indikatorn.',
  'Datakvalitet: ett saknat svar är aldrig en svaghet och räknas aldrig som Nej.',
  'Bakgrundsmått har ingen önskad riktning och bedöms inte.',
];

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

function priorityWord(index: number): string {
  return index < 3 ? 'Hög' : index < 7 ? 'Medel' : 'Låg';
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

  const statusCell = (r: IndicatorResult): StatusCell => ({
    key: r.status,
    word: r.indicator.years.includes(analysis.year) ? statusLabel(r.status).word : 'Ingår ej',
    value: r.indicator.years.includes(analysis.year) ? formatValue(r.indicator, r.value, r.missing) : '–',
  });
  const setCells = (r: IndicatorResult): SetCell[] =>
    sets.map((s) => {
      const c = formatSetValue(r.indicator, r.sets.find((v) => v.setId === s.id));
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
  const priorityItem = (f: RankedFlag, i: number): PriorityItem => {
    const r = byId.get(f.indicatorId);
    return {
      rank: formatNumber(i + 1),
      name: r?.indicator.shortName ?? f.indicatorId,
      omrade: r?.indicator.omrade ?? '',
      kind: FLAG_LABELS[f.flag.kind],
      reason: unbroken(tidy(f.flag.reason)),
      priority: priorityWord(i),
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
    for (const row of sec.rows) counts[row.status.key]++;
    const parts = [
      counts.bra ? `${formatNumber(counts.bra)} bra` : '',
      counts.mellan ? `${formatNumber(counts.mellan)} mellan` : '',
      counts.svag ? `${formatNumber(counts.svag)} svag${counts.svag === 1 ? '' : 'a'}` : '',
      counts.saknas ? `${formatNumber(counts.saknas)} saknas` : '',
    ].filter(Boolean);
    sec.summary = `${plural(sec.rows.length, 'indikator', 'indikatorer')}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
  }

  // Step 2.
  const ctx = analysis.context;
  const liknandeSet = sets.find((s) => s.kind === 'liknande');
  const context: LabelValue[] = [{ label: analysis.unit.kind === 'stadsdel' ? 'Stadsdel' : 'Kommun', value: unit }];
  if (ctx.lanName) context.push({ label: 'Län', value: ctx.lanName });
  if (ctx.kommungrupp) context.push({ label: `Kommungrupp (SKR ${ctx.kommungrupp.edition})`, value: `${ctx.kommungrupp.code} ${ctx.kommungrupp.name}` });
  if (ctx.population !== undefined) context.push({ label: 'Invånare', value: formatNumber(ctx.population) });
  if (liknandeSet) {
    const memberNames = liknandeSet.members.map((c) => names.get(c) ?? c).sort(svCollator.compare);
    const vintage = ctx.liknande ? `${ctx.liknande.title} (gruppindelning ${ctx.liknande.year})` : liknandeSet.description;
    context.push({ label: 'Liknande kommuner', value: `${memberNames.join(', ')}. Källa: ${vintage}.` });
  }
  const background = analysis.indicators
    .filter((r) => r.indicator.type === 'bakgrund')
    .map((r) => ({ name: r.indicator.shortName, unit: r.indicator.unit && r.indicator.unit !== '%' ? unbroken(r.indicator.unit) : '', value: formatValue(r.indicator, r.value, r.missing), sets: setCells(r) }));
  const learnFrom = analysis.indicators
    .filter((r) => r.indicator.type === 'janej' && r.value === 0 && r.learnFrom.length > 0)
    .map((r) => ({ name: r.indicator.shortName, answer: 'Nej', who: learnFromText(r) }));
  const dataQuality: { name: string; text: string }[] = analysis.dataQuality.map((f) => ({
    name: byId.get(f.indicatorId)?.indicator.shortName ?? f.indicatorId,
    text: unbroken(tidy(f.flag.reason)),
  }));
  for (const r of analysis.indicators) {
    if (r.trend.breaks.length > 0) dataQuality.push({ name: r.indicator.shortName, text: `Serieavbrott: ${r.trend.breaks.join(', ')}. Åren jämförs inte över avbrottet.` });
  }

  // Step 3.
  const ranked = analysis.developmentAreas;
  const local = ranked.filter((f) => f.flag.kind !== 'gemensamt').map(priorityItem);
  const common = ranked.filter((f) => f.flag.kind === 'gemensamt').map((f, i) => ({ ...priorityItem(f, i), priority: '' }));
  const strengths = analysis.strengths.map((f) => {
    const r = byId.get(f.indicatorId);
    return { name: r?.indicator.shortName ?? f.indicatorId, omrade: r?.indicator.omrade ?? '', reason: unbroken(tidy(f.flag.reason)) };
  });

  // Step 4: what to check again next year.
  const recheck: { name: string; why: string }[] = [];
  const seen = new Set<string>();
  const addRecheck = (id: string, why: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    recheck.push({ name: byId.get(id)?.indicator.shortName ?? id, why });
  };
  for (const f of ranked) addRecheck(f.indicatorId, FLAG_LABELS[f.flag.kind]);
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
  const summaryAreas = summaryRanked.slice(0, SUMMARY_AREAS).map(priorityItem);
  const moreAreas = summaryRanked.length - summaryAreas.length;
  const actions = extras.lokal?.actions ?? [];
  const summaryActions = actions.slice(0, SUMMARY_ACTIONS).map((a) => ({
    area: a.area,
    action: shorten(a.actionLines.join(' '), SUMMARY_ACTION_CHARS),
    who: [a.responsible ? `Ansvarig: ${a.responsible}` : '', a.due ? `klart senast ${a.dueText}` : ''].filter(Boolean).join(', '),
  }));
  const glance = omraden.map((o) => ({ id: `korthet-${o.id}`, name: o.name, rows: o.rows.map((r) => ({ name: r.name, split: r.split, status: r.status })) }));

  const unitNote = stadsdelNote(analysis, names);
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
      setsNote: sets.map((s) => ({ label: s.label, value: `${s.description} (${plural(s.members.length, 'medlem', 'medlemmar')})` })),
    },
    steps,
    setColumns: sets.map((s) => ({ label: s.label, description: s.description })),
    step1: { overview: (extras.figures?.overview ?? []).map((f) => ({ ...f })), omraden },
    step2: { context, background, learnFrom, dataQuality, questions: steps[1]?.questions ?? [] },
    step3: { local, common, strengths, figures: (extras.figures?.priorities ?? []).map((f) => ({ ...f })) },
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
        ...FIXED_RULES,
        'Jämförelsegruppernas värden räknar ojrapport fram ur kommunernas egna svar: för Ja/Nej-frågor andelen Ja bland de medlemmar som har svarat (antalet visas inom parentes), för andelar medelvärdet. Länet, kommungruppen och riket omfattar alla sina kommuner, också den egna. Liknande kommuner omfattar inte den egna kommunen. Den andel som Socialstyrelsen har publicerat för länet eller riket används bara när inga kommunvärden finns.',
        `Rangordning: ${analysis.method?.ranking ?? 'utvecklingsområdena ordnas efter hur många jämförelsegrupper kommunen ligger efter i, hur många år i rad resultatet har varit svagt och om det har blivit sämre.'}`,
        'Prioritet i steg 3: de tre första lokala utvecklingsområdena får prioritet Hög, de fyra följande Medel och övriga Låg.',
      ],
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
function stadsdelNote(analysis: UnitAnalysis, names: Map<string, string>): string {
  const u = analysis.unit;
  if (u.kind !== 'stadsdel' || !u.parentCode) return '';
  const parent = defaultSender({ ...analysis, unit: { ...u, kind: 'kommun', code: u.parentCode, name: names.get(u.parentCode) ?? u.parentCode } }, names);
  const kind = loadReference().delomraden.find((d) => d.code === u.code)?.kind ?? 'stadsdelsområde';
  return `${kind === 'socialförvaltning' ? 'Socialförvaltning' : 'Stadsdelsområde'} i ${parent}`;
}

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
