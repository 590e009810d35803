// Vega-lite spec → SVG string in Node: Swedish locale, Inter text metrics, no canvas.
import { isDeepStrictEqual } from 'node:util';
import type * as Vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
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
  runtime: Vega.Runtime;
  /** Vega data sets to fill, each from one of the spec's inline data arrays (by index, see splitData). */
  slots: { name: string; input: number }[];
  /** Warnings from compiling and parsing, repeated for every chart drawn from the template. */
  warnings: string[];
  /** Where the runtime holds the chart's names (see renderChart). */
  namePaths: Path[];
}

// Compiling vega-lite and parsing vega is most of a chart's cost and depends only on the spec, not on its inline
// data: charts whose specs differ only in data share one parsed dataflow. Least recently used first out: a whole
// country draws about 280 shapes, more than half of them once, and the ones drawn again recur within a few
// reports; holding all of them made the cache the one part of node's memory that grew for the whole batch.
const templates = new Map<string, Template>();
export const TEMPLATES_MAX = 128;
let compiles = 0;

/** Templates held and compiled so far in this process (tests, bench). */
export function templateStats(): { size: number; compiles: number } {
  return { size: templates.size, compiles };
}

/**
 * The spec's inline data arrays and a key for the rest. Deep-equal arrays share an index, as vega-lite merges
 * them into one data set, so the key also records which are equal.
 */
export function splitData(spec: VegaLiteSpec, names: string[] = []): { key: string; inputs: unknown[][] } {
  const holders = new Set<object>();
  const valueLists = new Set<unknown>();
  (function walk(o: unknown) {
    if (!o || typeof o !== 'object') return;
    const { data, domain, sort } = o as { data?: { values?: unknown }; domain?: unknown; sort?: unknown };
    if (data && Array.isArray(data.values)) holders.add(data);
    for (const list of [domain, sort]) if (Array.isArray(list)) valueLists.add(list);
    for (const v of Object.values(o)) walk(v);
  })(spec);
  const inputs: unknown[][] = [];
  const key = JSON.stringify(spec, function (this: unknown, k, v: unknown) {
    // Names only where a spec holds values (a group called "line" is not a mark type).
    if (typeof v === 'string') {
      const i = valueLists.has(this) || k === 'datum' || k === 'equal' ? names.indexOf(v) : -1;
      return i < 0 ? v : token(i);
    }
    if (k !== 'values' || !holders.has(this as object)) return v;
    let i = inputs.findIndex((x) => isDeepStrictEqual(x, v));
    if (i < 0) i = inputs.push(v as unknown[]) - 1;
    return `$data${i}`;
  });
  return { key, inputs };
}

/** A stand-in for names[i] that vega-lite and vega pass through unchanged (plain letters, never escaped). */
const token = (i: number) => `QZNAME${i}QZ`;
const TOKEN = /QZNAME(\d+)QZ/g;
/** Names that can stand in a spec's expressions as they are (see withNames). */
const plainName = (s: string) => s.length > 0 && !/["'\\\p{Cc}]|QZNAME/u.test(s);

type Path = (string | number)[];

/** Where in x (JSON-like, a tree: shared objects are reached by each of their paths) strings hold tokens. */
function tokenPaths(x: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof x === 'string') {
    if (x.includes('QZNAME')) out.push(path);
  } else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) tokenPaths(v, [...path, Array.isArray(x) ? Number(k) : k], out);
  }
  return out;
}

/** `x` with the tokens at `paths` replaced by their names: copies only the objects on those paths. */
function withNames<T extends object>(x: T, paths: Path[], names: string[]): T {
  const copies = new Map<object, Record<string | number, unknown>>();
  const copy = (o: object) => {
    let c = copies.get(o);
    if (!c) copies.set(o, (c = (Array.isArray(o) ? [...o] : { ...o }) as Record<string | number, unknown>));
    return c;
  };
  const root = copy(x);
  for (const path of paths) {
    let src = x as Record<string | number, unknown>;
    let dst = root;
    for (const k of path.slice(0, -1)) {
      src = src[k] as Record<string | number, unknown>;
      dst = dst[k] = copy(src);
    }
    const last = path.at(-1)!;
    dst[last] = (src[last] as string).replace(TOKEN, (_, i: string) => names[Number(i)]!);
  }
  return root as T;
}

// vega and vega-lite load on the first chart, not at start-up: commands without charts never pay for them.
type Libs = [typeof import('vega'), typeof import('vega-lite')];
let libs: Promise<Libs> | undefined;

function template(key: string, inputs: unknown[][], [vega, { compile }]: Libs): Template {
  let t = templates.get(key);
  if (t) {
    // Map order is insertion order: re-inserting marks it as the most recently used.
    templates.delete(key);
    templates.set(key, t);
    return t;
  }
  compiles++;
  const warnings: string[] = [];
  const logger = collectingLogger(warnings) as never;
  // Compiled from the key itself, so the names are tokens and the template serves every chart of the same shape.
  const keyed = JSON.parse(key, function (this: unknown, k, v: unknown) {
    return typeof v === 'string' && k === 'values' && /^\$data\d+$/.test(v) ? inputs[Number(v.slice(5))] : v;
  }) as VegaLiteSpec;
  const compiled = compile(keyed, { config: baseConfig, logger }).spec;
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
  const runtime = vega.parse({ ...compiled, ...(data ? { data } : {}) });
  t = { runtime, slots, warnings, namePaths: tokenPaths(runtime) };
  if (templates.size >= TEMPLATES_MAX) templates.delete(templates.keys().next().value!);
  templates.set(key, t);
  return t;
}

/**
 * Render with details (size, warnings); renderSvg is the everyday entry point. `names` are strings of this
 * chart only (the kommun's name, comparison sets' labels) that the spec uses as values (in a scale domain, a
 * sort order, a datum or an `equal` test): charts that differ only in them and in data share a template.
 */
export async function renderChart(spec: VegaLiteSpec, names: string[] = []): Promise<RenderResult> {
  // vega runs on microtasks only; one macrotask turn per chart lets Chromium's launch messages through while
  // the report composes (a cold run otherwise finishes composing before Chromium's first page is ready).
  await new Promise((r) => setImmediate(r));
  const loaded = await (libs ??= Promise.all([import('vega'), import('vega-lite')]));
  const [vega] = loaded;
  installTextMetrics(vega);
  const plain = [...new Set(names.filter(plainName))];
  const { key, inputs } = splitData(spec, plain);
  const t = template(key, inputs, loaded);
  const warnings = [...t.warnings];
  const logger = collectingLogger(warnings);
  const view = new vega.View(t.namePaths.length ? withNames(t.runtime, t.namePaths, plain) : t.runtime, {
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
export async function renderSvg(spec: VegaLiteSpec, names: string[] = []): Promise<string> {
  return (await renderChart(spec, names)).svg;
}
