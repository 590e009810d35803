// The summary for the nämnd, from the hand-built Uppsala 2019 analysis: counts, the first areas, strengths, actions.
import { describe, expect, it } from 'vitest';
import { lokalView } from '../../src/compose/local-view.ts';
import { buildSummary } from '../../src/compose/summary.ts';
import type { LocalAnalysis } from '../../src/model/local.ts';
import { reportAnalysis } from '../fixtures/report-analysis.ts';
import { fixtureContext, plain } from './section-fixture.ts';

const shortName = (id: string) => reportAnalysis().indicators.find((r) => r.indicator.id === id)!.indicator.shortName;

describe('buildSummary', () => {
  it('counts the 18 Ja/Nej questions of 2019 (10 Ja, 7 Nej, 1 missing), 7 areas and 2 strengths', () => {
    const s = buildSummary(fixtureContext());
    expect(s.counts.map((c) => `${c.label} ${c.value}`)).toEqual(['Ja 10', 'Nej 7', 'Svar saknas 1', 'Utvecklingsområden 7', 'Styrkor 2']);
  });

  it('shows the first three areas in ranked order and says how many more there are', () => {
    const s = buildSummary(fixtureContext());
    expect(s.areas.map((a) => [a.rank, a.name, a.kind, a.priority])).toEqual([
      ['1', shortName('dv_rutin_arbete'), 'Utvecklingsområde', 'Hög'],
      ['2', shortName('sip_barn'), 'Försämring', 'Hög'],
      ['3', shortName('samv_bup'), 'Utvecklingsområde', 'Hög'],
    ]);
    expect(plain(s.moreAreas)).toBe('Ytterligare 4 utvecklingsområden finns i steg 3.');
    expect(s.strengths).toEqual([shortName('kompetensplan'), shortName('samv_forsakringskassan')]);
    expect(s.moreStrengths).toBe('Skälen finns i steg 3.');
    expect(s.actions).toEqual([]);
    expect(s.moreActions).toBe('');
  });

  it('follows the team’s priority order, leaves out what it did not prioritise and shortens its actions', () => {
    const analysis = reportAnalysis();
    const explanation = (indicatorId: string, row: number, priority: 1 | 2 | 3 | 'Ej prioriterad') => ({ indicatorId, indicatorName: shortName(indicatorId), row, flagged: true, priority });
    const long = 'Ta fram en rutin för att pröva arbete eller praktik för alla i daglig verksamhet, och följ upp den varje halvår med brukarna.';
    const local: LocalAnalysis = {
      file: 'underlag.xlsx',
      kommunCode: '0380',
      kommunName: 'Uppsala',
      year: 2019,
      toolVersion: '0.1.0',
      created: '2025-03-01',
      explanations: [explanation('samv_arbetsformedlingen', 5, 1), explanation('samv_bup', 6, 2), explanation('dv_rutin_arbete', 7, 'Ej prioriterad')],
      priorityOrder: ['samv_arbetsformedlingen', 'samv_bup', 'dv_rutin_arbete'],
      actions: [1, 2, 3, 4].map((i) => ({ row: i + 4, indicatorId: 'samv_bup', indicatorName: shortName('samv_bup'), action: i === 1 ? long : `Åtgärd ${i}`, responsible: 'Enhetschef', due: '2025-06-30' })),
      warnings: [],
    };
    const s = buildSummary(fixtureContext({ lokal: lokalView(local, analysis) }));
    // Team order first, then the rest in ranked order; the Ej prioriterad area is gone, numbered 1, 2, 3.
    expect(s.areas.map((a) => [a.rank, a.place, a.name])).toEqual([
      ['1', 1, shortName('samv_arbetsformedlingen')],
      ['2', 2, shortName('samv_bup')],
      ['3', 3, shortName('sip_barn')],
    ]);
    expect(plain(s.moreAreas)).toBe('Ytterligare 3 utvecklingsområden finns i steg 3.');
    expect(s.actions).toHaveLength(3);
    expect(s.actions[0]!.action.length).toBeLessThanOrEqual(90);
    expect(s.actions[0]!.action).toMatch(/^Ta fram en rutin för att pröva arbete .*[^ ,]…$/);
    expect(long.startsWith(s.actions[0]!.action.slice(0, -1))).toBe(true);
    expect(s.actions[0]!.who).toBe('Ansvarig: Enhetschef, klart senast 30 juni 2025');
    expect(plain(s.moreActions)).toBe('Ytterligare 1 åtgärd finns i handlingsplanen i steg 4.');
  });
});
