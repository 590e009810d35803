// One visual language (issue 15): the tables' status icons are the charts' symbols in the charts' colours, the
// kommun's own marker has a shape nothing else uses, and chart labels stay clear of the axis.
import { describe, expect, it } from 'vitest';
import { KOMMUN_STYLE, SET_STYLES, STATUS_STYLES } from '../../src/compose/charts/config.ts';
import { renderHtml } from '../../src/render/html.ts';
import { fixtureModel } from '../render/report-helpers.ts';

describe('status symbols', () => {
  it('draws the same path in the same colour in the report’s tables as in its charts', () => {
    const html = renderHtml(fixtureModel());
    for (const k of ['bra', 'svag'] as const) expect(html).toContain(`<path d="${STATUS_STYLES[k].shape}" fill="${STATUS_STYLES[k].color}"/>`);
  });

  it('gives the kommun a marker shape no status and no comparison set uses', () => {
    const others = [...Object.values(STATUS_STYLES).map((s) => s.shape), ...Object.values(SET_STYLES).map((s) => s.shape)];
    expect(others).not.toContain(KOMMUN_STYLE.shape);
    expect(new Set(Object.values(STATUS_STYLES).map((s) => s.shape)).size).toBe(5);
  });
});

describe('trend end labels', () => {
  it('stay at least half a line above the 0 % axis, so the axis line never strikes through them', async () => {
    const { endLabels } = await import('../../src/compose/charts/trend.ts');
    const { uppsalaAnalysis } = await import('../fixtures/analysis.ts');
    const r = uppsalaAnalysis().indicators[0]!;
    const lines = [
      { series: 'Riket', year: 2019, share: 0 },
      { series: 'Länet', year: 2019, share: 0.01 },
    ];
    const labels = endLabels(lines, [{ label: 'Riket', short: 'Riket' }, { label: 'Länet', short: 'Länet' }], r, 0);
    const halfLine = (12 + 2) / 110 / 2;
    for (const l of labels) expect(l.labelY).toBeGreaterThanOrEqual(halfLine - 1e-9);
    expect(Math.abs(labels[0]!.labelY - labels[1]!.labelY)).toBeGreaterThanOrEqual(2 * halfLine - 1e-9);
  });
});

describe('markers on the 0–100 % axis', () => {
  it('never sit on top of each other or touch: equal or close values are stacked within the row', async () => {
    const { spread, MARKER_PX, SQUARE_MARKER_PX, MARKER_GAP } = await import('../../src/compose/charts/profile.ts');
    const dotsW = 300;
    const shares = [0.84, 0.84, 0.75, 0.77, 0.79, 0.8, 0.2];
    const placed = spread(shares.map((share, i) => ({ px: share * dotsW, box: i === 0 ? SQUARE_MARKER_PX : MARKER_PX, dy: 0 })));
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        const need = (a.box + b.box) / 2 + MARKER_GAP;
        const apart = Math.abs(a.px - b.px) >= need || Math.abs(a.dy - b.dy) >= need;
        expect(apart, `${a.px}/${a.dy} och ${b.px}/${b.dy}`).toBe(true);
      }
    }
    expect(placed.find((p) => p.px === 0.2 * dotsW)!.dy).toBe(0);
  });
});
