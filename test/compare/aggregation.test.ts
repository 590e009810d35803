// Län and riket values: the published row wins; otherwise rates are population-weighted and counts summed.
// Every expected number is worked out by hand from the tables below (Alfa län = 9101–9105).
import { describe, expect, it } from 'vitest';
import { aggregationRules } from '../../src/compare/aggregation.ts';
import { populationLookup } from '../../src/compare/population.ts';
import { buildSets, resolveUnit } from '../../src/compare/sets.ts';
import { setValue } from '../../src/compare/values.ts';
import type { Indicator, Value } from '../../src/model/types.ts';
import { makeDataSet, smallReference, smallUnits } from '../fixtures/small.ts';

const ref = smallReference(); // populations 2016: Berga 60 000, Dalby 12 000, Åsby 8 000, Ekeby 9 000, Forsby 7 000
const ALFA = ['9101', '9102', '9103', '9104', '9105'];
const bg = (id: string, unit: string): Indicator => ({ id, name: id, shortName: id, omrade: 'O', type: 'bakgrund', direction: 'ingen', description: '', unit, years: [2019] });
const RATE = bg('bm_daglig_verksamhet', 'per 10 000 invånare');
const INV = bg('bm_invanare', 'invånare');
const rows = (indicator: string, values: number[], codes = ALFA): Value[] => codes.map((unit, i) => ({ unit, indicator, year: 2019, value: values[i]!, raw: String(values[i]) }));

function world(values: Value[]) {
  const data = makeDataSet(smallUnits(ref), values, [RATE, INV], [2019]);
  const sets = buildSets(data, ref, resolveUnit(data, ref, '9101'), 2019, { sets: ['liknande', 'lan'] });
  const get = (id: string, ind: Indicator) => setValue(data, sets.find((s) => s.id === id)!, ind, 2019, populationLookup(data, ref));
  return { data, get };
}

const RATES = [30, 50, 40, 20, 60]; // unweighted mean 200/5 = 40

describe('län values', () => {
  it('weights a rate per 10 000 invånare by the reference population when the data has no Invånare', () => {
    // 30·60 000 + 50·12 000 + 40·8 000 + 20·9 000 + 60·7 000 = 3 320 000; / 96 000 = 34,583…
    const { get } = world(rows(RATE.id, RATES));
    expect(get('lan', RATE)).toEqual({ setId: 'lan', value: 3_320_000 / 96_000, nAnswered: 5, nMissing: 0, origin: 'beräknad-viktad', weights: 'referens' });
  });

  it("weights by the data's own Invånare for the year, and says when reference figures fill gaps", () => {
    // Invånare 2019 for Berga 64 000 and Dalby 16 000 only: 30·64 000 + 50·16 000 + 320 000 + 180 000 + 420 000
    // = 3 640 000; / (64 000 + 16 000 + 8 000 + 9 000 + 7 000 = 104 000) = 35.
    const mixed = world([...rows(RATE.id, RATES), ...rows(INV.id, [64_000, 16_000], ['9101', '9102'])]);
    expect(mixed.get('lan', RATE)).toMatchObject({ value: 35, origin: 'beräknad-viktad', weights: 'blandad' });
    const all = world([...rows(RATE.id, RATES), ...rows(INV.id, [64_000, 16_000, 8_000, 9_000, 7_000])]);
    expect(all.get('lan', RATE)).toMatchObject({ value: 35, origin: 'beräknad-viktad', weights: 'underlag' });
  });

  it('sums a count (Invånare); kommuner without a value are counted as missing', () => {
    const all = world(rows(INV.id, [64_000, 16_000, 8_000, 9_000, 7_000]));
    expect(all.get('lan', INV)).toEqual({ setId: 'lan', value: 104_000, nAnswered: 5, nMissing: 0, origin: 'beräknad-summa' });
    const two = world(rows(INV.id, [64_000, 16_000], ['9101', '9102']));
    expect(two.get('lan', INV)).toMatchObject({ value: 80_000, nAnswered: 2, nMissing: 3, origin: 'beräknad-summa' });
  });

  it('uses the published län row even when every member has a value', () => {
    const { get } = world([...rows(RATE.id, RATES), { unit: '91', indicator: RATE.id, year: 2019, value: 33.3, raw: '33,3' }]);
    expect(get('lan', RATE)).toEqual({ setId: 'lan', value: 33.3, nAnswered: 5, nMissing: 0, origin: 'publicerad' });
  });

  it('computes when the published row is missing ("..")', () => {
    const { get } = world([...rows(RATE.id, RATES), { unit: '91', indicator: RATE.id, year: 2019, value: null, raw: '..', missing: 'saknas' }]);
    expect(get('lan', RATE)).toMatchObject({ value: 3_320_000 / 96_000, origin: 'beräknad-viktad' });
  });

  it('keeps the unweighted mean for liknande kommuner', () => {
    // Berga's liknande: Dalby 50, Gullby 10, Hamra 70, Ängby 20, Ödeby 40 → 190/5 = 38, whatever their size.
    const { get } = world(rows(RATE.id, [30, 50, 40, 20, 60, 10, 70, 20, 40, 90], ['9101', '9102', '9103', '9104', '9105', '9201', '9202', '9203', '9204', '9205']));
    expect(get('liknande', RATE)).toEqual({ setId: 'liknande', value: 38, nAnswered: 5, nMissing: 0, origin: 'beräknad-medel' });
  });

  it('states the rules for Bilaga 2', () => {
    const text = aggregationRules().join(' ');
    for (const s of ['publicerade värde', 'vägt med kommunernas invånarantal', 'summan', 'ovägt medelvärde', 'andelen kommuner som svarat Ja']) expect(text).toContain(s);
  });
});
