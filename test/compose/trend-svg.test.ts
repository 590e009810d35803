// The trend chart drawn directly (trend-svg.ts) against vega's rendering of the same spec, and the direct
// drawing's positions against hand-computed values.
import { beforeAll, describe, expect, it } from 'vitest';
import { trendChart } from '../../src/compose/charts/trend.ts';
import { silentLogger } from '../../src/log.ts';
import { prepareContext, type RunContext } from '../../src/pipeline/context.ts';
import { analyse } from '../../src/pipeline/unit-report.ts';
import { parseXml, textsOf } from './svg.ts';

let ctx: RunContext;
beforeAll(async () => {
  ctx = await prepareContext({ data: [] }, silentLogger);
}, 120_000);

const janej = (code: string) => {
  const a = analyse(ctx, code, undefined);
  const drawn = a.indicators.filter((r) => r.trend.points.at(-1)?.exists && r.indicator.type === 'janej');
  // Every other indicator, and every one with a series break (a subtitle, a line that starts after a gap).
  const sample = drawn.filter((r, i) => i % 2 === 0 || r.trend.breaks.length);
  return { a, ids: drawn.map((r) => r.indicator.id), sample: sample.map((r) => r.indicator.id) };
};

describe('trend charts drawn without vega', () => {
  // Uppsala; Upplands Väsby (its name wrapped in the strip, reaching below it; a series break); Stockholm
  // (markers at 100 % push the title up); Göteborg; a stadsdel. A scratch run over every ja/nej indicator of all 290 kommuner and
  // their stadsdelar found no difference either.
  it('are byte-identical to vega\'s rendering of the same spec', async () => {
    const stadsdel = [...ctx.data.units.values()].find((u) => u.kind === 'stadsdel')!.code;
    let compared = 0;
    let subtitles = 0;
    for (const code of ['0380', '0114', '0180', '1480', stadsdel]) {
      const { a, sample } = janej(code);
      for (const id of sample) {
        const direct = await trendChart(a, [id]);
        const vega = await trendChart(a, [id], true);
        expect(direct.svg, `${a.unit.name}, ${id}`).toBe(vega.svg);
        expect(direct.alt).toBe(vega.alt);
        compared++;
        if (direct.svg.includes('role-title-subtitle')) subtitles++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(20);
    expect(subtitles).toBeGreaterThan(0);
  }, 300_000);

  it('puts the years, the axis and the title where the layout says', async () => {
    const { a, ids } = janej('0380');
    const t = await trendChart(a, [ids[0]!]);
    const texts = textsOf(parseXml(t.svg));
    // Point scale over 440 px with padding 0.4: step 440 / 2.8, the first year at 0.4 steps in.
    const step = 440 / 2.8;
    const left = 4 + 76 + 0.5; // padding, the y axis's extent, the axis's half-pixel offset
    const years = a.years.map((y) => texts.find((x) => x.text === String(y))!);
    expect(years.map((y) => y.x)).toEqual(a.years.map((_, i) => expect.closeTo(left + 0.4 * step + i * step, 6)));
    expect(years.every((y) => y.anchor === 'middle')).toBe(true);
    // y axis labels end 9 px left of the axis; the title starts at the axis's outer edge.
    expect(texts.find((x) => x.text === '100\u00a0%')).toMatchObject({ x: 4 + 76 - 9 + 0.5, anchor: 'end' });
    const title = texts.find((x) => x.text === a.indicators.find((r) => r.indicator.id === ids[0])!.indicator.shortName)!;
    expect(title.x).toBe(4);
  });
});
