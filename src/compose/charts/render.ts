// Vega-lite spec → SVG string in Node: Swedish locale, Inter text metrics, no canvas.
import { isDeepStrictEqual } from 'node:util';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { baseConfig } from './config.ts';
import { SV_NUMBER_LOCALE, SV_TIME_LOCALE } from './locale.ts';
import { installTextMetrics } from './metrics.ts';

export type VegaLiteSpec = TopLevelSpec;

export interface RenderResult {
  svg: string;
  width: number;
  height: number;
  /** Vega-lite/vega warnings (a chart should have none). */
  warnings: string[];
}

function collectingLogger(warnings: string[]) {
  let level = 0;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: unknown[]): never {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

interface Template {
  /** The parsed vega dataflow, without the inline data. */
  runtime: vega.Runtime;
  /** Vega data sets to fill, each from one of the spec's inline data arrays (by index, see splitData). */
  slots: { name: string; input: number }[];
  /** Warnings from compiling and parsing, repeated for every chart drawn from the template. */
  warnings: string[];
}

// Compiling vega-lite and parsing vega is most of a chart's cost and depends only on the spec, not on its inline
// data: charts whose specs differ only in data share one parsed dataflow.
const templates = new Map<string, Template>();
const TEMPLATES_MAX = 500;

/**
 * The spec's inline data arrays and a key for the rest. Deep-equal arrays share an index, as vega-lite merges
 * them into one data set, so the key also records which are equal.
 */
export function splitData(spec: VegaLiteSpec): { key: string; inputs: unknown[][] } {
  const holders = new Set<object>();
  (function walk(o: unknown) {
    if (!o || typeof o !== 'object') return;
    const data = (o as { data?: { values?: unknown } }).data;
    if (data && Array.isArray(data.values)) holders.add(data);
    for (const v of Object.values(o)) walk(v);
  })(spec);
  const inputs: unknown[][] = [];
  const key = JSON.stringify(spec, function (this: unknown, k, v: unknown) {
    if (k !== 'values' || !holders.has(this as object)) return v;
    let i = inputs.findIndex((x) => isDeepStrictEqual(x, v));
    if (i < 0) i = inputs.push(v as unknown[]) - 1;
    return `$data${i}`;
  });
  return { key, inputs };
}

function template(spec: VegaLiteSpec, key: string, inputs: unknown[][]): Template {
  let t = templates.get(key);
  if (t) return t;
  const warnings: string[] = [];
  const logger = collectingLogger(warnings) as never;
  const compiled = compile(spec, { config: baseConfig, logger }).spec;
  const slots: Template['slots'] = [];
  // vega-lite copies an inline array by reference ({ values: data.values }): find which input each data set is.
  const data = compiled.data?.map((d) => {
    const values = (d as { values?: unknown }).values;
    const input = inputs.indexOf(values as unknown[]);
    if (input < 0) return d;
    slots.push({ name: d.name, input });
    const { values: _, ...rest } = d as typeof d & { values: unknown };
    return rest;
  });
  t = { runtime: vega.parse({ ...compiled, ...(data ? { data } : {}) }), slots, warnings };
  if (templates.size >= TEMPLATES_MAX) templates.clear();
  templates.set(key, t);
  return t;
}

/** Render with details (size, warnings); renderSvg is the everyday entry point. */
export async function renderChart(spec: VegaLiteSpec): Promise<RenderResult> {
  installTextMetrics();
  const { key, inputs } = splitData(spec);
  const t = template(spec, key, inputs);
  const warnings = [...t.warnings];
  const logger = collectingLogger(warnings);
  const view = new vega.View(t.runtime, {
    renderer: 'none',
    logger: logger as never,
    // Plain locale definitions: vega-view builds the formatters (the typings only name the built form).
    locale: { number: SV_NUMBER_LOCALE, time: SV_TIME_LOCALE } as never,
  });
  try {
    for (const s of t.slots) view.data(s.name, inputs[s.input]! as never);
    await view.runAsync();
    const svg = await view.toSVG();
    return { svg, width: view.width(), height: view.height(), warnings };
  } finally {
    view.finalize();
  }
}

/** Compile vega-lite, run it headless and return the SVG markup. */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  return (await renderChart(spec)).svg;
}
