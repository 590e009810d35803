// The table of comparison-set kinds: every kind in it, and the nouns read from the set's fields, not its label.
import { describe, expect, it } from 'vitest';
import { jaShare, setNoun } from '../../src/sv/grammar.ts';
import { SET_KEYWORDS, SET_KINDS, setNouns } from '../../src/compare/set-kinds.ts';
import { buildSets, resolveUnit } from '../../src/compare/sets.ts';
import type { ComparisonSet, SetKind, SetValue } from '../../src/model/analysis.ts';
import type { Unit } from '../../src/model/types.ts';
import { loadReference } from '../../src/reference/load.ts';
import { INDICATORS, makeDataSet, plain } from '../fixtures/small.ts';

const real = loadReference();
const units: Unit[] = [{ code: '0380', name: 'Uppsala', kind: 'kommun', lanCode: '03' }];
const data = makeDataSet(units, [], INDICATORS, [2023]);
const stadsdelar = (code: string, year: number) => buildSets(data, real, resolveUnit(data, real, code), year).find((s) => s.kind === 'stadsdelar')!;
const counted = (n: number, nJa: number): SetValue & { value: number } => ({ setId: 'stadsdelar', value: (100 * nJa) / n, nAnswered: n, nMissing: 0, nJa, origin: 'beräknad-andel' });

describe('set kinds', () => {
  it('has one entry per kind, and every kind but the user set is a --jamforelse keyword', () => {
    const kinds: SetKind[] = ['liknande', 'kommungrupp', 'lan', 'riket', 'stadsdelar', 'egen'];
    expect(SET_KINDS.map((k) => k.kind).sort()).toEqual([...kinds].sort());
    expect(SET_KEYWORDS).toEqual(['liknande', 'kommungrupp', 'lan', 'riket', 'stadsdelar']);
  });

  it('keeps a stadsdel set’s city and district kind as fields and names it from them', () => {
    const sthlm = stadsdelar('0180-bromma', 2019);
    expect(sthlm.district).toEqual({ city: 'Stockholm', kind: 'stadsdelsområde' });
    expect(sthlm.label).toBe('Stadsdelsområden i Stockholm');
    const gbg = stadsdelar('1480-socialforvaltning-nordost', 2023);
    expect(gbg.district).toEqual({ city: 'Göteborg', kind: 'socialförvaltning' });
    expect(gbg.label).toBe('Socialförvaltningar i Göteborg');
    expect(gbg.members).toHaveLength(3);
    expect(setNoun(gbg)).toBe('andra socialförvaltningar i Göteborg');
    expect(plain(jaShare(gbg, counted(3, 1)))).toBe('1 av 3 andra socialförvaltningar i Göteborg (33 %)');
    expect(jaShare(gbg, counted(3, 0))).toBe('ingen av de 3 andra socialförvaltningarna i Göteborg');
    expect(plain(jaShare(gbg, counted(1, 1)))).toBe('1 av 1 annan socialförvaltning i Göteborg (100 %)');
  });

  it('does not read the city from the label: a renamed label keeps the nouns', () => {
    const set: ComparisonSet = { ...stadsdelar('0180-bromma', 2019), label: 'Övriga delar av staden' };
    expect(setNouns(set).many).toBe('andra stadsdelsområden i Stockholm');
    expect(setNouns({ ...set, district: { city: 'Malmö', kind: 'stadsdelsnämnd' } }).one).toBe('annan stadsdelsnämnd i Malmö');
  });
});
