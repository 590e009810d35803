// Site entries for the units and counties a run writes (the commands know names and file names; the site does not).
import type { UnitAnalysis } from '../model/analysis.ts';
import type { Unit } from '../model/types.ts';
import type { Lan } from '../reference/types.ts';
import { unitCounts, type SiteEntry } from './site.ts';

export interface EntryContext {
  nameOf: (code: string) => string;
  lan: (code: string) => Lan | undefined;
  isExample: boolean;
}

/** A kommun or stadsdel; `analysis` adds the counts the index shows. */
export function unitEntry(ctx: EntryContext, unit: Unit, lanCode: string, base: string, analysis?: UnitAnalysis): SiteEntry {
  const parent = unit.kind === 'stadsdel' && unit.parentCode ? unit.parentCode : undefined;
  const entry: SiteEntry = {
    kind: unit.kind === 'stadsdel' ? 'stadsdel' : 'kommun',
    code: unit.code,
    name: parent ? `${ctx.nameOf(parent)}: ${unit.name}` : unit.name,
    lanCode,
    lanName: ctx.lan(lanCode)?.name ?? lanCode,
    base,
    order: parent ? `${parent} ${unit.name}` : unit.code,
    isExample: analysis?.isExample ?? ctx.isExample,
  };
  if (analysis) entry.counts = unitCounts(analysis);
  return entry;
}

export function lanEntry(ctx: EntryContext, lan: Lan, base: string): SiteEntry {
  return { kind: 'lan', code: lan.code, name: lan.name, lanCode: lan.code, lanName: lan.name, base, order: '', isExample: ctx.isExample };
}
