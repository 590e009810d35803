// Kolada's municipality ids: kommunkod for kommuner, "00" + länskod for regions, "0000" for riket.
import type { Unit } from '../../model/types.ts';
import type { Reference } from '../../reference/types.ts';
import { RIKET } from '../units.ts';

export const KOLADA_RIKET = '0000';

/** Every id `hamta` asks for: all kommuner, all regions (län) and riket. */
export function koladaIds(ref: Reference): string[] {
  return [...[...ref.kommuner.keys()].sort(), ...[...ref.lan.keys()].sort().map((l) => `00${l}`), KOLADA_RIKET];
}

/** Our unit for a Kolada id; undefined for ids we do not model (groups, unknown codes). */
export function unitForKoladaId(ref: Reference, id: string): Unit | undefined {
  if (id === KOLADA_RIKET) return RIKET;
  if (/^00\d{2}$/.test(id)) {
    const l = ref.lan.get(id.slice(2));
    return l ? { code: l.code, name: l.name, kind: 'lan' } : undefined;
  }
  const k = ref.kommuner.get(id);
  return k ? { code: k.code, name: k.name, kind: 'kommun', lanCode: k.lanCode } : undefined;
}
