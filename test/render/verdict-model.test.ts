// What the report model shows of the verdicts: shared places, lost Ja, other Nej answers, few answers,
// indicators not in this year's edition (issue 11 points 2, 3, 4, 9, 10; issue 15 item 10).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/compose/report-model.ts';
import { loadPhrases, loadStepTexts } from '../../src/compose/steps.ts';
import { loadReference } from '../../src/reference/load.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { dataPath } from '../../src/paths.ts';
import { reportAnalysis } from '../fixtures/report-analysis.ts';

const model = (a: UnitAnalysis) =>
  buildReportModel(a, {
    steps: loadStepTexts(),
    phrases: loadPhrases(),
    ref: loadReference(),
    rules: JSON.parse(readFileSync(dataPath('regler.json'), 'utf8')) as Record<string, unknown>,
    sources: { files: [] },
    generatedAt: new Date('2025-05-12T10:00:00Z'),
  });

function analysis(): UnitAnalysis {
  const a = reportAnalysis();
  // dv_rutin_arbete and sip_barn tie at place 1–2; sip_barn is also a lost Ja shown as utvecklingsområde.
  a.developmentAreas = a.developmentAreas.map((f, i) => {
    if (i < 2) return { ...f, place: { from: 1, to: 2 }, ...(f.indicatorId === 'sip_barn' ? { lostJa: true, flag: { ...f.flag, kind: 'utvecklingsomrade' as const } } : {}) };
    return f;
  });
  a.otherNej = [{ indicatorId: 'extern_samverkan_barn', reason: 'Ingen jämförelsegrupp når 50 % Ja.' }];
  return a;
}

describe('verdicts in the report model', () => {
  it('shows shared places as shared, with the same priority', () => {
    const m = model(analysis());
    expect(m.step3.local.slice(0, 3).map((x) => [x.rank, x.priority])).toEqual([['1–2', 'Hög'], ['1–2', 'Hög'], ['3', 'Hög']]);
    // The summary holds the three first areas, numbered as in step 3: the shared place twice, then 3.
    expect(m.summary.areas.map((x) => x.place)).toEqual([1, 1, 3]);
    // Printed as shared, not as two areas both numbered 1.
    expect(m.summary.areas.map((x) => x.rank)).toEqual(['1–2', '1–2', '3']);
  });

  it('shows a lost Ja with the area wherever it is shown', () => {
    const m = model(analysis());
    const sip = m.step3.local.find((x) => x.name.startsWith('Information om SIP – barn'))!;
    expect(sip.kind).toBe('Utvecklingsområde, förlorat Ja');
    expect(sip.reason).toMatch(/^Svarade Ja 2018 men svarar Nej 2019\./);
    expect(m.summary.areas.find((x) => x.name === sip.name)?.kind).toBe('Utvecklingsområde, förlorat Ja');
    expect(m.step4.recheck.find((x) => x.name === sip.name)?.why).toBe('Utvecklingsområde, förlorat Ja');
  });

  it('lists other Nej answers with their reason, and every Nej in "Vem svarar Ja"', () => {
    const m = model(analysis());
    expect(m.step3.otherNej).toEqual([expect.objectContaining({ reason: 'Ingen jämförelsegrupp når 50\u00a0% Ja.' })]);
    const nej = reportAnalysis().indicators.filter((r) => r.indicator.type === 'janej' && r.value === 0).length;
    expect(m.step2.learnFrom).toHaveLength(nej);
  });

  it('does not count an indicator outside this year as missing, and writes the sets note without stacked parentheses', () => {
    const m = model(analysis());
    const arbete = m.step1.omraden.find((o) => o.rows.some((r) => r.id === 'dv_till_skyddat_arbete'))!;
    const row = arbete.rows.find((r) => r.id === 'dv_till_skyddat_arbete')!;
    expect(row.status.word).toBe('ingår inte i ÖJ 2019');
    expect(row.sets.every((c) => c.value === '–' && c.n === '')).toBe(true);
    expect(arbete.summary).toContain('1\u00a0indikator ingår inte i ÖJ 2019.');
    expect(arbete.summary).toMatch(new RegExp(`^${arbete.rows.length - 1}\u00a0indikator`));
    for (const n of m.howToRead.setsNote) expect(n.value).not.toMatch(/\) \(/);
  });

  it('marks a group value that rests on few answers', () => {
    const a = analysis();
    const r = a.indicators.find((x) => x.indicator.id === 'dv_rutin_arbete')!;
    r.sets[0] = { ...r.sets[0]!, nAnswered: 2, nJa: 1, nMissing: 5, value: 50 };
    const cells = model(a).step1.omraden.flatMap((o) => o.rows).find((x) => x.id === 'dv_rutin_arbete')!.sets;
    expect(cells[0]).toEqual({ value: '50\u00a0%', n: '1\u00a0av\u00a02, få svar' });
  });
});
