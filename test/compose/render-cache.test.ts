import { describe, expect, it } from 'vitest';
import { renderChart, type VegaLiteSpec } from '../../src/compose/charts/index.ts';
import { splitData } from '../../src/compose/charts/render.ts';
import { parseXml, textsOf } from './svg.ts';

const bars = (values: { k: string; v: number }[]): VegaLiteSpec => ({
  data: { values },
  mark: 'text',
  encoding: { y: { field: 'k', type: 'nominal' }, text: { field: 'v', type: 'quantitative', format: ',.1f' } },
});

const texts = (svg: string) => textsOf(parseXml(svg)).map((t) => t.text).filter((t) => t.trim());

describe('charts that differ only in data share one compiled template', () => {
  it('keys a spec without its inline data, but with which data sets are equal', () => {
    const a = splitData(bars([{ k: 'a', v: 1 }]));
    const b = splitData(bars([{ k: 'b', v: 2 }, { k: 'c', v: 3 }]));
    expect(a.key).toBe(b.key);
    expect(b.inputs).toEqual([[{ k: 'b', v: 2 }, { k: 'c', v: 3 }]]);
    const layered = (x: unknown[], y: unknown[]): VegaLiteSpec => ({ layer: [{ data: { values: x }, mark: 'point' }, { data: { values: y }, mark: 'rule' }] }) as VegaLiteSpec;
    // vega-lite merges equal inline data sets, so equal and unequal pairs compile differently.
    expect(splitData(layered([{ v: 1 }], [{ v: 1 }])).key).not.toBe(splitData(layered([{ v: 1 }], [{ v: 2 }])).key);
    // Axis values and the like are part of the key, not data.
    expect(splitData({ ...bars([]), encoding: { x: { field: 'v', type: 'quantitative', axis: { values: [0, 1] } } } }).key)
      .not.toBe(splitData({ ...bars([]), encoding: { x: { field: 'v', type: 'quantitative', axis: { values: [0, 2] } } } }).key);
  });

  it('draws each chart from its own data when the template is reused', async () => {
    const first = await renderChart(bars([{ k: 'Alfa', v: 1234.5 }, { k: 'Beta', v: 2 }]));
    const second = await renderChart(bars([{ k: 'Gamma', v: 7.25 }]));
    const third = await renderChart(bars([{ k: 'Alfa', v: 1234.5 }, { k: 'Beta', v: 2 }]));
    expect(texts(first.svg)).toEqual(expect.arrayContaining(['Alfa', 'Beta', '1\u00a0234,5', '2,0']));
    expect(texts(second.svg)).toEqual(expect.arrayContaining(['Gamma', '7,3']));
    expect(texts(second.svg)).not.toContain('Alfa');
    expect(third.svg).toBe(first.svg);
    expect([first.warnings, second.warnings, third.warnings]).toEqual([[], [], []]);
  });
});
