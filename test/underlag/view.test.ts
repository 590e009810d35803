import { beforeAll, describe, expect, it } from 'vitest';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import type { LocalAnalysis } from '../../src/model/local.ts';
import { formatDateLong, lokalView } from '../../src/compose/local-view.ts';
import { uppsala } from './helpers.ts';

let analysis: UnitAnalysis;

beforeAll(async () => {
  analysis = await uppsala();
});

const local = (): LocalAnalysis => ({
  file: '/tmp/x/var-analys.xlsx',
  kommunCode: '0380',
  kommunName: 'Uppsala',
  year: 2019,
  toolVersion: '0.1.0',
  created: '2025-03-01T09:30:00.000Z',
  explanations: [
    { indicatorId: 'ibic_utredning', indicatorName: 'IBIC vid utredning', row: 3, flagged: true, why: 'Rad ett\nRad två <script>', canInfluence: 'Ja', priority: 2 },
    { indicatorId: 'ibic_uppfoljning', indicatorName: 'IBIC vid uppföljning', row: 5, flagged: true, priority: 'Ej prioriterad', comment: 'Sedan.' },
    { indicatorId: 'enskildas_uppf_myndighet', indicatorName: 'Enskildas uppfattning – myndighetsutövning', row: 4, flagged: true, priority: 1 },
  ],
  priorityOrder: ['enskildas_uppf_myndighet', 'ibic_utredning', 'ibic_uppfoljning'],
  actions: [
    { row: 3, indicatorId: 'ibic_utredning', indicatorName: 'IBIC vid utredning', action: 'Besluta rutin', responsible: 'Åsa', due: '2025-06-30', followUp: 'ÖJ 2026' },
    { row: 4, action: 'Workshop' },
  ],
  warnings: [],
});

describe('lokalView', () => {
  it('gives the explanations in the team’s order with display strings', () => {
    const v = lokalView(local(), analysis);
    expect(v.hasContent).toBe(true);
    expect(v.explanations.map((e) => [e.indicatorName, e.priorityText, e.canInfluenceText])).toEqual([
      ['Enskildas uppfattning – myndighetsutövning', 'Prioritet 1', '–'],
      ['IBIC vid utredning', 'Prioritet 2', 'Ja'],
      ['IBIC vid uppföljning', 'Ej prioriterad', '–'],
    ]);
    const ibic = v.byIndicator['ibic_utredning']!;
    expect(ibic.whyLines).toEqual(['Rad ett', 'Rad två <script>']);
    expect(ibic.flag).toBe('Utvecklingsområde');
    expect(ibic.omrade).toBe('Handläggning och dokumentation');
    expect(ibic.reasons[0]).toMatch(/^Uppsala svarar Nej/);
    expect(v.byIndicator['enskildas_uppf_myndighet']!.flag).toBe('Utvecklingsområde, Försämring');
    expect(v.priorities.map((p) => [p.rank, p.indicatorId])).toEqual([
      [1, 'enskildas_uppf_myndighet'],
      [2, 'ibic_utredning'],
    ]);
    expect(v.notPrioritized.map((p) => p.indicatorId)).toEqual(['ibic_uppfoljning']);
  });

  it('formats the action plan and the summary in Swedish', () => {
    const v = lokalView(local(), analysis);
    expect(v.actions).toEqual([
      { indicatorId: 'ibic_utredning', area: 'IBIC vid utredning', actionLines: ['Besluta rutin'], responsible: 'Åsa', due: '2025-06-30', dueText: '30 juni 2025', followUpLines: ['ÖJ 2026'] },
      { area: 'Övergripande', actionLines: ['Workshop'], responsible: '–', dueText: '–', followUpLines: [] },
    ]);
    expect(v.actionsByIndicator['ibic_utredning']).toHaveLength(1);
    expect(v.summary).toBe('Arbetsgruppen har skrivit analys för 3\u00a0indikatorer, prioriterat 2 och planerat 2\u00a0åtgärder.');
    expect(v.source).toBe('Arbetsgruppens analys kommer från filen var-analys.xlsx (underlag skapat 2025-03-01 med ojrapport 0.1.0).');
    expect(formatDateLong('2026-01-05')).toBe('5 januari 2026');
  });

  it('says when the team wrote nothing', () => {
    const v = lokalView({ ...local(), explanations: [], priorityOrder: [], actions: [] }, analysis);
    expect(v.hasContent).toBe(false);
    expect(v.summary).toBe('Arbetsgruppen har inte skrivit någon analys eller handlingsplan i underlaget.');
  });
});
