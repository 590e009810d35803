// getValue reads through a column index built once per value map; it must answer exactly as the map does.
import { describe, expect, it } from 'vitest';
import { column, getValue, valueKey, type Value } from '../../src/model/types.ts';
import { hasColumn } from '../../src/compare/values.ts';
import { K, smallData } from '../fixtures/small.ts';

describe('column index of a data set', () => {
  it('answers every stored value, and nothing else, as the value map does', () => {
    const data = smallData();
    for (const [key, v] of data.values) expect(getValue(data, v.year, v.indicator, v.unit)).toBe(data.values.get(key));
    const ind = [...data.indicators.keys()][0]!;
    for (const year of [2016, ...data.years]) {
      for (const unit of [...K, '0000']) expect(getValue(data, year, ind, unit)).toBe(data.values.get(valueKey(year, ind, unit)));
    }
    expect(getValue(data, 2019, 'ingen-sådan', K[0])).toBeUndefined();
    expect(column(data, 2016, ind)).toBeUndefined();
    expect(hasColumn(data, ind, 2019)).toBe(true);
    expect(hasColumn(data, ind, 2016)).toBe(false);
  });

  it('sees values added to the map after it was first read', () => {
    const data = smallData();
    const ind = [...data.indicators.keys()][0]!;
    expect(getValue(data, 2016, ind, K[0])).toBeUndefined();
    const v: Value = { unit: K[0], indicator: ind, year: 2016, value: 42, raw: '42' };
    data.values.set(valueKey(2016, ind, K[0]), v);
    expect(getValue(data, 2016, ind, K[0])).toBe(v);
    expect(hasColumn(data, ind, 2016)).toBe(true);
  });
});
