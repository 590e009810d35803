// Comparison sets for one unit and year: liknande kommuner, kommungrupp, län, riket, stadsdelar, a user set.
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { AnalysisOptions, ComparisonSet } from '../model/analysis.ts';
import type { DataSet, Unit } from '../model/types.ts';
import { delomradenFor, kommungruppFor, liknandeFor } from '../reference/load.ts';
import type { Kommun, Reference } from '../reference/types.ts';
import { svCollator } from '../sv/format.ts';
import { EGEN_LABEL } from '../sv/grammar.ts';
import { unitNamer } from '../reference/names.ts';

export const SET_IDS = ['liknande', 'kommungrupp', 'lan', 'riket', 'stadsdelar'] as const;
/** Kommungrupp is left out unless asked for (--jamforelse kommungrupp): liknande kommuner say more. */
export const DEFAULT_SETS = ['liknande', 'lan', 'riket'];
export const DEFAULT_SETS_STADSDEL = ['stadsdelar', 'liknande', 'lan', 'riket'];

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

/** The kommun whose reference data applies: the unit itself, or a stadsdel's city. */
export function homeKommun(ref: Reference, unit: Unit): Kommun | undefined {
  return ref.kommuner.get(unit.kind === 'stadsdel' ? (unit.parentCode ?? '') : unit.code);
}

/** Code of the riket row in the data ("00" unless the data names another). */
export function riketCode(data: DataSet): string {
  for (const u of data.units.values()) if (u.kind === 'riket') return u.code;
  return '00';
}

function membersOf(codes: Iterable<string>, self: string): string[] {
  return [...new Set(codes)].filter((c) => c !== self).sort();
}

// Sorted here, not by the reference's order: members are sorted whatever the source.
function allKommuner(ref: Reference, pred: (k: Kommun) => boolean): string[] {
  return [...ref.kommuner.values()].filter(pred).map((k) => k.code).sort();
}

function stadsdelar(data: DataSet, ref: Reference, unit: Unit, year: number): ComparisonSet | undefined {
  if (unit.kind !== 'stadsdel' || !unit.parentCode) return undefined;
  const valid = delomradenFor(ref, year).filter((d) => d.parentCode === unit.parentCode);
  let codes = valid.map((d) => d.code);
  // Units named differently from the reference: fall back to the stadsdelar present in the data.
  if (!codes.includes(unit.code)) {
    codes = [...data.units.values()].filter((u) => u.kind === 'stadsdel' && u.parentCode === unit.parentCode).map((u) => u.code);
  }
  const city = ref.kommuner.get(unit.parentCode)?.name ?? unit.parentCode;
  const word = { socialförvaltning: 'Socialförvaltningar', stadsdelsnämnd: 'Stadsdelsnämnder', stadsdelsområde: 'Stadsdelsområden' }[valid[0]?.kind ?? 'stadsdelsområde'];
  const label = `${word} i ${city}`;
  return { id: 'stadsdelar', kind: 'stadsdelar', label, description: `Övriga ${word.toLowerCase()} i ${city} ${year}`, members: membersOf(codes, unit.code) };
}

// Län, kommungrupp and riket are totals that include the kommun itself, as Socialstyrelsen's and Kolada's
// figures do; liknande kommuner and stadsdelar are the others.
function buildOne(id: string, data: DataSet, ref: Reference, unit: Unit, year: number): ComparisonSet | undefined {
  const home = homeKommun(ref, unit);
  switch (id) {
    case 'liknande': {
      const g = home ? liknandeFor(ref, home.code, year) : undefined;
      if (!g) return undefined;
      const description = g.title.includes(String(g.year)) ? `${g.title} (Kolada)` : `${g.title}, ${g.year} (Kolada)`;
      return { id, kind: 'liknande', label: 'Liknande kommuner LSS', description, members: membersOf(g.members, unit.code) };
    }
    case 'kommungrupp': {
      if (!home) return undefined;
      const { code, edition } = kommungruppFor(home, year);
      const name = ref.kommungrupper.get(code)?.name ?? '';
      const members = allKommuner(ref, (k) => kommungruppFor(k, year).code === code);
      const label = `Kommungrupp ${code} ${name}`.trim();
      return { id, kind: 'kommungrupp', label, description: `SKR:s kommungrupp ${code} ${name}, indelning ${edition}`, members };
    }
    case 'lan': {
      const lanCode = unit.lanCode ?? home?.lanCode;
      if (!lanCode) return undefined;
      const name = ref.lan.get(lanCode)?.name ?? home?.lanName ?? `Län ${lanCode}`;
      const members = allKommuner(ref, (k) => k.lanCode === lanCode);
      return { id, kind: 'lan', label: name, description: `Kommunerna i ${name}`, members, publishedCode: lanCode };
    }
    case 'riket':
      return { id, kind: 'riket', label: 'Riket', description: 'Alla kommuner i riket', members: allKommuner(ref, () => true), publishedCode: riketCode(data) };
    case 'stadsdelar':
      return stadsdelar(data, ref, unit, year);
    default:
      return undefined;
  }
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
  const egen = ids.filter((id) => !(SET_IDS as readonly string[]).includes(id));
  for (const c of egen) {
    if (!ref.kommuner.has(c) && !data.units.has(c)) {
      throw new OjError(msg.unknownSetOrCode(c), ExitCode.usage, msg.unknownSetOrCodeHint(SET_IDS));
    }
  }
  const out: ComparisonSet[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const key = egen.includes(id) ? 'egen' : id;
    if (seen.has(key)) continue;
    seen.add(key);
    const set = key === 'egen' ? egenSet('egen', egen, options.egenLabel ?? EGEN_LABEL, data, ref, unit) : buildOne(key, data, ref, unit, year);
    if (set) out.push(set);
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
