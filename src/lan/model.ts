// The county report as precomputed Swedish strings; templates/lan/*.hbs only place them.
import { statusMatrix, type MatrixCell } from '../compose/charts/index.ts';
import { formatNumber, formatPointChange, svCollator } from '../sv/format.ts';
import { APPENDIX_TOC, coverLines, frame, slugId, statusLegend, type Frame } from '../compose/frame.ts';
import type { Figure, ReportModel } from '../compose/report-model.ts';
import { FLAG_LABELS, setValueLegend } from '../compose/texts.ts';
import { formatSetValue } from '../sv/format.ts';
import { plural, tidy } from '../sv/grammar.ts';
import type { Rules, Status } from '../model/analysis.ts';
import type { Indicator } from '../model/types.ts';
import type { LanAnalysis, LanIndicator, RiketVerdict } from './analysis.ts';
import { LAN_SHARED_TERM, lagDefinition, lanMethod, riketDefinition, sharedDefinition } from './method.ts';

export const LAN_REPORT_TITLE = 'Länsöversikt av Öppna jämförelser – stöd till personer med funktionsnedsättning (LSS)';
export const LAN_SHORT_TITLE = 'Länsöversikt, Öppna jämförelser LSS';

/** Section titles (the kommun report's four steps, seen from the county). */
export const LAN_SECTIONS = {
  summary: 'Sammanfattning för länet',
  read: 'Så läser du länsöversikten',
  step1: 'Steg 1. Sammanställ – hur ser länets resultat ut?',
  step2: 'Steg 2. Analysera – vem gör bra där andra ligger efter?',
  step3: 'Steg 3. Prioritera – länsgemensamma och kommunernas egna utvecklingsområden',
  step4: 'Steg 4. Åtgärda och följ upp – tillsammans i länet',
} as const;

export interface LanRow {
  name: string;
  split: string;
  lan: { value: string; n: string };
  riket: { value: string; n: string };
  diff: string;
  /** "Bättre än riket", "Som riket", "Sämre än riket" (change threshold), or "". */
  verdict: string;
  kommuner: string;
}

export interface LanModel extends Frame {
  cover: { subtitle: string; lines: { label: string; value: string }[] };
  sections: typeof LAN_SECTIONS;
  toc: { id: string; label: string }[];
  summary: { paragraph: string; counts: { label: string; value: string }[]; sharedTitle: string; sharedDefinition: string; shared: { name: string; text: string }[]; noShared: string };
  read: { paragraphs: string[]; legend: { key: Status; word: string; value: string }[] };
  step1: { intro: string; riketDefinition: string; setLegend: string; omraden: { id: string; name: string; rows: LanRow[] }[]; matrixIntro: string; figures: Figure[] };
  step2: { intro: string; rows: { name: string; omrade: string; leading: string; lagging: string }[] };
  step3: {
    intro: string;
    sharedTitle: string;
    shared: { name: string; omrade: string; share: string; who: string }[];
    units: { name: string; areas: { rank: string; name: string; kind: string; reason: string; priority: string }[] }[];
  };
  step4: { intro: string; items: { name: string; text: string }[] };
  /** Bilaga 1 and 3 as in the kommun reports (without one kommun's groups); Bilaga 2 is the county's own. */
  appendix: LanAppendix;
}

/** The difference as printed; inside the "som riket" band it is cut toward zero, so it never reads as the threshold. */
export function diffText(r: Pick<LanIndicator, 'diff' | 'verdict' | 'indicator'>, changePoints: number): string {
  if (r.diff === null) return '–';
  const decimals = r.indicator.type === 'janej' ? 0 : 1;
  const f = 10 ** decimals;
  let shown = Math.round(r.diff * f) / f;
  if (r.verdict === 'som riket' && Math.abs(shown) >= changePoints) shown = Math.trunc(r.diff * f) / f;
  return shown === 0 ? '±0 procentenheter' : formatPointChange(shown, decimals);
}

const VERDICT_WORD: Record<RiketVerdict, string> = { bättre: 'Bättre än riket', 'som riket': 'Som riket', sämre: 'Sämre än riket' };

function kommunerText(r: LanIndicator): string {
  if (r.counts.answered === 0) return 'Inga svar';
  const good = r.indicator.type === 'janej' ? 'Ja' : 'bra';
  return `${formatNumber(r.counts.bra)} av ${formatNumber(r.counts.answered)} ${good}`;
}

function names(codes: string[], nameOf: (c: string) => string): string {
  return codes.map(nameOf).sort(svCollator.compare).join(', ');
}

function lagShareText(r: LanIndicator): string {
  return `${formatNumber(r.counts.svag)} av ${formatNumber(r.counts.answered)}`;
}

/** Every kommun of the county × the område's indicators (the county's own values are in the table above). */
async function matrices(a: LanAnalysis): Promise<Figure[]> {
  const cellMaps = new Map(a.kommuner.map((k) => [k.unit.code, k.cells]));
  const byOmrade = new Map<string, Indicator[]>();
  for (const r of a.indicators) {
    const list = byOmrade.get(r.indicator.omrade) ?? [];
    list.push(r.indicator);
    byOmrade.set(r.indicator.omrade, list);
  }
  const rowsOf = new Map(a.indicators.map((r) => [r.indicator.id, r]));
  const rows = a.kommuner.map((k) => ({ code: k.unit.code, name: k.unit.name }));
  const figures: Figure[] = [];
  for (const [omrade, inds] of byOmrade) {
    const cell = (code: string, id: string): MatrixCell => {
      const c = cellMaps.get(code)?.get(id);
      if (!c || c.value === null) return 'Saknas';
      const ind = rowsOf.get(id)!.indicator;
      if (ind.type === 'janej') return c.value >= 1 ? 'Ja' : 'Nej';
      return { value: c.value, status: c.status };
    };
    const chart = await statusMatrix(rows, inds, cell);
    const alt = inds
      .map((ind) => {
        const r = rowsOf.get(ind.id)!;
        const good = ind.type === 'janej' ? 'svarar Ja' : 'ligger bland de bästa';
        return `${ind.shortName}: ${formatNumber(r.counts.bra)} av ${formatNumber(r.counts.answered)} kommuner ${good}${r.lagging.length ? `; efter ligger ${names(r.lagging, a.nameOf)}` : ''}.`;
      })
      .join(' ');
    figures.push({
      svg: chart.svg,
      alt: `Kommunernas svar ${a.year} i ${a.lan.name}, ${omrade}. ${alt}`,
      caption: `${omrade}: svar ${a.year} för kommunerna i ${a.lan.name}`,
    });
  }
  return figures;
}

export type LanAppendix = Pick<ReportModel['appendix'], 'definitions' | 'files' | 'reference'> & { method: ReturnType<typeof lanMethod> };

export async function buildLanModel(a: LanAnalysis, extras: { appendix: Omit<LanAppendix, 'method'>; rules: Rules; generatedAt: Date; yearsLabel: string }): Promise<LanModel> {
  const name = a.lan.name;
  const year = String(a.year);
  const nK = a.kommuner.length;
  const nS = a.units.length - nK;
  const count = (v: RiketVerdict) => a.indicators.filter((r) => r.verdict === v).length;
  const [above, same, below] = [count('bättre'), count('som riket'), count('sämre')];
  const pp = `${formatNumber(a.changePoints)} procentenheter`;
  const shared = sharedDefinition(extras.rules);

  const omraden: LanModel['step1']['omraden'] = [];
  for (const r of a.indicators) {
    let sec = omraden.find((o) => o.name === r.indicator.omrade);
    if (!sec) omraden.push((sec = { id: slugId('omrade', r.indicator.omrade), name: r.indicator.omrade, rows: [] }));
    sec.rows.push({
      name: r.indicator.shortName,
      split: r.indicator.split ?? '',
      lan: formatSetValue(r.indicator, r.lan),
      riket: formatSetValue(r.indicator, r.riket),
      diff: diffText(r, a.changePoints),
      verdict: r.verdict ? VERDICT_WORD[r.verdict] : '',
      kommuner: kommunerText(r),
    });
  }

  const sharedItems = a.shared.map((r) => ({
    name: r.indicator.shortName,
    omrade: r.indicator.omrade,
    share: lagShareText(r),
    who: names(r.lagging, a.nameOf),
  }));
  const unitsLabel = nS ? `${plural(nK, 'kommun', 'kommuner')} och ${plural(nS, 'stadsdel', 'stadsdelar')}` : plural(nK, 'kommun', 'kommuner');

  const model: LanModel = {
    ...frame({ title: LAN_REPORT_TITLE, shortTitle: LAN_SHORT_TITLE, name, year: a.year, isExample: a.isExample, generatedAt: extras.generatedAt }),
    cover: {
      subtitle: `${name} ${year}`,
      lines: coverLines({ covers: unitsLabel, dataYears: extras.yearsLabel, comparedWith: 'Riket och länets kommuner', generatedAt: extras.generatedAt }),
    },
    sections: LAN_SECTIONS,
    toc: [
      { id: 'sammanfattning', label: LAN_SECTIONS.summary },
      { id: 'sa-laser-du', label: LAN_SECTIONS.read },
      { id: 'steg-1', label: LAN_SECTIONS.step1 },
      { id: 'steg-2', label: LAN_SECTIONS.step2 },
      { id: 'steg-3', label: LAN_SECTIONS.step3 },
      { id: 'steg-4', label: LAN_SECTIONS.step4 },
      ...APPENDIX_TOC,
    ],
    summary: {
      paragraph:
        `Översikten samlar ${unitsLabel} i ${name} ${year}. ` +
        `Med minst ${pp} skillnad ligger länet bättre än riket på ${plural(above, 'indikator', 'indikatorer')} och sämre på ${plural(below, 'indikator', 'indikatorer')}; på ${plural(same, 'indikator', 'indikatorer')} är skillnaden mindre (som riket). ` +
        (a.shared.length
          ? `På ${plural(a.shared.length, 'indikator', 'indikatorer')} ligger minst hälften av kommunerna efter: de är ${LAN_SHARED_TERM.many.toLowerCase()}.`
          : 'Det finns ingen indikator där minst hälften av kommunerna ligger efter.'),
      counts: [
        { label: nK === 1 ? 'Kommun' : 'Kommuner', value: formatNumber(nK) },
        ...(nS ? [{ label: nS === 1 ? 'Stadsdel' : 'Stadsdelar', value: formatNumber(nS) }] : []),
        { label: 'Bättre än riket', value: formatNumber(above) },
        { label: 'Som riket', value: formatNumber(same) },
        { label: 'Sämre än riket', value: formatNumber(below) },
        { label: a.shared.length === 1 ? LAN_SHARED_TERM.one : LAN_SHARED_TERM.many, value: formatNumber(a.shared.length) },
      ],
      sharedTitle: LAN_SHARED_TERM.many,
      sharedDefinition: shared,
      shared: a.shared.slice(0, 5).map((r) => ({ name: r.indicator.shortName, text: `${lagShareText(r)} kommuner ligger efter.` })),
      noShared: `Ingen indikator där minst hälften av kommunerna i ${name} ligger efter ${year}.`,
    },
    read: {
      paragraphs: [
        `Översikten visar ${name} som helhet och länets kommuner sida vid sida. Varje kommun och stadsdel har också en egen rapport med alla detaljer.`,
        'För Ja/Nej-frågor är länets och rikets värde andelen kommuner som svarar Ja bland dem som har svarat. Inom parentes står om värdet är publicerat av Socialstyrelsen (publ.) eller räknat av ojrapport, och hur (Bilaga 2). Ett Ja betyder att en rutin finns, inte att kvaliteten är uppnådd.',
        `${lagDefinition(extras.rules)} ${shared}`,
        riketDefinition(a.changePoints),
      ],
      legend: statusLegend('Kommunen ligger efter.'),
    },
    step1: {
      intro: `Länets värde jämfört med riket för varje indikator ${year}, och hur många av länets kommuner som svarar Ja (eller ligger bland de bästa).`,
      riketDefinition: riketDefinition(a.changePoints),
      setLegend: setValueLegend(a.indicators.flatMap((r) => [r.lan?.origin, r.riket?.origin].filter((o) => o !== undefined))),
      omraden,
      matrixIntro: 'Varje kommuns svar, område för område. Länets och rikets värden står i tabellerna ovan.',
      figures: await matrices(a),
    },
    step2: {
      intro: 'Här svarar några kommuner Ja där andra i länet svarar Nej. De kommunerna kan berätta hur de gjorde, och erfarenheter kan delas i länets nätverk.',
      rows: a.learn.map((r) => ({ name: r.indicator.shortName, omrade: r.indicator.omrade, leading: names(r.leading, a.nameOf), lagging: names(r.lagging, a.nameOf) })),
    },
    step3: {
      intro: `${shared} De kan vara värda att driva tillsammans, till exempel genom regional stödstruktur eller FoU.`,
      sharedTitle: LAN_SHARED_TERM.many,
      shared: sharedItems,
      units: a.unitTop.map(({ unit, areas }) => ({
        name: unit.unit.parentCode ? `${a.nameOf(unit.unit.parentCode)}: ${unit.unit.name}` : unit.unit.name,
        areas: areas.map((f, i) => ({
          rank: formatNumber(i + 1),
          name: a.indicators.find((r) => r.indicator.id === f.indicatorId)?.indicator.shortName ?? f.indicatorId,
          kind: FLAG_LABELS[f.kind],
          reason: tidy(f.reason),
          priority: f.priority,
        })),
      })),
    },
    step4: {
      intro: `Förslag till arbete tillsammans i länet: börja med de länsgemensamma utvecklingsområdena (se steg 3) och låt kommuner som redan svarar Ja dela med sig.`,
      items: a.shared.slice(0, 8).map((r) => ({
        name: r.indicator.shortName,
        text: r.leading.length ? `Lär av ${names(r.leading, a.nameOf)}.` : 'Ingen kommun i länet svarar Ja; se utanför länet.',
      })),
    },
    appendix: { ...extras.appendix, method: lanMethod(extras.rules) },
  };
  return model;
}
