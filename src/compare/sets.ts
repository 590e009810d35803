// Comparison sets for one unit and year: liknande kommuner, kommungrupp, län, riket, stadsdelar, a user set.
import { ExitCode, OjError } from '../errors.ts';
import type { AnalysisOptions, ComparisonSet, SetKind } from '../model/analysis.ts';
import * as msg from '../sv/messages.ts';
import type { DataSet, Unit } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';
import { svCollator } from '../sv/format.ts';
import { DEFAULT_SETS, DEFAULT_SETS_STADSDEL, EGEN_LABEL, membersOf, SET_KEYWORDS, setKind } from './set-kinds.ts';
import { unitNamer } from '../reference/names.ts';

/** The unit to analyse: from the data, else from the reference (kommun or stadsdel). */
export function resolveUnit(data: DataSet, ref: Reference, code: string): Unit {
  const fromData = data.units.get(code);
  const k = ref.kommuner.get(code);
  const d = ref.delomraden.find((x) => x.code === code);
  const unit: Unit | undefined =
    fromData ??
    (k ? { code, name: k.name, kind: 'kommun', lanCode: k.lanCode } : undefined) ??
    (d ? { code, name: d.name, kind: 'stadsdel', parentCode: d.parentCode } : undefined);
  if (!unit) throw new OjError(msg.unitUnknown(code), ExitCode.usage);
  if (unit.kind !== 'kommun' && unit.kind !== 'stadsdel') {
    throw new OjError(msg.unitNotKommun(unit.name, unit.kind), ExitCode.usage);
  }
  if (!unit.lanCode) {
    const parent = ref.kommuner.get(unit.parentCode ?? '');
    if (parent) return { ...unit, lanCode: parent.lanCode };
  }
  return unit;
}

function egenSet(id: string, codes: string[], label: string, data: DataSet, ref: Reference, unit: Unit): ComparisonSet {
  const members = membersOf(codes, unit.code);
  const names = members.map(unitNamer(ref, data.units)).sort(svCollator.compare);
  return { id, kind: 'egen', label, description: `${label}: ${names.join(', ')}`, members };
}

/** The ids asked for, or the defaults; a stadsdel is always compared with its city's other stadsdelar first. */
function requestedIds(unit: Unit, sets: string[] | undefined): string[] {
  if (!sets) return unit.kind === 'stadsdel' ? DEFAULT_SETS_STADSDEL : DEFAULT_SETS;
  return unit.kind === 'stadsdel' && !sets.includes('stadsdelar') ? ['stadsdelar', ...sets] : sets;
}

/**
 * The comparison sets in the order asked for (default: liknande, län, riket; for a stadsdel:
 * stadsdelar, liknande, län, riket), then the user's named groups in their order. Sets that do not
 * apply (no liknande group, stadsdelar for a kommun) are left out.
 */
export function buildSets(data: DataSet, ref: Reference, unit: Unit, year: number, options: Pick<AnalysisOptions, 'sets' | 'egenLabel' | 'groups'> = {}): ComparisonSet[] {
  const ids = requestedIds(unit, options.sets);
  const egen = ids.filter((id) => !SET_KEYWORDS.includes(id));
  for (const c of egen) {
    if (!ref.kommuner.has(c) && !data.units.has(c)) {
      throw new OjError(msg.unknownSetOrCode(c), ExitCode.usage, msg.unknownSetOrCodeHint(SET_KEYWORDS));
    }
  }
  const out: ComparisonSet[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const key = egen.includes(id) ? 'egen' : id;
    if (seen.has(key)) continue;
    seen.add(key);
    const set = key === 'egen' ? egenSet('egen', egen, options.egenLabel ?? EGEN_LABEL, data, ref, unit) : setKind(key as SetKind).build!({ data, ref, unit, year });
    // A user set of only the unit itself is empty (possible in lan/alla, where one list serves every unit).
    if (set && !(key === 'egen' && set.members.length === 0)) out.push(set);
  }
  for (const g of options.groups ?? []) {
    const unknown = g.members.filter((c) => !ref.kommuner.has(c) && !data.units.has(c));
    if (unknown.length) throw new OjError(msg.groupUnknownCodes(g.name, unknown), ExitCode.usage);
    const id = `egen:${g.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(egenSet(id, g.members, g.name, data, ref, unit));
  }
  return out;
}
