// A slim per-unit record of an analysis: what the county report and the workbooks need, small enough to
// keep for every unit of the country while the batch runs (the full UnitAnalysis is dropped after compose).
import type { FlagKind, SetValue, Status, UnitAnalysis } from '../model/analysis.ts';
import type { MissingReason, Unit } from '../model/types.ts';
import { RULES } from '../assess/rulebook.ts';

export interface UnitCell {
  value: number | null;
  raw: string;
  status: Status;
  missing?: MissingReason;
}

export interface UnitFlagRow {
  indicatorId: string;
  kind: FlagKind;
  reason: string;
  /** "Hög", "Medel", "Låg" for local areas (as in the kommun report); "" for gemensamt. */
  priority: string;
  /** 1-based rank among the unit's development areas. */
  rank: number;
}

export interface UnitSummary {
  unit: Unit;
  year: number;
  isExample: boolean;
  /** Indicator id → the unit's value and status this year (indicators measured this year only). */
  cells: Map<string, UnitCell>;
  developmentAreas: UnitFlagRow[];
  strengths: { indicatorId: string; reason: string }[];
  /** The county's and riket's values per indicator as the unit's analysis computed them. */
  lan: Map<string, SetValue>;
  riket: Map<string, SetValue>;
}

export function summarise(a: UnitAnalysis): UnitSummary {
  const cells = new Map<string, UnitCell>();
  const lan = new Map<string, SetValue>();
  const riket = new Map<string, SetValue>();
  for (const r of a.indicators) {
    if (!r.indicator.years.includes(a.year)) continue;
    const c: UnitCell = { value: r.value, raw: r.raw, status: r.status };
    if (r.missing) c.missing = r.missing;
    cells.set(r.indicator.id, c);
    const l = r.sets.find((s) => s.setId === 'lan');
    const k = r.sets.find((s) => s.setId === 'riket');
    if (l) lan.set(r.indicator.id, l);
    if (k) riket.set(r.indicator.id, k);
  }
  // Priorities as in the kommun report (rulebook prioritetsord on the shared place), gemensamma listed apart.
  const developmentAreas = a.developmentAreas.map((f) => {
    const isCommon = f.flag.kind === 'gemensamt';
    const row: UnitFlagRow = { indicatorId: f.indicatorId, kind: f.flag.kind, reason: f.flag.reason, priority: isCommon ? '' : RULES.prioritetsord.apply(f.place.from), rank: 0 };
    return row;
  });
  developmentAreas.forEach((r, i) => (r.rank = i + 1));
  return {
    unit: a.unit,
    year: a.year,
    isExample: a.isExample,
    cells,
    developmentAreas,
    strengths: a.strengths.map((f) => ({ indicatorId: f.indicatorId, reason: f.flag.reason })),
    lan,
    riket,
  };
}
