// The whole-country part of npm run bench: `alla --parallell 2` in-process on the example data, measured from
// outside the engine (wall time, prints and compose per report, process-tree memory from /proc), then the
// floor: the same reports' final HTML printed once each, tagged, on as many warm pages as the batch used.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runBatch } from '../src/commands/batch.ts';
import { treeRss, treeSplit } from '../src/batch/proctree.ts';
import { silentLogger } from '../src/log.ts';
import { prepareContext } from '../src/pipeline/context.ts';
import { BrowserManager } from '../src/render/browser.ts';
import { floorWallMs } from './bench-floor.ts';

const MB = 1024 * 1024;
const r = (x: number) => Math.round(x);
/** The batch's page count, as in the issue's table. */
const PARALLEL = 2;
/** Memory is read after every fifth PDF (50 divisible by it: each window is 50 reports). */
const SAMPLE_EVERY = 5;

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
  reportMs: { median: number; p95: number };
  /** Prints per PDF (1 when every contents page number was predicted right). */
  printsPerReport: number;
  /** Median of the text/charts/HTML phase over the kommun and stadsdel reports. */
  composeMs: { median: number; p95: number };
  /** Wall time of printing every PDF's final HTML once on `parallel` warm pages. */
  floorWallMs: number;
  /** wallMs / floorWallMs. */
  floorRatio: number;
  /** Peak PSS of node + Chromium (shared pages split fairly). */
  peakTreeMB: number;
  /** Peak of VmRSS summed over the tree (shared pages counted per process: an upper bound). */
  peakTreeRssSumMB: number;
  first50MB: number;
  last50MB: number;
  memoryGrowthPct: number;
  /** The same windows split: this node process (engine, compose) and its child processes (Chromium). */
  nodeFirst50MB: number;
  nodeLast50MB: number;
  childrenFirst50MB: number;
  childrenLast50MB: number;
  phaseTotalsMs: Record<string, number>;
  browserLaunches: number;
}

export async function country(outDir: string): Promise<CountryResult> {
  const l0 = performance.now();
  const ctx = await prepareContext({ data: [] }, silentLogger);
  const loadMs = performance.now() - l0;

  let peak = 0;
  let peakRss = 0;
  // Reading PSS of the 13 or so processes costs about 44 ms of CPU, which the batch would pay and the floor not:
  // the tree is read once a second and after every SAMPLE_EVERY-th report, about 1 % of the two cores.
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss());
    peakRss = Math.max(peakRss, treeRss(process.pid, 'rss'));
  }, 1000);
  const samples: { self: number; children: number }[] = [];
  let pdfsDone = 0;
  // The final HTML goes to disk, so keeping it does not add to the memory measured.
  const htmlDir = `${outDir}-html`;
  mkdirSync(htmlDir, { recursive: true });
  const htmlFiles: string[] = [];
  const res = await runBatch(
    { outDir, data: [], parallel: PARALLEL },
    silentLogger,
    {
      progress: 'none',
      context: ctx,
      keepHtml: (_task, html) => {
        const file = join(htmlDir, `${htmlFiles.length}.html`);
        writeFileSync(file, html);
        htmlFiles.push(file);
      },
      onProgress: (o) => {
        if (o.status === 'klar' && o.file.endsWith('.pdf') && pdfsDone++ % SAMPLE_EVERY === 0) {
          const split = treeSplit();
          peak = Math.max(peak, split.self + split.children);
          samples.push(split);
        }
      },
    },
  );
  clearInterval(sampler);

  const browser = new BrowserManager();
  let floor = NaN;
  try {
    floor = await floorWallMs(browser, htmlFiles, PARALLEL);
  } finally {
    await browser.close();
  }

  const pdfs = res.outcomes.filter((o) => o.status === 'klar' && o.file.endsWith('.pdf'));
  const reports = pdfs.filter((o) => !o.key.startsWith('lan-'));
  const reportMs = reports.map((o) => o.ms ?? 0);
  const composeMs = reports.map((o) => o.timings?.['text'] ?? 0);
  // 50 reports each: every SAMPLE_EVERY-th report was sampled.
  const firstW = samples.slice(0, 50 / SAMPLE_EVERY);
  const lastW = samples.slice(-50 / SAMPLE_EVERY);
  const first50 = mean(firstW.map((x) => x.self + x.children));
  const last50 = mean(lastW.map((x) => x.self + x.children));
  const windowMB = (part: 'self' | 'children', w: typeof samples) => r(mean(w.map((x) => x[part])) / MB);
  return {
    units: reports.length,
    outputs: res.outcomes.length,
    failed: res.outcomes.filter((o) => o.status === 'misslyckad').length,
    parallel: PARALLEL,
    loadMs: r(loadMs),
    wallMs: r(res.wallMs),
    reportsPerSecond: Math.round((reports.length / (res.wallMs / 1000)) * 100) / 100,
    reportMs: { median: r(quantile(reportMs, 0.5)), p95: r(quantile(reportMs, 0.95)) },
    printsPerReport: Math.round((pdfs.reduce((a, o) => a + (o.prints ?? 0), 0) / Math.max(1, pdfs.length)) * 100) / 100,
    composeMs: { median: r(quantile(composeMs, 0.5)), p95: r(quantile(composeMs, 0.95)) },
    floorWallMs: r(floor),
    floorRatio: Math.round((res.wallMs / floor) * 100) / 100,
    peakTreeMB: r(peak / MB),
    peakTreeRssSumMB: r(peakRss / MB),
    first50MB: r(first50 / MB),
    last50MB: r(last50 / MB),
    memoryGrowthPct: Math.round(((last50 - first50) / first50) * 1000) / 10,
    nodeFirst50MB: windowMB('self', firstW),
    nodeLast50MB: windowMB('self', lastW),
    childrenFirst50MB: windowMB('children', firstW),
    childrenLast50MB: windowMB('children', lastW),
    phaseTotalsMs: Object.fromEntries(Object.entries(res.phaseTotals).map(([k, v]) => [k, r(v)])),
    browserLaunches: res.browserLaunches,
  };
}

export function printCountry(c: CountryResult): void {
  const row = (label: string, value: string) => console.log(`${label.padEnd(44)}${value.padStart(10)}`);
  console.log('');
  console.log(`Hela riket: ojrapport alla --parallell ${c.parallel} (${c.units} kommuner och stadsdelar, ${c.outputs} filer)`);
  row('Väggtid (utan inläsning)', `${(c.wallMs / 1000).toFixed(1)} s`);
  row('Inläsning av data', `${c.loadMs} ms`);
  row('Rapporter per sekund', c.reportsPerSecond.toFixed(2));
  row('Per rapport, median', `${c.reportMs.median} ms`);
  row('Per rapport, p95', `${c.reportMs.p95} ms`);
  row('Utskrifter per PDF', c.printsPerReport.toFixed(2));
  row('Text, diagram och HTML per rapport, median', `${c.composeMs.median} ms`);
  row(`Golv: samma slutliga HTML en gång (${c.parallel} sidor)`, `${(c.floorWallMs / 1000).toFixed(1)} s`);
  row('Golvkvot (väggtid / golv)', c.floorRatio.toFixed(2));
  row('Minne, topp (node + Chromium, PSS)', `${c.peakTreeMB} MB`);
  row('Minne, topp (summa VmRSS, övre gräns)', `${c.peakTreeRssSumMB} MB`);
  row('Minne (PSS), första 50 rapporterna', `${c.first50MB} MB`);
  row('Minne (PSS), sista 50 rapporterna', `${c.last50MB} MB`);
  row('Minnesökning', `${c.memoryGrowthPct} %`);
  row('  varav node, första/sista 50', `${c.nodeFirst50MB}/${c.nodeLast50MB} MB`);
  row('  varav Chromium, första/sista 50', `${c.childrenFirst50MB}/${c.childrenLast50MB} MB`);
  row('Misslyckade', String(c.failed));
  row('Webbläsarstarter', String(c.browserLaunches));
  console.log(`Tid summerad per fas (ms): ${Object.entries(c.phaseTotalsMs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
