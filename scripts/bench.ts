// npm run bench: time per report (warm, in-process), a cold `ojrapport kommun` run (without and with the data
// cache), and a whole-country batch run (`ojrapport alla`: wall time, throughput, per-report latency,
// process-tree memory, floor ratio).
// Writes bench-results/bench.json. Usage: npm run bench [-- --runs N] [-- --snabb (skip the country run)]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../src/log.ts';
import { ROOT } from '../src/paths.ts';
import { prepareContext } from '../src/pipeline/context.ts';
import { analyse, composeReport } from '../src/pipeline/unit-report.ts';
import { BrowserManager } from '../src/render/browser.ts';
import { renderPdf } from '../src/render/pdf.ts';
import { writeFileAtomic } from '../src/render/write.ts';
import { country, printCountry } from './bench-country.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;
const QUICK = process.argv.includes('--snabb');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const ms = (x: number) => Math.round(x);

async function warm(out: string) {
  const ctx = await prepareContext({ data: [] }, silentLogger);
  const browser = new BrowserManager();
  const t = { analyse: [] as number[], compose: [] as number[], pdf: [] as number[], bare: [] as number[], total: [] as number[] };
  let size = 0;
  try {
    const page = await browser.acquirePage();
    for (let i = 0; i < RUNS + 2; i++) {
      const t0 = performance.now();
      const analysis = analyse(ctx, '0380', undefined);
      const t1 = performance.now();
      const report = await composeReport(ctx, analysis);
      const t2 = performance.now();
      const pdf = await renderPdf(page, report.html, { title: report.title, lang: 'sv' });
      const file = join(out, 'warm.pdf');
      await writeFileAtomic(file, pdf);
      const t3 = performance.now();
      // The floor: printing the same finished HTML again on the warm page.
      const b0 = performance.now();
      await renderPdf(page, report.html, { title: report.title, lang: 'sv' });
      const b1 = performance.now();
      size = statSync(file).size;
      if (i < 2) continue; // warm-up
      t.analyse.push(t1 - t0);
      t.compose.push(t2 - t1);
      t.pdf.push(t3 - t2);
      t.total.push(t3 - t0);
      t.bare.push(b1 - b0);
    }
  } finally {
    await browser.close();
  }
  return { medians: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, ms(median(v))])), pdfBytes: size };
}

/** `ojrapport kommun Uppsala` in a fresh process; with a data cache folder (primed by one untimed run) or none. */
function cold(out: string, cache: string | undefined) {
  const times: number[] = [];
  const n = Math.max(3, Math.ceil(RUNS / 2));
  const env = { ...process.env, OJRAPPORT_CACHE: cache ?? '0' };
  const run = () => execFileSync(process.execPath, [join(ROOT, 'bin/ojrapport.js'), 'kommun', 'Uppsala', '--ut', out], { stdio: 'ignore', env });
  if (cache) run();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return { runs: n, median: ms(median(times)) };
}

/** `ojrapport --version` in a fresh process (the launcher answers it without the compiler). */
function versionRun() {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(ROOT, 'bin/ojrapport.js'), '--version'], { stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return ms(median(times));
}

const out = mkdtempSync(join(tmpdir(), 'ojr-bench-'));
// In-process loads (warm reports, the country run) read the files every time, as before the cache existed,
// and the user's cache folder is left alone.
process.env['OJRAPPORT_CACHE'] = '0';
try {
  const w = await warm(out);
  const c = cold(out, undefined);
  const cc = cold(out, join(out, 'cache'));
  const versionMs = versionRun();
  const whole = QUICK ? undefined : await country(join(out, 'alla'));
  const result = { date: new Date().toISOString(), runs: RUNS, warmReportMs: w.medians, pdfBytes: w.pdfBytes, coldKommunMs: c.median, coldKommunCachedMs: cc.median, coldRuns: c.runs, versionMs, ...(whole ? { country: whole } : {}) };
  console.log('Mått (median)                         ms');
  console.log(`Varm rapport, totalt              ${String(w.medians['total']).padStart(6)}`);
  console.log(`  analys                          ${String(w.medians['analyse']).padStart(6)}`);
  console.log(`  text, diagram och HTML          ${String(w.medians['compose']).padStart(6)}`);
  console.log(`  PDF och skrivning               ${String(w.medians['pdf']).padStart(6)}`);
  console.log(`Bara page.pdf av samma HTML       ${String(w.medians['bare']).padStart(6)}`);
  console.log(`Kall körning: ojrapport kommun    ${String(c.median).padStart(6)}   (${c.runs} körningar, utan datacache)`);
  console.log(`  med datacache                   ${String(cc.median).padStart(6)}   (${cc.runs} körningar)`);
  console.log(`ojrapport --version               ${String(versionMs).padStart(6)}`);
  console.log(`PDF-storlek Uppsala               ${(w.pdfBytes / 1024).toFixed(0).padStart(6)} KiB`);
  if (whole) printCountry(whole);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
