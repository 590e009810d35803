import { describe, expect, it } from 'vitest';
import { computeTrend, seriesBreaks } from '../../src/compare/trend.ts';
import type { Indicator, Value } from '../../src/model/types.ts';
import { INDICATORS, makeDataSet, smallData, smallUnits } from '../fixtures/small.ts';

const data = smallData();
const ind = (id: string) => INDICATORS.find((i) => i.id === id)!;

describe('trend', () => {
  it('ja/nej Ja → Nej: change −1 since last year and since 2017, a run of one Nej', () => {
    const t = computeTrend(data, ind('jn_a'), '9101', 2019);
    expect(t.points).toEqual([
      { year: 2017, value: 1, raw: 'Ja', exists: true },
      { year: 2018, value: 1, raw: 'Ja', exists: true },
      { year: 2019, value: 0, raw: 'Nej', exists: true },
    ]);
    expect(t).toMatchObject({ changeLastYear: -1, changeSinceFirst: -1, firstYear: 2017, sameAnswerRun: 1, breaks: [] });
  });

  it('counts the run of equal answers', () => {
    expect(computeTrend(data, ind('jn_b'), '9101', 2019)).toMatchObject({ changeLastYear: 0, changeSinceFirst: 0, sameAnswerRun: 3 });
    expect(computeTrend(data, ind('jn_b'), '9201', 2019)).toMatchObject({ changeLastYear: 0, changeSinceFirst: 1, sameAnswerRun: 2 });
  });

  it('andel: changes in percentage points', () => {
    expect(computeTrend(data, ind('an_x'), '9101', 2019)).toMatchObject({ changeLastYear: -5, changeSinceFirst: -30, firstYear: 2017, sameAnswerRun: 0 });
    expect(computeTrend(data, ind('an_x'), '9201', 2019)).toMatchObject({ changeLastYear: 5, changeSinceFirst: 10 });
  });

  it('stops at the analysis year', () => {
    const t = computeTrend(data, ind('an_x'), '9101', 2018);
    expect(t.points.map((p) => p.year)).toEqual([2017, 2018]);
    expect(t.changeLastYear).toBe(-25);
  });

  it('a new indicator: not there in 2017, change measured from 2018', () => {
    const t = computeTrend(data, ind('jn_new'), '9201', 2019);
    expect(t.points[0]).toEqual({ year: 2017, value: null, raw: '', exists: false });
    expect(t).toMatchObject({ changeLastYear: -1, changeSinceFirst: -1, firstYear: 2018, breaks: ['Ny indikator 2018'] });
  });

  it('a missing answer this year gives no change and keeps the raw text', () => {
    const t = computeTrend(data, ind('jn_new'), '9101', 2019);
    expect(t.points[2]).toEqual({ year: 2019, value: null, raw: 'Ej svar', missing: 'ej_svar', exists: true });
    expect(t).toMatchObject({ changeLastYear: null, changeSinceFirst: null, sameAnswerRun: 0 });
  });

  it('an indicator that ended: no value this year, break noted', () => {
    const t = computeTrend(data, ind('jn_c'), '9101', 2019);
    expect(t.points[2]!.exists).toBe(false);
    expect(t).toMatchObject({ changeLastYear: null, changeSinceFirst: null, breaks: ['Redovisas inte efter 2018'] });
  });

  it('never bridges a gap: no change across a year the indicator was not measured', () => {
    const gap: Indicator = { ...ind('jn_a'), id: 'gap', years: [2017, 2019] };
    const values: Value[] = [
      { unit: '9101', indicator: 'gap', year: 2017, value: 1, raw: 'Ja' },
      { unit: '9101', indicator: 'gap', year: 2019, value: 0, raw: 'Nej' },
    ];
    const t = computeTrend(makeDataSet(smallUnits(), values, [gap]), gap, '9101', 2019);
    expect(t).toMatchObject({ changeLastYear: null, changeSinceFirst: null, sameAnswerRun: 1, breaks: ['Redovisas inte 2018'] });
    expect(t.firstYear).toBeUndefined();
  });

  it('a catalogue year without a column in the data is not bridged either', () => {
    const values: Value[] = [
      { unit: '9101', indicator: 'an_x', year: 2017, value: 50, raw: '50' },
      { unit: '9101', indicator: 'an_x', year: 2019, value: 60, raw: '60' },
    ];
    const t = computeTrend(makeDataSet(smallUnits(), values), ind('an_x'), '9101', 2019);
    expect(t.points[1]!.exists).toBe(false);
    expect(t).toMatchObject({ changeLastYear: null, changeSinceFirst: null, breaks: ['Saknas i underlaget 2018'] });
  });

  it('bridges a missing answer inside an unbroken series for the change since the first year', () => {
    const values: Value[] = [
      { unit: '9101', indicator: 'an_x', year: 2017, value: 50, raw: '50' },
      { unit: '9101', indicator: 'an_x', year: 2018, value: null, raw: '..', missing: 'saknas' },
      { unit: '9101', indicator: 'an_x', year: 2019, value: 60, raw: '60' },
    ];
    const t = computeTrend(makeDataSet(smallUnits(), values), ind('an_x'), '9101', 2019);
    expect(t).toMatchObject({ changeLastYear: null, changeSinceFirst: 10, firstYear: 2017 });
  });

  it('writes series-break notes in Swedish', () => {
    const i = { ...ind('jn_a'), years: [2018, 2019] };
    const p = (year: number, exists: boolean) => ({ year, value: null, raw: '', exists });
    expect(seriesBreaks(i, [p(2016, false), p(2017, false), p(2018, true), p(2019, true)])).toEqual(['Ny indikator 2018']);
    expect(seriesBreaks({ ...i, years: [2016, 2017] }, [p(2016, true), p(2017, true), p(2018, false), p(2019, false)])).toEqual(['Redovisas inte efter 2017']);
    expect(seriesBreaks({ ...i, years: [2016, 2017, 2018, 2019] }, [p(2016, true), p(2017, false), p(2018, false), p(2019, true)])).toEqual(['Saknas i underlaget 2017–2018']);
  });
});
