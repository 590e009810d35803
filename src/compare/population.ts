// A kommun's population for a year: the data's own Invånare when it has one, else the reference figure.
import type { Population } from '../model/analysis.ts';
import type { DataSet } from '../model/types.ts';
import { getValue } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';

/** The catalogue id of the bakgrundsmått "Invånare". */
export const INVANARE_ID = 'bm_invanare';

export type { Population };

export type PopulationLookup = (code: string, year: number) => Population | undefined;

const lookups = new WeakMap<DataSet, WeakMap<Reference, PopulationLookup>>();

/** One lookup per data set and reference, so values computed with it can be shared across a batch's reports. */
export function populationLookup(data: DataSet, ref: Reference): PopulationLookup {
  let byRef = lookups.get(data);
  if (!byRef) lookups.set(data, (byRef = new WeakMap()));
  let lookup = byRef.get(ref);
  if (!lookup) byRef.set(ref, (lookup = newLookup(data, ref)));
  return lookup;
}

function newLookup(data: DataSet, ref: Reference): PopulationLookup {
  return (code, year) => {
    const v = getValue(data, year, INVANARE_ID, code)?.value;
    if (v !== null && v !== undefined) return { value: v, source: 'underlag', year };
    const k = ref.kommuner.get(code);
    if (!k) return undefined;
    const date = k.populationDate;
    const refYear = date ? Number(date.slice(0, 4)) : NaN;
    return { value: k.population, source: 'referens', year: Number.isFinite(refYear) ? refYear : 0, ...(date ? { date } : {}) };
  };
}
