// The whole-country part of npm run bench: `alla` in-process on the example data, measured from outside the
// engine (wall time, per-report latency, process-tree memory from /proc) plus the floor: a bare page.pdf of
// a sample of the same finished HTML on a warm page, in the same run.
import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { runBatch } from '../src/commands/batch.ts';
import { treeRss } from '../src/batch/proctree.ts';
import { silentLogger } from '../src/log.ts';
import { prepareContext } from '../src/pipeline/context.ts';
import { BrowserManager } from '../src/render/browser.ts';

const MB = 1024 * 1024;
const r = (x: number) => Math.round(x);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export interface CountryResult {
  units: number;
  outputs: number;
  failed: number;
  parallel: number;
  loadMs: number;
  wallMs: number;
  reportsPerSecond: number;
  wallPerReportMs: number;
  reportMs: { median: number; p95: number };
  bareMs: { median: number; samples: number };
  floorRatio: number;
  /** Wall time per report of load + one print on `parallel` pages at once (no analysis, no second TOC pass). */
  bareWallPerReportMs: number;
  /** Wall time per report of the run / bareWallPerReportMs. */
  throughputFloorRatio: number;
  /** Peak PSS of node + Chromium (shared pages split fairly). */
  peakTreeMB: number;
  /** Peak of VmRSS summed over the tree (shared pages counted per process: an upper bound). */
  peakTreeRssSumMB: number;
  first50MB: number;
  last50MB: number;
  memoryGrowthPct: number;
  phaseTotalsMs: Record<string, number>;
  browserLaunches: number;
}

export async function country(outDir: string): Promise<CountryResult> {
  const l0 = performance.now();
  const ctx = await prepareContext({ data: [] }, silentLogger);
  const loadMs = performance.now() - l0;
  const parallel = Math.min(4, availableParallelism());

  let peak = 0;
  let peakRss = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss());
    peakRss = Math.max(peakRss, treeRss(process.pid, 'rss'));
  }, 250);
  const rssByCompletion: number[] = [];
  const samples: { html: string; title: string }[] = [];
  let n = 0;
  const res = await runBatch(
    { outDir, data: [], parallel },
    silentLogger,
    {
      progress: 'none',
      context: ctx,
      keepHtml: (task, html, title) => {
        if (!task.key.startsWith('lan-') && n++ % 15 === 0) samples.push({ html, title });
      },
      sampleMemory: () => {
        const v = treeRss();
        peak = Math.max(peak, v);
        return v;
      },
      onProgress: (o) => {
        if (o.status === 'klar' && o.rss && o.file.endsWith('.pdf')) rssByCompletion.push(o.rss);
      },
    },
  );
  clearInterval(sampler);

  // The floor: the same finished HTML printed once more on a warm page (load untimed, print timed).
  const browser = new BrowserManager();
  const bare: number[] = [];
  let bareWallPerReport = NaN;
  try {
    const page = await browser.acquirePage();
    for (const [i, s] of samples.entries()) {
      await page.setContent(s.html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const t0 = performance.now();
      await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
      if (i > 0) bare.push(performance.now() - t0); // the first is warm-up
    }
    // Throughput floor: only setContent + one tagged page.pdf per sample, on `parallel` warm pages at once.
    const pages = [page, ...(await Promise.all(Array.from({ length: parallel - 1 }, () => browser.acquirePage())))];
    const b0 = performance.now();
    let next = 0;
    await Promise.all(
      pages.map(async (p) => {
        for (let i = next++; i < samples.length; i = next++) {
          await p.setContent(samples[i]!.html, { waitUntil: 'load' });
          await p.evaluate(() => document.fonts.ready.then(() => undefined));
          await p.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
        }
      }),
    );
    bareWallPerReport = (performance.now() - b0) / Math.max(1, samples.length);
  } finally {
    await browser.close();
  }

  const reports = res.outcomes.filter((o) => o.status === 'klar' && o.file.endsWith('.pdf') && !o.key.startsWith('lan-'));
  const reportMs = reports.map((o) => o.ms ?? 0);
  const first50 = mean(rssByCompletion.slice(0, 50));
  const last50 = mean(rssByCompletion.slice(-50));
  const median = quantile(reportMs, 0.5);
  const bareMedian = quantile(bare, 0.5);
  return {
    units: reports.length,
    outputs: res.outcomes.length,
    failed: res.outcomes.filter((o) => o.status === 'misslyckad').length,
    parallel,
    loadMs: r(loadMs),
    wallMs: r(res.wallMs),
    reportsPerSecond: Math.round((reports.length / (res.wallMs / 1000)) * 100) / 100,
    wallPerReportMs: r(res.wallMs / Math.max(1, reports.length)),
    reportMs: { median: r(median), p95: r(quantile(reportMs, 0.95)) },
    bareMs: { median: r(bareMedian), samples: bare.length },
    floorRatio: Math.round((median / bareMedian) * 100) / 100,
    bareWallPerReportMs: r(bareWallPerReport),
    throughputFloorRatio: Math.round((res.wallMs / Math.max(1, reports.length) / bareWallPerReport) * 100) / 100,
    peakTreeMB: r(peak / MB),
    peakTreeRssSumMB: r(peakRss / MB),
    first50MB: r(first50 / MB),
    last50MB: r(last50 / MB),
    memoryGrowthPct: Math.round(((last50 - first50) / first50) * 1000) / 10,
    phaseTotalsMs: Object.fromEntries(Object.entries(res.phaseTotals).map(([k, v]) => [k, r(v)])),
    browserLaunches: res.browserLaunches,
  };
}

export function printCountry(c: CountryResult): void {
  const row = (label: string, value: string) => console.log(`${label.padEnd(38)}${value.padStart(10)}`);
  console.log('');
  console.log(`Hela riket: ojrapport alla (${c.units} kommuner och stadsdelar, ${c.outputs} filer, --parallell ${c.parallel})`);
  row('Väggtid (utan inläsning)', `${(c.wallMs / 1000).toFixed(1)} s`);
  row('Inläsning av data', `${c.loadMs} ms`);
  row('Rapporter per sekund', c.reportsPerSecond.toFixed(2));
  row('Väggtid per rapport', `${c.wallPerReportMs} ms`);
  row('Per rapport, median', `${c.reportMs.median} ms`);
  row('Per rapport, p95', `${c.reportMs.p95} ms`);
  row(`Bara page.pdf, median (${c.bareMs.samples} st)`, `${c.bareMs.median} ms`);
  row('Golvkvot (median / bara page.pdf)', c.floorRatio.toFixed(2));
  row('Bara laddning + page.pdf, väggtid/rapport', `${c.bareWallPerReportMs} ms`);
  row('Golvkvot, genomströmning', c.throughputFloorRatio.toFixed(2));
  row('Minne, topp (node + Chromium, PSS)', `${c.peakTreeMB} MB`);
  row('Minne, topp (summa VmRSS, övre gräns)', `${c.peakTreeRssSumMB} MB`);
  row('Minne (PSS), första 50 rapporterna', `${c.first50MB} MB`);
  row('Minne (PSS), sista 50 rapporterna', `${c.last50MB} MB`);
  row('Minnesökning', `${c.memoryGrowthPct} %`);
  row('Misslyckade', String(c.failed));
  row('Webbläsarstarter', String(c.browserLaunches));
  console.log(`Tid summerad per fas (ms): ${Object.entries(c.phaseTotalsMs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
