// One visual language (issue 15): the tables' status icons are the charts' symbols in the charts' colours,
// and the kommun's own marker has a shape nothing else uses.
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
