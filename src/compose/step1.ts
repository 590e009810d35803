// Step 1 "Sammanställ": every indicator but the background ones, område by område, and the overview
// "Alla indikatorer i korthet" made from the same rows.
import type { Status } from '../model/analysis.ts';
import { formatNumber } from '../sv/format.ts';
import { slugId } from './frame.ts';
import type { OmradeSection, ReportModel } from './report-model.ts';
import type { SectionContext } from './section-context.ts';
import { trendEntries } from './texts.ts';
import { plural } from '../sv/grammar.ts';
import { unbroken } from './wrap.ts';

/** The områden in catalogue order, each with its figures, rows and a one-line count of statuses. */
export function buildOmraden(c: SectionContext): OmradeSection[] {
  const omraden: OmradeSection[] = [];
  for (const r of c.analysis.indicators) {
    if (r.indicator.type === 'bakgrund') continue;
    let sec = omraden.find((o) => o.name === r.indicator.omrade);
    if (!sec) {
      const figures = (c.extras.figures?.omrade?.[r.indicator.omrade] ?? []).map((f) => ({ ...f }));
      sec = { id: slugId('omrade', r.indicator.omrade), name: r.indicator.omrade, figures, rows: [], summary: '' };
      omraden.push(sec);
    }
    sec.rows.push({
      id: r.indicator.id,
      name: r.indicator.shortName,
      split: r.indicator.split ?? '',
      status: c.statusCell(r),
      sets: c.setCells(r),
      trend: trendEntries(r),
      text: unbroken(c.texts.get(r.indicator.id)!),
    });
  }
  for (const sec of omraden) sec.summary = omradeSummary(c, sec);
  return omraden;
}

/** "5 indikatorer: 2 bra, 1 mellan, 2 svaga." and how many are not in the year's ÖJ. */
function omradeSummary(c: SectionContext, sec: OmradeSection): string {
  const counts = { bra: 0, mellan: 0, svag: 0, saknas: 0, ingen: 0 } as Record<Status, number>;
  const absent = sec.rows.filter((row) => !c.inYear(c.byId.get(row.id)!)).length;
  for (const row of sec.rows) if (c.inYear(c.byId.get(row.id)!)) counts[row.status.key]++;
  const parts = [
    counts.bra ? `${formatNumber(counts.bra)} bra` : '',
    counts.mellan ? `${formatNumber(counts.mellan)} mellan` : '',
    counts.svag ? `${formatNumber(counts.svag)} svag${counts.svag === 1 ? '' : 'a'}` : '',
    counts.saknas ? `${formatNumber(counts.saknas)} saknas` : '',
  ].filter(Boolean);
  const tail = absent ? ` ${plural(absent, 'indikator', 'indikatorer')} ingår inte i ÖJ ${c.year}.` : '';
  return `${plural(sec.rows.length - absent, 'indikator', 'indikatorer')}${parts.length ? `: ${parts.join(', ')}` : ''}.${tail}`;
}

export function buildStep1(c: SectionContext, omraden: OmradeSection[]): ReportModel['step1'] {
  return { overview: (c.extras.figures?.overview ?? []).map((f) => ({ ...f })), omraden };
}

/** "Alla indikatorer i korthet": step 1's rows with their status only. */
export function buildGlance(omraden: OmradeSection[]): ReportModel['glance'] {
  return omraden.map((o) => ({ id: `korthet-${o.id}`, name: o.name, rows: o.rows.map((r) => ({ name: r.name, split: r.split, status: r.status })) }));
}
