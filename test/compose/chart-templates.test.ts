// Issue 16 (memory): the compiled chart templates are a bounded cache, least recently used first out. Held by
// counting templates and compiles, never by measuring memory or time.
import { describe, expect, it } from 'vitest';
import { renderChart, TEMPLATES_MAX, templateStats, type VegaLiteSpec } from '../../src/compose/charts/render.ts';

/** A tiny chart whose width makes a shape of its own (a distinct template). */
const shape = (width: number): VegaLiteSpec => ({
  width,
  height: 20,
  data: { values: [{ x: 1 }, { x: 2 }] },
  mark: 'tick',
  encoding: { x: { field: 'x', type: 'quantitative' } },
});

describe('chart template cache', () => {
  it('never holds more than TEMPLATES_MAX templates and keeps the ones in use', { timeout: 300_000 }, async () => {
    const kept = shape(10_000);
    await renderChart(kept);
    const start = templateStats().compiles;
    for (let i = 0; i < TEMPLATES_MAX + 20; i++) {
      await renderChart(shape(1000 + i));
      // Drawn again every few charts, so it is never the least recently used one.
      if (i % 10 === 0) await renderChart(kept);
      expect(templateStats().size).toBeLessThanOrEqual(TEMPLATES_MAX);
    }
    expect(templateStats().size).toBe(TEMPLATES_MAX);
    // One compile per new shape; the kept one was never compiled again.
    expect(templateStats().compiles - start).toBe(TEMPLATES_MAX + 20);
    // The oldest shapes were dropped: drawing the first one again compiles it anew.
    await renderChart(shape(1000));
    expect(templateStats().compiles - start).toBe(TEMPLATES_MAX + 21);
  });
});
