import { describe, expect, it } from 'vitest';
import { nationalContext } from '../../src/compose/national.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { INDICATORS, K, plain, smallData } from '../fixtures/small.ts';

describe('national context for Bilaga 1', () => {
  const analysis = { year: 2019, indicators: INDICATORS.map((indicator) => ({ indicator })) } as unknown as UnitAnalysis;
  const lines = nationalContext(analysis, smallData(), [...K]);

  it('counts the kommuner answering Ja this year and gives last year’s share (stadsdelar and the published riket row left out)', () => {
    // jn_a 2019: N J J N J J J N J (no answer) → 6 of 9; 2018: 7 of 10.
    expect(plain(lines['jn_a']!)).toBe('I riket svarar 6 av 9 kommuner Ja 2019 (66,7 %); 2018 var det 70 %.');
  });

  it('has no line for a bakgrundsmått or an indicator not measured this year', () => {
    expect(lines['bg_y']).toBeUndefined();
    expect(lines['jn_c']).toBeUndefined();
  });

  it('computes the figures once per data set but never mixes up years or lists of kommuner', () => {
    const data = smallData();
    const all = nationalContext(analysis, data, [...K]);
    expect(nationalContext(analysis, data, [...K])).toEqual(all);
    expect(plain(nationalContext(analysis, data, K.slice(0, 3))['jn_a']!)).not.toBe(plain(all['jn_a']!));
    expect(plain(nationalContext({ ...analysis, year: 2018 }, data, [...K])['jn_a']!)).toMatch(/ Ja 2018 \(70 %\)/);
  });
});
