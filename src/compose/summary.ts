// "Sammanfattning för nämnden": one page with the counts, the first areas, strengths by name and the team's actions.
import type { RankedFlag } from '../model/analysis.ts';
import { formatNumber } from '../sv/format.ts';
import type { ReportModel } from './report-model.ts';
import type { SectionContext } from './section-context.ts';
import { strengthItems } from './step3.ts';
import { changeSummary } from '../sv/grammar.ts';
import { answerCounts, plural, summaryParagraph } from '../sv/grammar.ts';
import { shorten, unbroken } from './wrap.ts';

/** What the one-page summary holds at most; the rest is in steps 3 and 4. */
const SUMMARY_AREAS = 3;
const SUMMARY_STRENGTHS = 6;
const SUMMARY_ACTIONS = 3;
const SUMMARY_ACTION_CHARS = 90;

/**
 * The areas in the summary. With a filled underlag the team's priority order wins, and areas it marked
 * "Ej prioriterad" are left out; otherwise the gemensamma are numbered on after the local areas.
 */
function summaryAreas(c: SectionContext): { areas: ReportModel['summary']['areas']; more: number } {
  const ranked = c.analysis.developmentAreas;
  const lokal = c.extras.lokal;
  const teamOrder = lokal?.priorities.map((p) => p.indicatorId) ?? [];
  const notPrioritized = new Set(lokal?.notPrioritized.map((e) => e.indicatorId) ?? []);
  const teamRank = (id: string) => (teamOrder.includes(id) ? teamOrder.indexOf(id) : teamOrder.length);
  const ordered = (teamOrder.length ? [...ranked].sort((a, b) => teamRank(a.indicatorId) - teamRank(b.indicatorId)) : ranked).filter((f) => !notPrioritized.has(f.indicatorId));
  // Numbered on from the local areas: gemensamma follow them (and share their place with each other).
  const localCount = ranked.filter((f) => f.flag.kind !== 'gemensamt').length;
  const place = (f: RankedFlag) => (f.flag.kind === 'gemensamt' ? localCount + f.place.from : f.place.from);
  // A shared place is printed as shared ("1–3"), never as three areas each numbered 1.
  const rank = (f: RankedFlag) => {
    const from = place(f);
    const to = from + f.place.to - f.place.from;
    return from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`;
  };
  const areas = ordered
    .slice(0, SUMMARY_AREAS)
    .map((f, i) => ({ ...c.priorityItem(f), place: teamOrder.length ? i + 1 : place(f), rank: teamOrder.length ? formatNumber(i + 1) : rank(f) }));
  return { areas, more: ordered.length - areas.length };
}

export function buildSummary(c: SectionContext): ReportModel['summary'] {
  const { analysis } = c;
  const ranked = analysis.developmentAreas;
  const counts = answerCounts(analysis);
  const change = changeSummary(analysis);
  const { areas, more } = summaryAreas(c);
  const strengths = strengthItems(c);
  const actions = c.extras.lokal?.actions ?? [];
  return {
    paragraph: unbroken(summaryParagraph(analysis)),
    counts: [
      { label: 'Ja', value: formatNumber(counts.ja) },
      { label: 'Nej', value: formatNumber(counts.nej) },
      { label: 'Svar saknas', value: formatNumber(counts.missing) },
      { label: ranked.length === 1 ? 'Utvecklingsområde' : 'Utvecklingsområden', value: formatNumber(ranked.length) },
      { label: analysis.strengths.length === 1 ? 'Styrka' : 'Styrkor', value: formatNumber(analysis.strengths.length) },
    ],
    areas,
    moreAreas: more > 0 ? `Ytterligare ${plural(more, 'utvecklingsområde', 'utvecklingsområden')} finns i steg 3.` : '',
    strengths: strengths.slice(0, SUMMARY_STRENGTHS).map((s) => s.name),
    moreStrengths: strengths.length > SUMMARY_STRENGTHS ? `Ytterligare ${plural(strengths.length - SUMMARY_STRENGTHS, 'styrka', 'styrkor')} och skälen finns i steg 3.` : 'Skälen finns i steg 3.',
    actions: actions.slice(0, SUMMARY_ACTIONS).map((a) => ({
      area: a.area,
      action: shorten(a.actionLines.join(' '), SUMMARY_ACTION_CHARS),
      who: [a.responsible ? `Ansvarig: ${a.responsible}` : '', a.due ? `klart senast ${a.dueText}` : ''].filter(Boolean).join(', '),
    })),
    moreActions: actions.length > SUMMARY_ACTIONS ? `Ytterligare ${plural(actions.length - SUMMARY_ACTIONS, 'åtgärd', 'åtgärder')} finns i handlingsplanen i steg 4.` : '',
    change: { direction: change.direction, label: change.label, text: change.text },
    proposal: c.extras.steps.proposal,
  };
}
