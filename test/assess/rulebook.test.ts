import { describe, expect, it } from 'vitest';
import { changeSinceLastYear, RULES, ruleStatements } from '../../src/assess/rulebook.ts';
import { formatChange, placeText } from '../../src/sv/grammar.ts';
import { loadRules } from '../../src/assess/rules.ts';
import type { Trend } from '../../src/model/analysis.ts';
import { INDICATORS } from '../fixtures/small.ts';

const rules = loadRules();
const andel = { ...INDICATORS.find((i) => i.id === 'an_x')!, direction: 'upp' as const };
const janej = INDICATORS.find((i) => i.id === 'jn_a')!;
const trend = (a: number, b: number): Trend => ({
  points: [
    { year: 2018, value: a, raw: String(a), exists: true },
    { year: 2019, value: b, raw: String(b), exists: true },
  ],
  changeLastYear: Math.round((b - a) * 1e9) / 1e9,
  changeSinceFirst: b - a,
  sameAnswerRun: 1,
  breaks: [],
});

describe('rulebook', () => {
  it('counts a change only from the threshold, on unrounded values, and prints 4,9 as 4,9', () => {
    expect(changeSinceLastYear(andel, trend(60, 55.1), rules)).toMatchObject({ direction: 'oförändrat', fromYear: 2018, threshold: 5 });
    expect(changeSinceLastYear(andel, trend(60, 55), rules)?.direction).toBe('sämre');
    expect(changeSinceLastYear(andel, trend(60, 65), rules)?.direction).toBe('bättre');
    expect(changeSinceLastYear({ ...andel, direction: 'ned' }, trend(60, 65), rules)?.direction).toBe('sämre');
    expect(formatChange(-4.9, rules)).toBe('−4,9\u00a0procentenheter');
    // 65,3 − 60,3 is 4,99999… in floating point: still exactly 5 percentage points.
    expect(changeSinceLastYear(andel, trend(60.3, 65.3), rules)).toMatchObject({ direction: 'bättre', delta: 5 });
    expect(formatChange(-4.96, rules)).toBe('−4,96\u00a0procentenheter');
    expect(formatChange(5, rules)).toBe('+5\u00a0procentenheter');
    expect(formatChange(1, rules)).toBe('+1\u00a0procentenhet');
    expect(formatChange(0.04, rules)).toBe('+0,04\u00a0procentenheter');
  });

  it('treats Ja → Nej as a lost Ja and Nej → Ja as better', () => {
    expect(changeSinceLastYear(janej, trend(1, 0), rules)).toMatchObject({ direction: 'sämre', lostJa: true });
    expect(changeSinceLastYear(janej, trend(0, 1), rules)).toMatchObject({ direction: 'bättre' });
    expect(changeSinceLastYear(janej, trend(0, 0), rules)?.direction).toBe('oförändrat');
  });

  it('shares places between equal values', () => {
    const p = RULES.placering.apply([100, 100, 100, 90, 80], 100, 'upp');
    expect(p).toEqual({ rank: 1, tied: 3, of: 5, quartile: 1 });
    expect(placeText(p)).toBe('delad plats 1–3 av 5');
    expect(placeText(RULES.placering.apply([100, 100, 90, 80], 90, 'upp'))).toBe('plats 3 av 4');
    expect(RULES.ordning.apply([7, 7, 7, 5, 5, 1])).toEqual([
      { from: 1, to: 3 }, { from: 1, to: 3 }, { from: 1, to: 3 }, { from: 4, to: 5 }, { from: 4, to: 5 }, { from: 6, to: 6 },
    ]);
  });

  it('states every rule with the configured numbers and keys', () => {
    const text = ruleStatements({ ...rules, changePoints: 7, raw: { ...rules.raw, forandring_minst_procentenheter: 7 } })
      .map((s) => `${s.label}: ${s.value} ${s.setting}`)
      .join('\n');
    expect(text).toContain('minst 7\u00a0procentenheter');
    expect(text).toContain('regler.json: forandring_minst_procentenheter = 7');
    expect(text).toContain('stadsdelar');
    expect(text).toContain('av dem som har svarat');
  });
});
