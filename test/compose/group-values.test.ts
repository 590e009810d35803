// Kiruna 2019 on the example data: published län/riket rows are used and marked, step 2 has one dated
// population figure, and Bilaga 2 says how group values are formed (issue 11 points 6 and 7).
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregationRules } from '../../src/compare/aggregation.ts';
import { buildReportModel, type ReportModel } from '../../src/compose/report-model.ts';
import { setValueLegend } from '../../src/compose/texts.ts';
import { formatSetValue } from '../../src/sv/format.ts';
import { silentLogger } from '../../src/log.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { prepareContext, type RunContext } from '../../src/pipeline/context.ts';
import { analyse } from '../../src/pipeline/unit-report.ts';
import { renderHtml } from '../../src/render/html.ts';

/** Thousands separators (no-break spaces) as plain spaces. */
const plain = (s: string) => s.replace(/\s/g, ' ');

let ctx: RunContext;
let kiruna: UnitAnalysis;
let model: ReportModel;

function build(a: UnitAnalysis): ReportModel {
  return buildReportModel(a, { steps: ctx.steps, rules: ctx.rules.raw, sources: { files: ctx.data.sources }, generatedAt: new Date('2026-12-03T00:00:00Z'), phrases: ctx.phrases, ref: ctx.ref });
}

beforeAll(async () => {
  ctx = await prepareContext({ data: [] }, silentLogger);
  kiruna = analyse(ctx, '2584', 2019);
  model = build(kiruna);
}, 120_000);

describe('Kiruna 2019, daglig verksamhet per 10 000 invånare', () => {
  it('uses the published län and riket rows, so Kiruna (42,8) is above both, not below', () => {
    const r = kiruna.indicators.find((x) => x.indicator.id === 'bm_daglig_verksamhet')!;
    expect(r.value).toBe(42.8);
    const [lan, riket] = ['lan', 'riket'].map((id) => r.sets.find((s) => s.setId === id)!);
    expect(lan).toMatchObject({ value: 39.7, origin: 'publicerad' });
    expect(riket).toMatchObject({ value: 35.3, origin: 'publicerad' });
    // Liknande kommuner keep Kolada's unweighted mean.
    expect(r.sets.find((s) => s.setId === 'liknande')!.origin).toBe('beräknad-medel');
    const row = model.step2.background.find((b) => b.name.startsWith('Daglig verksamhet'))!;
    expect(row.sets.map((c) => plain(`${c.value} (${c.n})`))).toEqual([expect.stringMatching(/\(medel av 7\)$/), '39,7 (publ.)', '35,3 (publ.)']);
  });

  it('riket Invånare is the published total, not the average kommun', () => {
    const r = kiruna.indicators.find((x) => x.indicator.id === 'bm_invanare')!;
    expect(r.sets.find((s) => s.setId === 'riket')).toMatchObject({ value: 10_181_327, origin: 'publicerad' });
  });
});

describe('one population figure in step 2', () => {
  it("is the data's Invånare of the analysis year, with the year, and the background table leaves Invånare out", () => {
    expect(kiruna.context.population).toEqual({ value: 23_399, source: 'underlag', year: 2019 });
    const inv = model.step2.context.filter((c) => c.label === 'Invånare').map((c) => plain(c.value));
    expect(inv).toEqual(['23 399 (ÖJ 2019)']);
    expect(model.step2.background.some((b) => b.name === 'Invånare')).toBe(false);
    expect(plain(renderHtml(model)).match(/23 399|23 167/g)).toEqual(['23 399']);
  });

  it('falls back to the reference figure, labelled with its date, when the data has no Invånare', () => {
    const noPop = { ...kiruna, context: { ...kiruna.context, population: { value: 23_167, source: 'referens' as const, year: 2016, date: '2016-12-31' } } };
    const c = build(noPop).step2.context.find((x) => x.label === 'Invånare')!;
    expect(plain(c.value)).toBe('23 167 (folkmängd 2016-12-31, referensdata; underlaget saknar Invånare 2019)');
  });
});

describe('Bilaga 2 and the legend', () => {
  it('marks a computed län value with how it was formed', () => {
    const ind = kiruna.indicators.find((x) => x.indicator.id === 'bm_daglig_verksamhet')!.indicator;
    const base = { setId: 'lan', nAnswered: 26, nMissing: 0 };
    expect(formatSetValue(ind, { ...base, value: 39.71, origin: 'beräknad-viktad', weights: 'underlag' })).toEqual({ value: '39,7', n: 'vägt av 26' });
    expect(formatSetValue(ind, { ...base, value: 39.7, origin: 'publicerad' })).toEqual({ value: '39,7', n: 'publ.' });
    expect(setValueLegend(['beräknad-viktad', 'beräknad-summa'])).toBe(
      'Inom parentes står hur jämförelsevärdet är framtaget: vägt av 26 = medelvärde vägt med invånarantal; summa av 26 = summa. Se Bilaga 2, ”Hur jämförelsevärdena räknas”.',
    );
  });

  it('prints how group values are formed under its own heading, and the legend for the marks', () => {
    expect(model.appendix.aggregation).toEqual(aggregationRules());
    const html = renderHtml(model);
    expect(html).toContain('<h2>Hur jämförelsevärdena räknas</h2>');
    expect(html).toContain('publ. &#x3D; publicerat av Socialstyrelsen');
    // Only the marks that occur: Kiruna's län and riket are all published, so nothing is weighted or summed.
    expect(model.setLegend).toContain('medel av 7 = ovägt medelvärde');
    expect(model.setLegend).not.toContain('vägt av');
    expect(model.setLegend).not.toContain('summa av');
  });
});
