// The område profile drawn directly (profile-svg.ts) against vega's rendering of the same spec, and the direct
// drawing's positions against hand-computed values.
import { beforeAll, describe, expect, it } from 'vitest';
import { omradeProfile } from '../../src/compose/charts/profile.ts';
import { attr, Bounds, symbolShape, text } from '../../src/compose/charts/svg.ts';
import { textWidth } from '../../src/compose/charts/metrics.ts';
import { silentLogger } from '../../src/log.ts';
import { prepareContext, type RunContext } from '../../src/pipeline/context.ts';
import { analyse } from '../../src/pipeline/unit-report.ts';
import { parseXml, textsOf } from './svg.ts';

let ctx: RunContext;
beforeAll(async () => {
  ctx = await prepareContext({ data: [] }, silentLogger);
}, 120_000);

function omraden(code: string) {
  const a = analyse(ctx, code, undefined);
  const measured = a.indicators.filter((r) => r.trend.points.at(-1)?.exists && r.indicator.type !== 'bakgrund');
  return { a, omraden: [...new Set(measured.map((r) => r.indicator.omrade))] };
}

describe('område profiles drawn without vega', () => {
  // Uppsala; Upplands Väsby (a two-row legend, a wider kommun column, markers past the layout's right and left
  // edges); Göteborg (past the left edge); Stockholm; Gällivare; a stadsdel (stadsdelar's markers). A scratch run over all 290 kommuner and
  // their stadsdelar (1 824 profiles) found no difference either.
  const stadsdel = () => [...ctx.data.units.values()].find((u) => u.kind === 'stadsdel')!.code;
  it('are byte-identical to vega\'s rendering of the same spec', async () => {
    let compared = 0;
    for (const code of ['0380', '0114', '1480', '0180', '2523', stadsdel()]) {
      const { a, omraden: list } = omraden(code);
      for (const o of list) {
        const direct = await omradeProfile(a, o);
        const vega = await omradeProfile(a, o, true);
        expect(direct.svg, `${a.unit.name}, ${o}`).toBe(vega.svg);
        expect(direct.alt).toBe(vega.alt);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  }, 300_000);

  it('puts rows, markers and labels where the layout says', async () => {
    const { a } = omraden('0380');
    const p = await omradeProfile(a, 'Samverkan');
    const root = parseXml(p.svg);
    const texts = textsOf(root).filter((t) => t.text.trim());
    // Legend row (18) + spacing (6) + axis above the columns (39): the columns start 63 px below the legend's top.
    const column = /translate\(0,(\d+)\)/.exec(p.svg.slice(p.svg.indexOf('concat_1_group')))!;
    expect(Number(column[1])).toBe(18 + 6 + 39);
    const rows = (p.svg.match(/concat_1_concat_0_layer_0_marks[^]*?<\/g>/)![0].match(/<path /g) ?? []).length;
    // The names column's background, then one zebra band per row, each `step` tall.
    const [column0, band0] = [...p.svg.matchAll(/d="M0,0h170v(\d+)h-170Z"/g)].map((m) => Number(m[1]));
    expect(column0).toBe(rows * band0!);
    expect(Number(root.attrs.height)).toBe(4 + 63 + rows * band0! + 4);
    expect(root.attrs.width).toBe('640');
    // The 0–100 % axis: the scale's range is [10, dots width − 18]; "50 %" sits in its middle.
    const dotsW = Number(/concat_1_concat_1_group[^]*?d="M0,0h(\d+)v/.exec(p.svg)![1]);
    const half = texts.find((t) => t.text === '50\u00a0%')!;
    expect(half.x).toBeCloseTo(4 + 170 + 0.5 + (10 + dotsW - 18) / 2, 6); // padding, names column, axis offset
    expect(half.anchor).toBe('middle');
  });
});

describe('SVG primitives as vega writes them', () => {
  it('draws symbols with d3-path\'s three-digit rounding', () => {
    // size 60: r = √60 / 2 = 3.873
    expect(symbolShape('diamond', 60)!.d).toBe('M-3.873,0L0,-3.873L3.873,0L0,3.873Z');
    expect(symbolShape('square', 60)!.d).toBe('M-3.873,-3.873h7.746v7.746h-7.746Z');
    // triangle: height √3/2 · r = 3.354
    expect(symbolShape('triangle-up', 60)!.d).toBe('M0,-3.354L-3.873,3.354L3.873,3.354Z');
    // A custom path is scaled by r: (1, 0) at size 100 is (5, 0).
    expect(symbolShape('M1,0L0,1L-1,0Z', 100)!.d).toBe('M5,0L0,5L-5,0Z');
    expect(symbolShape('M1,0C0,1,1,1,0,0Z', 100)).toBeUndefined();
  });

  it('offsets text by its baseline and bounds it by the measured width', () => {
    const b = new Bounds();
    const svg = text({ x: 6, y: 21, text: ['Enskildas', 'uppfattning'], baseline: 'middle', fontSize: 12, fill: '#1a1a1a', lineHeight: 15 }, b);
    // middle: round(0.3 · 12) = 4 px down; the box starts round(0.8 · 12) = 10 px above that.
    expect(svg).toBe('<text text-anchor="start" transform="translate(6,25)" font-family="Inter" font-size="12px" fill="#1a1a1a"><tspan>Enskildas</tspan><tspan x="0" dy="15">uppfattning</tspan></text>');
    expect([b.x1, b.y1, b.y2]).toEqual([6, 15, 15 + 12 + 15]);
    expect(b.x2).toBeCloseTo(6 + textWidth('uppfattning', 12), 9);
  });
});

describe('attribute text as vega-scenegraph escapes it', () => {
  it('escapes markup characters, quotes, tabs and line breaks (an aria-label with a pasted name)', () => {
    expect(attr('A & B <c> "d"\tx\ny\rz')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;&#x9;x&#xA;y&#xD;z');
    expect(attr("Upplands Väsby's")).toBe("Upplands Väsby's");
  });
});
