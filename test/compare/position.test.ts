import { describe, expect, it } from 'vitest';
import { computeDistribution, computePosition } from '../../src/compare/position.ts';
import type { Value } from '../../src/model/types.ts';
import { INDICATORS, K, makeDataSet, smallData, smallReference, smallUnits } from '../fixtures/small.ts';

const ref = smallReference();
const data = smallData();
const anX = INDICATORS.find((i) => i.id === 'an_x')!;

describe('position among kommuner', () => {
  it('ranks an_x 2019 among the nine kommuner that answered (Karby is missing)', () => {
    // 90 Gullby, 80 Ekeby, 75 Ödeby, 70 Dalby, 65 Forsby, 60 Hamra, 55 Åsby, 50 Ängby, 40 Berga.
    // quartile = floor(4 × better / 9) + 1.
    const expected: Record<string, [number, number]> = {
      '9201': [1, 1],
      '9104': [2, 1],
      '9204': [3, 1],
      '9102': [4, 2],
      '9105': [5, 2],
      '9202': [6, 3],
      '9103': [7, 3],
      '9203': [8, 4],
      '9101': [9, 4],
    };
    for (const [code, [rank, quartile]] of Object.entries(expected)) {
      expect(computePosition(data, ref, anX, code, 2019)).toEqual({ rank, tied: 1, of: 9, quartile });
    }
    expect(computePosition(data, ref, anX, '9205', 2019)).toBeUndefined();
  });

  it('respects the direction: lower is better', () => {
    const down = { ...anX, direction: 'ned' as const };
    expect(computePosition(data, ref, down, '9101', 2019)).toEqual({ rank: 1, tied: 1, of: 9, quartile: 1 });
    expect(computePosition(data, ref, down, '9201', 2019)).toEqual({ rank: 9, tied: 1, of: 9, quartile: 4 });
  });

  it('gives tied values the same, better rank', () => {
    const vals = [50, 50, 50, 50, 40, 40, 30, 30, 20, 10];
    const values: Value[] = K.map((unit, i) => ({ unit, indicator: 'an_x', year: 2019, value: vals[i]!, raw: String(vals[i]) }));
    const d = makeDataSet(smallUnits(), values);
    expect(computePosition(d, ref, anX, '9104', 2019)).toEqual({ rank: 1, tied: 4, of: 10, quartile: 1 });
    // Four are better: floor(16/10) + 1 = 2.
    expect(computePosition(d, ref, anX, '9201', 2019)).toEqual({ rank: 5, tied: 2, of: 10, quartile: 2 });
    // Eight are better: floor(32/10) + 1 = 4.
    expect(computePosition(d, ref, anX, '9205', 2019)).toEqual({ rank: 10, tied: 1, of: 10, quartile: 4 });
  });

  it('places a stadsdel in a quartile of the kommuner without counting it as one of them', () => {
    const values = [...data.values.values(), { unit: '9202-norr', indicator: 'an_x', year: 2019, value: 85, raw: '85' }];
    const d = makeDataSet(smallUnits(), values);
    expect(computePosition(d, ref, anX, '9202-norr', 2019)).toEqual({ rank: 2, tied: 0, of: 9, quartile: 1, stadsdel: true });
  });

  it('has no position for ja/nej, bakgrund or an andel without direction', () => {
    for (const id of ['jn_a', 'bg_y']) expect(computePosition(data, ref, INDICATORS.find((i) => i.id === id)!, '9101', 2019)).toBeUndefined();
    expect(computePosition(data, ref, { ...anX, direction: 'ingen' }, '9101', 2019)).toBeUndefined();
  });

  it('gives the distribution with interpolated quartile limits', () => {
    const d = computeDistribution(data, ref, anX, '9101', 2019)!;
    expect(d.values.map((v) => v.value)).toEqual([40, 50, 55, 60, 65, 70, 75, 80, 90]);
    expect(d.values[0]).toEqual({ code: '9101', value: 40 });
    expect([d.q1, d.median, d.q3]).toEqual([55, 65, 75]);
  });
});
