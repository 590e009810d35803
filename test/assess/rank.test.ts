import { describe, expect, it } from 'vitest';
import { rankDataQuality, rankDevelopment, rankStrengths } from '../../src/assess/rank.ts';
import type { Flag, IndicatorResult } from '../../src/model/analysis.ts';
import { INDICATORS } from '../fixtures/small.ts';

function result(id: string, flags: Partial<Flag>[]): IndicatorResult {
  return {
    indicator: { ...INDICATORS[0]!, id },
    value: 0,
    raw: 'Nej',
    status: 'svag',
    sets: [],
    trend: { points: [], changeLastYear: null, changeSinceFirst: null, sameAnswerRun: 0, breaks: [] },
    flags: flags.map((f) => ({ kind: 'utvecklingsomrade', reason: '', score: 0, sets: [], ...f })),
    learnFrom: [],
  };
}

describe('ranking', () => {
  it('one entry per indicator, the strongest flag, gemensamt after local ones, equal scores share a place', () => {
    const results = [
      result('d', [{ kind: 'gemensamt', score: 9 }]),
      result('c', [{ kind: 'forsamring', score: 2 }, { kind: 'gemensamt', score: 2 }]),
      result('b', [{ kind: 'utvecklingsomrade', score: 6 }, { kind: 'forsamring', score: 6 }]),
      result('a', [{ kind: 'utvecklingsomrade', score: 6 }]),
      result('e', [{ kind: 'styrka', score: 3 }]),
      result('f', [{ kind: 'datakvalitet' }]),
    ];
    expect(rankDevelopment(results).map((r) => `${r.indicatorId}:${r.flag.kind}`)).toEqual(['b:utvecklingsomrade', 'a:utvecklingsomrade', 'c:forsamring', 'd:gemensamt']);
    // b and a have the same score: a shared place 1–2, listed in catalogue (input) order.
    expect(rankDevelopment(results).map((r) => [r.indicatorId, r.place.from, r.place.to])).toEqual([['b', 1, 2], ['a', 1, 2], ['c', 3, 3], ['d', 1, 1]]);
    expect(rankDevelopment([...results].reverse()).map((r) => r.indicatorId)).toEqual(['a', 'b', 'c', 'd']);
    expect(rankStrengths(results).map((r) => r.indicatorId)).toEqual(['e']);
    expect(rankDataQuality(results).map((r) => r.indicatorId)).toEqual(['f']);
  });
});
