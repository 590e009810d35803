// Vega-lite spec → SVG string in Node: Swedish locale, Inter text metrics, no canvas.
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

// vega and vega-lite load on the first chart, not at start-up: commands without charts never pay for them.
let libs: Promise<[typeof import('vega'), typeof import('vega-lite')]> | undefined;

/** Render with details (size, warnings); renderSvg is the everyday entry point. */
export async function renderChart(spec: VegaLiteSpec): Promise<RenderResult> {
  // vega runs on microtasks only; one macrotask turn per chart lets Chromium's launch messages through while
  // the report composes (a cold run otherwise finishes composing before Chromium's first page is ready).
  await new Promise((r) => setImmediate(r));
  const [vega, { compile }] = await (libs ??= Promise.all([import('vega'), import('vega-lite')]));
  installTextMetrics(vega);
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const compiled = compile(spec, { config: baseConfig, logger: logger as never }).spec;
  const view = new vega.View(vega.parse(compiled), {
    renderer: 'none',
    logger: logger as never,
    // Plain locale definitions: vega-view builds the formatters (the typings only name the built form).
    locale: { number: SV_NUMBER_LOCALE, time: SV_TIME_LOCALE } as never,
  });
  try {
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
