// One answer to "what is this unit called?" for a kommun or stadsdel code, wherever a name is printed.
import type { Reference } from './types.ts';

/**
 * Names by code: the reference list of kommuner, then the data's own units (stadsdelar and units only the data
 * knows), then the reference's stadsdelar; the code itself when nothing knows it.
 */
export function unitNamer(ref: Reference, dataUnits?: ReadonlyMap<string, { name: string }>): (code: string) => string {
  return (code) => ref.kommuner.get(code)?.name ?? dataUnits?.get(code)?.name ?? ref.delomraden.find((d) => d.code === code)?.name ?? code;
}
