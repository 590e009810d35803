// Conformance: the analysis agrees with a simple second implementation of Bilaga 2's rules (reference-rules.ts)
// on flags, changes and places for random data sets; hand-computed fixtures pin the edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeUnit } from '../../src/analyze.ts';
import { formatSetValue } from '../../src/sv/format.ts';
import type { IndicatorResult, UnitAnalysis } from '../../src/model/analysis.ts';
import type { Indicator, Value } from '../../src/model/types.ts';
import { K, makeDataSet, RULES, smallReference, smallUnits } from '../fixtures/small.ts';
import { referenceVerdict, type RefRules } from './reference-rules.ts';

const REF_RULES: RefRules = { dev: 50, shared: 25, strong: 50, weakQ: 4, bestQ: 1, clearly: 10, change: 5, minAnswers: 3 };
const YEARS = [2018, 2019];
const IND: Indicator[] = [
  { id: 'jn', name: 'JN', shortName: 'JN', omrade: 'O', type: 'janej', direction: 'upp', description: '', years: YEARS },
  { id: 'au', name: 'AU', shortName: 'AU', omrade: 'O', type: 'andel', direction: 'upp', description: '', years: YEARS, unit: '%' },
  { id: 'ad', name: 'AD', shortName: 'AD', omrade: 'O', type: 'andel', direction: 'ned', description: '', years: YEARS, unit: '%' },
];
const ref = smallReference();
// Kommuner with a liknande group (never a group of only the unit itself) and a stadsdel of Hamra.
const UNITS = ['9101', '9201', '9202', '9202-norr'];
const STADSDELAR = ['9202-norr', '9202-soder', '9202-vaster'];
const ALL = [...K, ...STADSDELAR];

/** absent row, missing answer, or a whole-number value (ja/nej by the 50 line). */
const cell = fc.oneof(
  { weight: 1, arbitrary: fc.constant<'absent' | 'missing'>('absent') },
  { weight: 1, arbitrary: fc.constant<'absent' | 'missing'>('missing') },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100 }) },
);

function values(cells: (number | 'absent' | 'missing')[]): Value[] {
  const out: Value[] = [];
  let c = 0;
  for (const year of YEARS) {
    for (const ind of IND) {
      for (const unit of ALL) {
        const x = cells[c++]!;
        if (x === 'absent') continue;
        if (x === 'missing') out.push({ unit, indicator: ind.id, year, value: null, raw: 'Ej svar', missing: 'ej_svar' });
        else if (ind.type === 'janej') out.push({ unit, indicator: ind.id, year, value: x >= 50 ? 1 : 0, raw: x >= 50 ? 'Ja' : 'Nej' });
        else out.push({ unit, indicator: ind.id, year, value: x, raw: String(x) });
      }
    }
  }
  return out;
}

const kinds = (r: IndicatorResult) => r.flags.map((f) => f.kind).sort();
const result = (a: UnitAnalysis, id: string) => a.indicators.find((r) => r.indicator.id === id)!;

describe('conformance with Bilaga 2', () => {
  it('agrees with a simple implementation of the stated rules on random data', () => {
    const world = fc.record({
      cells: fc.array(cell, { minLength: YEARS.length * IND.length * ALL.length, maxLength: YEARS.length * IND.length * ALL.length }),
      unit: fc.constantFrom(...UNITS),
      // 2 lets Hamra's two other stadsdelar count, so the stadsdel rule is exercised too.
      minAnswers: fc.constantFrom(2, 3),
    });
    fc.assert(
      fc.property(world, ({ cells, unit, minAnswers }) => {
        const data = makeDataSet(smallUnits(), values(cells), IND, YEARS);
        const a = analyzeUnit(data, ref, unit, { rules: { ...RULES, minAnswers } });
        const groups = a.sets.map((s) => ({ kind: s.kind, members: s.members }));
        for (const ind of IND) {
          const r = result(a, ind.id);
          // A stadsdel is placed in a quartile of the kommuner without being counted among them (Bilaga 2).
          const pool = [...K];
          const want = referenceVerdict(data, pool, unit, 2019, ind, groups, { ...REF_RULES, minAnswers }, (code) => ref.kommuner.get(code)?.population);
          expect(kinds(r), ind.id).toEqual([...want.flags].sort());
          expect(r.change?.direction, ind.id).toEqual(want.change);
          if (want.place) expect({ rank: r.position!.rank, tied: r.position!.tied, quartile: r.position!.quartile }).toEqual(want.place);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** One andel indicator for Berga (9101) with the given 2018 and 2019 values; the others fixed. */
function berga(own2018: number, own2019: number, others2019: number[] = [10, 20, 30, 40, 50, 60, 70, 80, 90]): UnitAnalysis {
  const v: Value[] = [];
  K.forEach((unit, i) => {
    const y19 = unit === '9101' ? own2019 : others2019[i - 1]!;
    const y18 = unit === '9101' ? own2018 : others2019[i - 1]!;
    v.push({ unit, indicator: 'au', year: 2018, value: y18, raw: String(y18) }, { unit, indicator: 'au', year: 2019, value: y19, raw: String(y19) });
  });
  return analyzeUnit(makeDataSet(smallUnits(), v, [IND[1]!], YEARS), ref, '9101', { rules: RULES });
}

describe('hand-computed edges', () => {
  it('a change of 4,9 percentage points is no change; 5,0 is', () => {
    expect(result(berga(60, 55.1), 'au').change).toMatchObject({ direction: 'oförändrat', threshold: 5 });
    expect(result(berga(60, 55.1), 'au').change!.delta).toBeCloseTo(-4.9, 9);
    expect(result(berga(60, 55), 'au').change).toMatchObject({ direction: 'sämre', delta: -5 });
    expect(result(berga(60, 65), 'au').change).toMatchObject({ direction: 'bättre', delta: 5 });
  });

  it('shares the top and the bottom place between equal values', () => {
    // Berga 100 with three others at 100: places 1–4 of 10, best quartile.
    const top = result(berga(100, 100, [100, 100, 100, 50, 40, 30, 20, 10, 0]), 'au');
    expect(top.position).toEqual({ rank: 1, tied: 4, of: 10, quartile: 1 });
    expect(top.flags.find((f) => f.kind === 'styrka')?.reason).toContain('delad plats 1–4 av 10');
    // Berga 0 with one other at 0: places 9–10, eight better → quartile 4.
    const bottom = result(berga(0, 0, [90, 80, 70, 60, 50, 40, 30, 20, 0]), 'au');
    expect(bottom.position).toEqual({ rank: 9, tied: 2, of: 10, quartile: 4 });
    expect(bottom.flags.find((f) => f.kind === 'utvecklingsomrade')?.reason).toContain('delad plats 9–10 av 10');
  });

  it('a group with 2 answering members is not used for flags and is marked (få svar)', () => {
    // Berga's liknande 2021: 9102, 9201, 9202, 9203, 9204. Only 9102 and 9201 answer (both Ja); riket 2 Ja of 4.
    const v: Value[] = [
      { unit: '9101', indicator: 'jn', year: 2019, value: 0, raw: 'Nej' },
      { unit: '9102', indicator: 'jn', year: 2019, value: 1, raw: 'Ja' },
      { unit: '9201', indicator: 'jn', year: 2019, value: 1, raw: 'Ja' },
      { unit: '9105', indicator: 'jn', year: 2019, value: 0, raw: 'Nej' },
    ];
    const a = analyzeUnit(makeDataSet(smallUnits(), v, [IND[0]!], YEARS), ref, '9101', { rules: RULES });
    const r = result(a, 'jn');
    const lik = r.sets.find((s) => s.setId === 'liknande')!;
    expect(lik).toMatchObject({ value: 100, nAnswered: 2, nJa: 2 });
    // 100 % of liknande would make it an utvecklingsområde, but 2 answers are below minsta_antal_svar_i_jamforelse (3);
    // riket (2 of 4 = 50 %) is usable and reaches 50 %.
    expect(r.flags.map((f) => f.sets)).toEqual([['riket']]);
    expect(formatSetValue(r.indicator, lik, RULES.fewAnswers)).toEqual({ value: '100\u00a0%', n: '2 av 2, få svar' });
    expect(formatSetValue(r.indicator, r.sets.find((s) => s.setId === 'riket'), RULES.fewAnswers).n).toBe('2 av 4, få svar');
  });

  it('accounts for every Nej: a Nej with no flag gets a reason in Övriga Nej-svar', () => {
    // Liknande 2 Ja of 5 (40 %), Alfa län 2 of 5 (40 %), riket 4 of 10 (40 %): not an utvecklingsområde (< 50 %),
    // not gemensamt (riket > 25 %).
    const answers = ['N', 'J', 'J', 'N', 'N', 'N', 'N', 'N', 'J', 'J'];
    const v: Value[] = K.map((unit, i) => ({ unit, indicator: 'jn', year: 2019, value: answers[i] === 'J' ? 1 : 0, raw: answers[i] === 'J' ? 'Ja' : 'Nej' }));
    const a = analyzeUnit(makeDataSet(smallUnits(), v, [IND[0]!], YEARS), ref, '9101', { rules: RULES });
    expect(a.developmentAreas).toEqual([]);
    expect(a.otherNej.map((o) => o.indicatorId)).toEqual(['jn']);
    expect(a.otherNej[0]!.reason).toMatch(/^Ingen jämförelsegrupp når 50\u00a0% Ja .*eftersom fler än 25\u00a0% i riket svarar Ja\.$/);
  });
});
