// The county (län) analysis: the county against riket per indicator, where most of its kommuner lag
// (shared development areas), each kommun's top areas, and who does well where others lag.
import { svCollator } from '../sv/format.ts';
import type { SetValue } from '../model/analysis.ts';
import type { Indicator } from '../model/types.ts';
import type { Lan } from '../reference/types.ts';
import type { UnitFlagRow, UnitSummary } from './summary.ts';

export interface LanIndicator {
  indicator: Indicator;
  lan?: SetValue;
  riket?: SetValue;
  /** County minus riket (percentage points), when both exist. */
  diff: number | null;
  /** The county against riket: a difference of at least the change threshold, in the better or worse direction. */
  verdict: RiketVerdict | null;
  /** Kommuner (not stadsdelar) by status this year. */
  counts: { bra: number; mellan: number; svag: number; saknas: number; answered: number; total: number };
  /** Codes of kommuner that lag (status svag) and that do well (status bra), sorted by name. */
  lagging: string[];
  leading: string[];
}

export type RiketVerdict = 'bättre' | 'som riket' | 'sämre';

export interface LanAnalysis {
  lan: Lan;
  year: number;
  isExample: boolean;
  /** Kommuner and stadsdelar of the county, sorted by name (stadsdelar after their city). */
  units: UnitSummary[];
  /** Kommuner only: the county's statistics never count a city twice. */
  kommuner: UnitSummary[];
  /** ja/nej and andel indicators measured this year, in catalogue order. */
  indicators: LanIndicator[];
  /** The change threshold (percentage points) that separates better and worse from "som riket". */
  changePoints: number;
  /** Länsgemensamma utvecklingsområden: at least half of the kommuner that answered lag, most shared first. */
  shared: LanIndicator[];
  /** Each kommun's (and stadsdel's) top development areas. */
  unitTop: { unit: UnitSummary; areas: UnitFlagRow[] }[];
  /** Indicators where some lag and others do well: who to learn from. */
  learn: LanIndicator[];
  nameOf: (code: string) => string;
}

/** Share of the answering kommuner that must lag for a länsgemensamt utvecklingsområde. */
export const SHARED_MIN_SHARE = 0.5;
const TOP_PER_UNIT = 3;

/** Unrounded, so a 4,96 pp difference is never "5 procentenheter" worse. */
export function riketVerdict(diff: number | null, direction: Indicator['direction'], changePoints: number): RiketVerdict | null {
  if (diff === null || direction === 'ingen') return null;
  const better = direction === 'ned' ? -diff : diff;
  return better >= changePoints ? 'bättre' : better <= -changePoints ? 'sämre' : 'som riket';
}

export function analyzeLan(lan: Lan, year: number, units: UnitSummary[], indicators: Indicator[], nameOf: (code: string) => string, changePoints: number): LanAnalysis {
  const byName = (a: UnitSummary, b: UnitSummary) => {
    const ka = a.unit.parentCode ? `${nameOf(a.unit.parentCode)} ${a.unit.name}` : a.unit.name;
    const kb = b.unit.parentCode ? `${nameOf(b.unit.parentCode)} ${b.unit.name}` : b.unit.name;
    return svCollator.compare(ka, kb);
  };
  const sorted = [...units].sort(byName);
  const kommuner = sorted.filter((u) => u.unit.kind === 'kommun');
  const rows: LanIndicator[] = [];
  for (const ind of indicators) {
    if (ind.type === 'bakgrund' || !ind.years.includes(year)) continue;
    const counts = { bra: 0, mellan: 0, svag: 0, saknas: 0, answered: 0, total: kommuner.length };
    const lagging: string[] = [];
    const leading: string[] = [];
    let lanValue: SetValue | undefined;
    let riketValue: SetValue | undefined;
    for (const k of kommuner) {
      lanValue ??= k.lan.get(ind.id);
      riketValue ??= k.riket.get(ind.id);
      const c = k.cells.get(ind.id);
      if (!c || c.status === 'saknas' || c.status === 'ingen') {
        counts.saknas++;
        continue;
      }
      counts.answered++;
      counts[c.status]++;
      if (c.status === 'svag') lagging.push(k.unit.code);
      if (c.status === 'bra') leading.push(k.unit.code);
    }
    const diff = lanValue?.value != null && riketValue?.value != null ? lanValue.value - riketValue.value : null;
    const row: LanIndicator = { indicator: ind, diff, verdict: riketVerdict(diff, ind.direction, changePoints), counts, lagging, leading };
    if (lanValue) row.lan = lanValue;
    if (riketValue) row.riket = riketValue;
    rows.push(row);
  }
  const lagShare = (r: LanIndicator) => (r.counts.answered ? r.counts.svag / r.counts.answered : 0);
  const shared = rows
    .filter((r) => r.counts.answered > 0 && lagShare(r) >= SHARED_MIN_SHARE)
    .sort((a, b) => lagShare(b) - lagShare(a) || b.counts.svag - a.counts.svag || a.indicator.id.localeCompare(b.indicator.id));
  const learn = rows
    .filter((r) => r.lagging.length > 0 && r.leading.length > 0)
    .sort((a, b) => b.lagging.length - a.lagging.length || a.indicator.id.localeCompare(b.indicator.id));
  const unitTop = sorted.map((u) => ({ unit: u, areas: u.developmentAreas.filter((f) => f.kind !== 'gemensamt').slice(0, TOP_PER_UNIT) }));
  return { lan, year, isExample: units.some((u) => u.isExample), units: sorted, kommuner, indicators: rows, changePoints, shared, unitTop, learn, nameOf };
}
