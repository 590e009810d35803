// County analysis from hand-made unit summaries: shared areas, who does well where others lag, top areas.
import { describe, expect, it } from 'vitest';
import { analyzeLan, riketVerdict } from '../../src/lan/analysis.ts';
import { diffText as printed } from '../../src/lan/model.ts';
import type { UnitSummary } from '../../src/lan/summary.ts';
import type { Status } from '../../src/model/analysis.ts';
import type { Indicator } from '../../src/model/types.ts';

const ind = (id: string): Indicator => ({ id, name: id, shortName: id, omrade: 'O', type: 'janej', direction: 'upp', description: '', years: [2019] });
const unit = (code: string, name: string, answers: Record<string, 0 | 1 | null>, kind: 'kommun' | 'stadsdel' = 'kommun'): UnitSummary => ({
  unit: { code, name, kind, lanCode: '03' },
  year: 2019,
  isExample: true,
  cells: new Map(Object.entries(answers).map(([id, v]) => [id, { value: v, raw: '', status: (v === null ? 'saknas' : v ? 'bra' : 'svag') as Status }])),
  developmentAreas: Object.entries(answers).filter(([, v]) => v === 0).map(([id], i) => ({ indicatorId: id, kind: 'utvecklingsomrade' as const, reason: `${id} saknas`, priority: 'Hög', rank: i + 1 })),
  strengths: [],
  lan: new Map(),
  riket: new Map(),
});

describe('analyzeLan', () => {
  const units = [
    unit('0382', 'Östhammar', { a: 0, b: 1, c: null }),
    unit('0305', 'Håbo', { a: 0, b: 0, c: 1 }),
    unit('0380', 'Uppsala', { a: 1, b: 0, c: null }),
    unit('0380-x', 'Stadsdel X', { a: 0, b: 0, c: 0 }, 'stadsdel'),
  ];
  const a = analyzeLan({ code: '03', name: 'Uppsala län', shortName: 'Uppsala' }, 2019, units, [ind('a'), ind('b'), ind('c')], (c) => units.find((u) => u.unit.code === c)?.unit.name ?? c, 5);

  it('counts kommuner only, never a stadsdel, and sorts by Swedish name', () => {
    expect(a.kommuner.map((k) => k.unit.name)).toEqual(['Håbo', 'Uppsala', 'Östhammar']);
    expect(a.indicators.find((r) => r.indicator.id === 'a')!.counts).toMatchObject({ bra: 1, svag: 2, answered: 3, total: 3 });
  });

  it('shared areas: at least half of the answering kommuner lag; missing answers are not lagging', () => {
    expect(a.shared.map((r) => r.indicator.id)).toEqual(['a', 'b']);
    const c = a.indicators.find((r) => r.indicator.id === 'c')!;
    expect(c.counts).toMatchObject({ saknas: 2, answered: 1, svag: 0 });
  });

  it('who does well where others lag', () => {
    const rowA = a.learn.find((r) => r.indicator.id === 'a')!;
    expect(rowA.leading).toEqual(['0380']);
    expect(rowA.lagging).toEqual(['0305', '0382']);
    expect(a.learn.some((r) => r.indicator.id === 'c')).toBe(false);
  });
});

describe('the county against riket', () => {
  it('uses the change threshold, unrounded, with a "som riket" band in between', () => {
    expect(riketVerdict(-0.07, 'upp', 5)).toBe('som riket');
    expect(riketVerdict(-4.96, 'upp', 5)).toBe('som riket');
    expect(riketVerdict(-5, 'upp', 5)).toBe('sämre');
    expect(riketVerdict(5, 'upp', 5)).toBe('bättre');
    // Lower is better: a county 6 points above riket is worse.
    expect(riketVerdict(6, 'ned', 5)).toBe('sämre');
    expect(riketVerdict(null, 'upp', 5)).toBeNull();
  });

  it('is part of every county row', () => {
    const lanValue = (v: number) => ({ setId: 'lan', value: v, nAnswered: 3, nMissing: 0, origin: 'publicerad' as const });
    const u = unit('0382', 'Östhammar', { a: 0 });
    u.lan.set('a', lanValue(30));
    u.riket.set('a', { ...lanValue(34.5), setId: 'riket' });
    const one = analyzeLan({ code: '03', name: 'Uppsala län', shortName: 'Uppsala' }, 2019, [u], [ind('a')], () => 'Östhammar', 5);
    expect(one.indicators[0]).toMatchObject({ diff: -4.5, verdict: 'som riket' });
  });
});

describe('the printed difference', () => {
  const andel: Indicator = { ...ind('x'), type: 'andel' };
  const diffText = (...args: Parameters<typeof printed>) => printed(...args).replace(/\s/g, ' ');
  it('never rounds a "som riket" difference up to the threshold', () => {
    expect(diffText({ indicator: andel, diff: -4.96, verdict: 'som riket' }, 5)).toBe('−4,9 procentenheter');
    expect(diffText({ indicator: andel, diff: -5.04, verdict: 'sämre' }, 5)).toBe('−5,0 procentenheter');
    expect(diffText({ indicator: andel, diff: 2.26, verdict: 'som riket' }, 5)).toBe('+2,3 procentenheter');
    expect(diffText({ indicator: ind('y'), diff: 4.6, verdict: 'som riket' }, 5)).toBe('+4 procentenheter');
    expect(diffText({ indicator: ind('y'), diff: -0.07, verdict: 'som riket' }, 5)).toBe('±0 procentenheter');
  });
});
