// Uppsala 2019 on the example data: why IBIC vid uppföljning (9 % Ja in riket) is a local development area while
// Försäkringskassan (17 %) is a common one, said where the reader sees it (issue 11 point 5, kommun side).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, type ReportModel } from '../../src/compose/report-model.ts';
import { silentLogger } from '../../src/log.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { prepareContext, type RunContext } from '../../src/pipeline/context.ts';
import { analyse } from '../../src/pipeline/unit-report.ts';

const plain = (s: string) => s.replace(/\s/g, ' ');
let ctx: RunContext;
let uppsala: UnitAnalysis;
let model: ReportModel;

beforeAll(async () => {
  ctx = await prepareContext({ data: [] }, silentLogger);
  uppsala = analyse(ctx, '0380', 2019);
  model = buildReportModel(uppsala, { steps: ctx.steps, rules: ctx.rules.raw, sources: { files: ctx.data.sources }, generatedAt: new Date('2026-12-03T00:00:00Z'), phrases: ctx.phrases, ref: ctx.ref });
}, 120_000);

describe('local or common, Uppsala 2019', () => {
  it('a local area that few in riket answer Ja to says why it is local', () => {
    const ibic = model.step3.local.find((i) => i.name === 'IBIC vid uppföljning')!;
    const riket = uppsala.indicators.find((r) => r.indicator.shortName === 'IBIC vid uppföljning')!.sets.find((s) => s.setId === 'riket')!.value!;
    expect(riket).toBeLessThanOrEqual(25);
    expect(plain(ibic.reason)).toContain(`I riket svarar bara ${Math.round(riket)} % Ja, men en jämförelsegrupp når gränsen för utvecklingsområde, så området räknas som lokalt och inte som gemensamt.`);
  });

  it('a common area carries no such sentence, and both headings print the rule they follow', () => {
    const fk = model.step3.common.find((i) => i.name.includes('Försäkringskassan'))!;
    expect(fk.reason).not.toContain('räknas som lokalt');
    expect(plain(model.step3.definitions.common)).toBe('Kommunen svarar Nej, ingen jämförelsegrupp når gränsen för utvecklingsområde och högst 25 % av kommunerna i riket svarar Ja.');
    expect(plain(model.step3.definitions.local)).toMatch(/^Kommunen svarar Nej medan minst 50 % av dem som har svarat i någon jämförelsegrupp svarar Ja\. För andelar: kommunen ligger i /);
    // The same words as Bilaga 2.
    const appendix = model.appendix.rules.find((r) => r.label === 'Gemensamt utvecklingsområde')!;
    expect(appendix.value).toBe(model.step3.definitions.common);
  });
});
