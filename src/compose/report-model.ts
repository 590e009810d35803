// The report as simple precomputed strings: the templates only place them, all formatting happens in the
// section builders (cover.ts, summary.ts, step1–4.ts, appendix.ts) that buildReportModel puts together.
import type { LokalView } from './local-view.ts';
import type { Status, UnitAnalysis } from '../model/analysis.ts';
import type { DataSource } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';
import { formatNumber } from '../sv/format.ts';
import { unitAppendix } from './appendix.ts';
import { buildCover } from './cover.ts';
import { APPENDIX_TOC, statusLegend, type Frame } from './frame.ts';
import { sectionContext } from './section-context.ts';
import type { StepTexts } from './steps.ts';
import { buildGlance, buildOmraden, buildStep1 } from './step1.ts';
import { buildStep2 } from './step2.ts';
import { buildStep3 } from './step3.ts';
import { buildStep4 } from './step4.ts';
import { buildSummary } from './summary.ts';
import { setValueLegend } from './texts.ts';
import { type ChangeDirection, type Phrases } from '../sv/grammar.ts';
import { plural } from '../sv/grammar.ts';

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

export interface ReportModel extends Frame {
  /** The PDF's Subject: what the document is for, not a repeat of the title. */
  subject: string;
  /** The PDF's Author. */
  sender: string;
  unitKind: string;
  yearsLabel: string;
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

export function buildReportModel(analysis: UnitAnalysis, extras: ReportExtras): ReportModel {
  const c = sectionContext(analysis, extras);
  const steps = extras.steps.steps.map((s) => ({ id: `steg-${s.number}`, ...s }));
  const omraden = buildOmraden(c);
  const model: ReportModel = {
    ...buildCover(c),
    summary: buildSummary(c),
    glance: buildGlance(omraden),
    toc: [
      { id: 'sammanfattning', label: 'Sammanfattning för nämnden' },
      { id: 'i-korthet', label: 'Alla indikatorer i korthet' },
      { id: 'sa-laser-du', label: 'Så läser du rapporten' },
      ...steps.map((s) => ({ id: s.id, label: s.title, ...(s.number === 1 ? { sub: omraden.map((o) => ({ id: o.id, label: o.name })) } : {}) })),
      ...APPENDIX_TOC,
    ],
    howToRead: {
      paragraphs: extras.steps.howToRead,
      legend: statusLegend(),
      setsNote: c.sets.map((s) => ({ label: s.label, value: `${s.description}, ${plural(s.members.length, 'medlem', 'medlemmar')}` })),
    },
    steps,
    setColumns: c.sets.map((s) => ({ label: s.label, description: s.description })),
    setLegend: setValueLegend(analysis.indicators.flatMap((r) => r.sets.map((v) => v.origin))),
    step1: buildStep1(c, omraden),
    step2: buildStep2(c),
    step3: buildStep3(c),
    step4: buildStep4(c),
    ...(extras.lokal?.hasContent ? { lokal: extras.lokal } : {}),
    appendix: unitAppendix(analysis, c.rules, extras.sources, extras.national),
  };
  numberFigures([...model.step1.overview, ...model.step1.omraden.flatMap((o) => o.figures), ...model.step3.figures]);
  return model;
}

/** "Figur 3. …" in document order; copies, so shared figure objects are never numbered twice. */
function numberFigures(figures: { number?: string }[]): void {
  figures.forEach((f, i) => {
    f.number = `Figur ${formatNumber(i + 1)}.`;
  });
}
