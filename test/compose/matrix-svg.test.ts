// The status matrix drawn directly (matrix-svg.ts) against vega's rendering of the same spec, and the direct
// drawing's positions against hand-computed values.
import { beforeAll, describe, expect, it } from 'vitest';
import { statusMatrix, type MatrixCell } from '../../src/compose/charts/matrix.ts';
import { silentLogger } from '../../src/log.ts';
import { getValue } from '../../src/model/types.ts';
import { prepareContext, type RunContext } from '../../src/pipeline/context.ts';
import { analyse } from '../../src/pipeline/unit-report.ts';
import { parseXml, textsOf } from './svg.ts';

let ctx: RunContext;
beforeAll(async () => {
  ctx = await prepareContext({ data: [] }, silentLogger);
}, 120_000);

/** The report's matrix for a unit, as src/compose/figures.ts builds it. */
function matrixArgs(code: string) {
  const a = analyse(ctx, code, undefined);
  const peers = a.sets.find((s) => s.kind === 'stadsdelar') ?? a.sets.find((s) => s.kind === 'liknande')!;
  const janej = a.indicators.filter((r) => r.trend.points.at(-1)?.exists && r.indicator.type === 'janej').map((r) => r.indicator);
  const rows = [{ code: a.unit.code, name: a.unit.name }, ...peers.members.map((m) => ({ code: m, name: ctx.nameOf(m) }))];
  const cell = (c: string, id: string): MatrixCell => {
    const v = getValue(ctx.data, a.year, id, c);
    if (!v || v.value === null) return 'Saknas';
    return v.value === 1 ? 'Ja' : 'Nej';
  };
  return [rows, janej, cell] as const;
}

describe('status matrices drawn without vega', () => {
  // Uppsala; Åstorp (a two-line name in the last row reaching below the cells); Upplands Väsby; Göteborg;
  // Stockholm. A scratch run over all kommuner and stadsdelar (304 matrices; 294 with vertical column names,
  // drawn directly) found no difference either.
  it('are byte-identical to vega\'s rendering of the same spec', async () => {
    for (const code of ['0380', '1277', '0114', '1480', '0180']) {
      const [rows, janej, cell] = matrixArgs(code);
      const direct = await statusMatrix(rows, janej, cell);
      const vega = await statusMatrix(rows, janej, cell, true);
      expect(direct.svg, code).toBe(vega.svg);
      expect(direct.alt).toBe(vega.alt);
    }
  }, 300_000);

  it('puts cells, column names and row names where the layout says', async () => {
    const [rows, janej, cell] = matrixArgs('0380');
    const m = await statusMatrix(rows, janej, cell);
    expect(m.svg).toContain('rotate(270)'); // Uppsala's peers' names do not fit across a column
    const cells = [...m.svg.matchAll(/<path d="M([\d.]+),([\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+Z" fill="#[0-9a-f]+" stroke="white"/g)].map((x) => x.slice(1).map(Number));
    expect(cells).toHaveLength(rows.length * janej.length);
    const [, , colW, step] = cells[0]!;
    // Unit by unit, indicator by indicator: the second unit's first cell is one column to the right.
    expect(cells[janej.length]!.slice(0, 2)).toEqual([colW, 0]);
    expect(cells[1]!.slice(0, 2)).toEqual([0, step]);
    const root = parseXml(m.svg);
    const shift = Number(/translate\((\d+),4\)/.exec(m.svg)![1]); // padding + the name column
    // Cells span colW · units, and their 2 px white stroke reaches 1 px past the right edge.
    expect(Number(root.attrs.width)).toBe(shift + colW! * rows.length + 1 + 4);
    // Row names start 4 px inside the name column; the kommun's column name is bold, the others are not.
    const texts = textsOf(root);
    const first = texts.find((t) => t.text === janej[0]!.shortName)!;
    expect(first.x).toBeCloseTo(4 + 4 + 0.5, 6);
    expect(texts.find((t) => t.text === 'Uppsala')!.fontWeight).toBe('600');
    expect(texts.find((t) => t.text === rows[1]!.name)!.fontWeight).toBe('400');
  });
});
