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

  it('shares a template between charts that differ only in the given names, and draws each chart\'s own', async () => {
    const named = (kommun: string): VegaLiteSpec => ({
      data: { values: [{ series: kommun, v: 1 }, { series: 'Riket', v: 2 }] },
      mark: 'point',
      encoding: {
        x: { datum: kommun, type: 'nominal', axis: { orient: 'top', title: null } },
        y: { field: 'v', type: 'quantitative' },
        shape: { field: 'series', type: 'nominal', scale: { domain: [kommun, 'Riket'], range: ['circle', 'square'] }, legend: null },
      },
    });
    expect(splitData(named('Uppsala'), ['Uppsala', 'Riket']).key).toBe(splitData(named('Upplands Väsby'), ['Upplands Väsby', 'Riket']).key);
    expect(splitData(named('Uppsala')).key).not.toBe(splitData(named('Upplands Väsby')).key);
    const a = await renderChart(named('Uppsala'), ['Uppsala', 'Riket']);
    const b = await renderChart(named('Upplands Väsby'), ['Upplands Väsby', 'Riket']);
    expect(texts(a.svg)).toContain('Uppsala');
    expect(texts(b.svg)).toContain('Upplands Väsby');
    expect(texts(b.svg)).not.toContain('Uppsala');
    // The kommun keeps its own shape (first in the domain): the same paths in both charts.
    expect(b.svg.match(/<path[^>]*d="[^"]*"/g)).toEqual(a.svg.match(/<path[^>]*d="[^"]*"/g));
    expect(b.svg).toBe((await renderChart(named('Upplands Väsby'))).svg);
  });

  it('takes names as values only, so a group called like a mark type or an orientation still draws', async () => {
    const named = (kommun: string): VegaLiteSpec => ({
      data: { values: [{ series: kommun, v: 1 }] },
      mark: 'point',
      encoding: {
        x: { datum: kommun, type: 'nominal', axis: { orient: 'top', title: null } },
        shape: { field: 'series', type: 'nominal', scale: { domain: [kommun], range: ['square'] }, legend: null },
      },
    });
    for (const name of ['point', 'top', 'nominal']) {
      const r = await renderChart(named(name), [name]);
      expect(r.warnings).toEqual([]);
      expect(r.svg).toBe((await renderChart(named(name))).svg);
      expect(texts(r.svg)).toContain(name);
    }
  });
});
