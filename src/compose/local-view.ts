// Display strings for the report's local-analysis sections, precomputed so templates only print.
import { formatNumber } from '../sv/format.ts';
import { plural } from '../sv/grammar.ts';
import { flagText } from './texts.ts';
import type { UnitAnalysis } from '../model/analysis.ts';
import type { Explanation, Influence, LocalAnalysis, Priority } from '../model/local.ts';
import { basename } from 'node:path';

export interface ExplanationView {
  indicatorId: string;
  indicatorName: string;
  omrade: string;
  /** "Utvecklingsområde, Försämring"; '' for an indicator without a flag. */
  flag: string;
  /** The computed reasons, one per flag. */
  reasons: string[];
  /** Texts as typed, split at line breaks ([] when empty); print them with escaping. */
  whyLines: string[];
  commentLines: string[];
  canInfluence?: Influence;
  /** "Ja", "Delvis", "Nej" or "–". */
  canInfluenceText: string;
  priority?: Priority;
  /** "Prioritet 1", "Ej prioriterad" or "Ingen prioritet angiven". */
  priorityText: string;
}

export interface ActionView {
  indicatorId?: string;
  /** The indicator's short name, or "Övergripande". */
  area: string;
  actionLines: string[];
  responsible: string;
  /** ISO date, for sorting and machine-readable output. */
  due?: string;
  /** "30 juni 2025" or "–". */
  dueText: string;
  followUpLines: string[];
}

export interface LokalView {
  hasContent: boolean;
  /** All explanations in the team's priority order. */
  explanations: ExplanationView[];
  byIndicator: Record<string, ExplanationView>;
  /** Priority 1–3 only, in order, with a running number. */
  priorities: (ExplanationView & { rank: number })[];
  notPrioritized: ExplanationView[];
  /** Action-plan rows in the team's order. */
  actions: ActionView[];
  actionsByIndicator: Record<string, ActionView[]>;
  /** "Arbetsgruppen har skrivit analys för 5 indikatorer, prioriterat 3 och planerat 4 åtgärder." */
  summary: string;
  /** "Arbetsgruppens analys kommer från filen x.xlsx (underlag skapat 2025-03-01 med ojrapport 0.1.0)." */
  source: string;
  warnings: string[];
}

const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 juni 2025" from "2025-06-30". */
export function formatDateLong(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

function lines(text: string | undefined): string[] {
  return text === undefined ? [] : text.split(/\r\n|\r|\n/);
}

function priorityText(p: Priority | undefined): string {
  if (p === undefined) return 'Ingen prioritet angiven';
  return p === 'Ej prioriterad' ? p : `Prioritet ${p}`;
}

export function lokalView(local: LocalAnalysis, analysis: UnitAnalysis): LokalView {
  const results = new Map(analysis.indicators.map((r) => [r.indicator.id, r]));
  const byId = new Map(local.explanations.map((e) => [e.indicatorId, e]));
  const view = (e: Explanation): ExplanationView => {
    const r = results.get(e.indicatorId);
    const v: ExplanationView = {
      indicatorId: e.indicatorId,
      indicatorName: e.indicatorName,
      omrade: r?.indicator.omrade ?? '',
      flag: r ? flagText(r) : '',
      reasons: r ? r.flags.map((f) => f.reason) : [],
      whyLines: lines(e.why),
      commentLines: lines(e.comment),
      canInfluenceText: e.canInfluence ?? '–',
      priorityText: priorityText(e.priority),
    };
    if (e.canInfluence) v.canInfluence = e.canInfluence;
    if (e.priority !== undefined) v.priority = e.priority;
    return v;
  };
  const explanations = local.priorityOrder.map((id) => view(byId.get(id)!));
  const byIndicator: Record<string, ExplanationView> = {};
  for (const e of explanations) byIndicator[e.indicatorId] = e;
  const priorities = explanations.filter((e) => typeof e.priority === 'number').map((e, i) => ({ ...e, rank: i + 1 }));
  const notPrioritized = explanations.filter((e) => e.priority === 'Ej prioriterad');

  const actions: ActionView[] = local.actions.map((a) => {
    const v: ActionView = {
      area: a.indicatorName ?? 'Övergripande',
      actionLines: lines(a.action),
      responsible: a.responsible ?? '–',
      dueText: a.due ? formatDateLong(a.due) : '–',
      followUpLines: lines(a.followUp),
    };
    if (a.indicatorId) v.indicatorId = a.indicatorId;
    if (a.due) v.due = a.due;
    return v;
  });
  const actionsByIndicator: Record<string, ActionView[]> = {};
  for (const a of actions) if (a.indicatorId) (actionsByIndicator[a.indicatorId] ??= []).push(a);

  const parts: string[] = [];
  if (explanations.length) parts.push(`skrivit analys för ${plural(explanations.length, 'indikator', 'indikatorer')}`);
  if (priorities.length) parts.push(`prioriterat ${formatNumber(priorities.length)}`);
  if (actions.length) parts.push(`planerat ${plural(actions.length, 'åtgärd', 'åtgärder')}`);
  const summary = parts.length
    ? `Arbetsgruppen har ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}` : parts[0]}.`
    : 'Arbetsgruppen har inte skrivit någon analys eller handlingsplan i underlaget.';
  const created = local.created ? local.created.slice(0, 10) : '';
  const source = `Arbetsgruppens analys kommer från filen ${basename(local.file)}${created ? ` (underlag skapat ${created} med ojrapport ${local.toolVersion})` : ''}.`;
  return {
    hasContent: explanations.length > 0 || actions.length > 0,
    explanations,
    byIndicator,
    priorities,
    notPrioritized,
    actions,
    actionsByIndicator,
    summary,
    source,
    warnings: local.warnings,
  };
}
