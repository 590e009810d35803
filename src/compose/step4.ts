// Step 4 "Åtgärda och följ upp": what to check again next year and empty rows for the action plan.
import type { ReportModel } from './report-model.ts';
import { kindLabel, type SectionContext } from './section-context.ts';

/** Empty action-plan rows: fewer when the follow-up list is long, so step 4 does not spill a few rows onto a page of its own. */
function actionRows(recheck: number): number[] {
  return Array.from({ length: Math.max(2, 6 - Math.ceil(recheck / 2)) }, (_, i) => i + 1);
}

export function buildStep4(c: SectionContext): ReportModel['step4'] {
  const recheck: { name: string; why: string }[] = [];
  const seen = new Set<string>();
  const add = (id: string, why: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    recheck.push({ name: c.nameOf(id), why });
  };
  for (const f of c.analysis.developmentAreas) add(f.indicatorId, kindLabel(f));
  for (const f of c.analysis.dataQuality) add(f.indicatorId, 'Svar saknas – se till att frågan besvaras');
  return { actionRows: actionRows(recheck.length), recheck, complementNote: c.extras.steps.complementNote };
}
