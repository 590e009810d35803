// No two markers in a chart overlap or touch (issue 15): every symbol's box is computed from the rendered SVG
// (translate + path coordinates + half the stroke) for all charts of the example-data reports of Uppsala,
// Göteborg and Bromma and the Uppsala county report, and each pair of markers must keep a gap.
import { describe, expect, it } from 'vitest';
import { buildFigures } from '../../src/compose/figures.ts';
import { composeLanReport, lanAnalysis } from '../../src/lan/report.ts';
import { summarise } from '../../src/lan/summary.ts';
import { silentLogger } from '../../src/log.ts';
import { prepareContext, type RunContext } from '../../src/pipeline/context.ts';
import { resolveTypedUnit } from '../../src/commands/kommun.ts';
import { analyse } from '../../src/pipeline/unit-report.ts';
import { parseXml, type El } from './svg.ts';

export interface Box { x1: number; y1: number; x2: number; y2: number; group: string; kind: string }

/** The box of one vega symbol path in its own coordinates (arcs are vega's circles, centred on 0,0). */
function pathBox(d: string): [number, number, number, number] {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  const add = (x: number, y: number) => { x1 = Math.min(x1, x); y1 = Math.min(y1, y); x2 = Math.max(x2, x); y2 = Math.max(y2, y); };
  for (const [, cmd, args] of d.matchAll(/([MLAZmlaz])([^MLAZmlaz]*)/g)) {
    const n = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    if (cmd === 'M' || cmd === 'L') for (let i = 0; i + 1 < n.length; i += 2) add(n[i]!, n[i + 1]!);
    else if (cmd === 'A') for (let i = 0; i + 6 < n.length; i += 7) { add(-n[i]!, -n[i + 1]!); add(n[i]!, n[i + 1]!); }
    else if (cmd !== 'Z' && cmd !== 'z') throw new Error(`Unexpected path command ${cmd} in ${d.slice(0, 40)}`);
  }
  return [x1, y1, x2, y2];
}

function translate(t: string | undefined): [number, number] {
  const m = t?.match(/translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)/);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

const visible = (c: string | undefined) => c != null && c !== 'none' && c !== 'transparent';

/** What a reader can tell a marker by: its shape (scaled to size 1) and its colour, filled or hollow. */
function kindOf(el: El): string {
  const d = el.attrs.d ?? '';
  const n = (d.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
  const r = Math.max(...n.map(Math.abs)) || 1;
  const shape = d.replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (m) => (Number(m) / r).toFixed(1)).replace(/-0\.0/g, '0.0');
  const hollow = !visible(el.attrs.fill) || el.attrs.fill === 'white';
  return `${shape} ${hollow ? `hollow ${el.attrs.stroke}` : `filled ${el.attrs.fill}`}`;
}

/** Boxes of every drawn symbol (vega's mark-symbol paths), grouped by the mark container (legend, plot, …). */
export function markerBoxes(el: El, x = 0, y = 0, group = '', out: Box[] = []): Box[] {
  const [tx, ty] = translate(el.attrs.transform);
  const here = { x: x + tx, y: y + ty };
  const cls = el.attrs.class ?? '';
  const g = cls.includes('mark-symbol') ? cls.split(/\s+/).find((c) => c.endsWith('_marks')) ?? cls : group;
  if (el.name === 'path' && group && (visible(el.attrs.fill) || visible(el.attrs.stroke)) && el.attrs.opacity !== '0') {
    const [a, b, c, d] = pathBox(el.attrs.d ?? '');
    const half = visible(el.attrs.stroke) ? Number(el.attrs['stroke-width'] ?? 1) / 2 : 0;
    out.push({ x1: here.x + a - half, y1: here.y + b - half, x2: here.x + c + half, y2: here.y + d + half, group, kind: kindOf(el) });
    return out;
  }
  for (const ch of el.children) markerBoxes(ch, here.x, here.y, g, out);
  return out;
}

/** Pairs of markers closer than `gap` px on both axes. */
export function touching(boxes: Box[], gap = 0.5): [Box, Box][] {
  const out: [Box, Box][] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap) out.push([a, b]);
    }
  }
  return out;
}

const svgsOf = (html: string) => [...html.matchAll(/<svg[^>]*class="marks"[\s\S]*?<\/svg>/g)].map((m) => m[0]);

let ctx: RunContext | undefined;
const context = async () => (ctx ??= await prepareContext({ data: [] }, silentLogger));

async function kommunCharts(name: string): Promise<{ label: string; svg: string }[]> {
  const c = await context();
  const unit = resolveTypedUnit([...c.data.units.values()], name);
  const figures = await buildFigures(analyse(c, unit.code, undefined), c.data, c.nameOf);
  const out: { label: string; svg: string }[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string' && v.startsWith('<svg')) out.push({ label: path, svg: v });
    else if (v && typeof v === 'object') for (const [k, w] of Object.entries(v)) walk(w, `${path}.${k}`);
  };
  walk(figures, name);
  return out;
}

describe('markers never overlap or touch', { timeout: 120_000 }, () => {
  const check = (charts: { label: string; svg: string }[]) => {
    expect(charts.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { label, svg } of charts) {
      for (const [a, b] of touching(markerBoxes(parseXml(svg)))) {
        problems.push(`${label}: ${a.group} (${a.x1.toFixed(1)},${a.y1.toFixed(1)})–(${a.x2.toFixed(1)},${a.y2.toFixed(1)}) och ${b.group} (${b.x1.toFixed(1)},${b.y1.toFixed(1)})–(${b.x2.toFixed(1)},${b.y2.toFixed(1)})`);
      }
    }
    expect(problems.slice(0, 15), `${problems.length} par`).toEqual([]);
  };

  for (const name of ['Uppsala', 'Göteborg', 'Bromma']) {
    it(`in ${name}'s report`, async () => check(await kommunCharts(name)));
  }

  it('in the Uppsala county report', async () => check(await lanCharts()));
});

async function lanCharts(): Promise<{ label: string; svg: string }[]> {
  {
    const c = await context();
    const lan = [...c.ref.lan.values()].find((l) => l.name.startsWith('Uppsala'))!;
    const units = [...c.data.units.values()].filter((u) => (u.kind === 'kommun' || u.kind === 'stadsdel') && (u.parentCode ?? u.code).startsWith(lan.code));
    const analyses = units.map((u) => analyse(c, u.code, undefined));
    const la = lanAnalysis(c, lan, analyses[0]!.year, analyses.map(summarise));
    const { html } = await composeLanReport(c, la, analyses[0]!, new Date(0));
    return svgsOf(html).map((svg, i) => ({ label: `län ${i + 1}`, svg }));
  }
}

describe('every chart has a legend that explains each kind of marker it draws', { timeout: 120_000 }, () => {
  const check = (charts: { label: string; svg: string }[]) => {
    expect(charts.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { label, svg } of charts) {
      const boxes = markerBoxes(parseXml(svg));
      // The legend is the first view of every chart (vconcat[0]).
      const legend = new Set(boxes.filter((b) => b.group.startsWith('concat_0_layer')).map((b) => b.kind));
      if (!legend.size) problems.push(`${label}: ingen teckenförklaring`);
      for (const b of boxes.filter((x) => !x.group.startsWith('concat_0_layer'))) {
        if (!legend.has(b.kind)) problems.push(`${label}: ${b.group} ${b.kind.slice(-30)} saknas i teckenförklaringen`);
      }
    }
    expect([...new Set(problems)].slice(0, 15)).toEqual([]);
  };

  for (const name of ['Uppsala', 'Göteborg', 'Bromma']) {
    it(`in ${name}'s report`, async () => check(await kommunCharts(name)));
  }

  it('in the Uppsala county report', async () => check(await lanCharts()));
});
