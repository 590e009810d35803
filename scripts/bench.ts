// npm run bench: time per report (warm, in-process), a cold `ojrapport kommun` run (without and with the data
// cache) and its floor (a fresh process that starts Chromium and prints the final HTML once), `--version`, and a
// whole-country batch run (`ojrapport alla --parallell 2`: wall time, prints and compose per report, process-tree
// memory, ratio to the printing floor); ends with issue 16's table.
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
import { renderReportPdf } from '../src/render/pdf.ts';
import { withPageNumbers } from '../src/render/toc.ts';
import { writeFileAtomic } from '../src/render/write.ts';
import { country, printCountry, type CountryResult } from './bench-country.ts';
import { printOnce } from './bench-floor.ts';

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
  let prints = 0;
  try {
    const page = await browser.acquirePage();
    for (let i = 0; i < RUNS + 2; i++) {
      const t0 = performance.now();
      const analysis = analyse(ctx, '0380', undefined);
      const t1 = performance.now();
      const report = await composeReport(ctx, analysis);
      const t2 = performance.now();
      const { pdf, pageMap, prints: n } = await renderReportPdf(page, report.html, { title: report.title, lang: 'sv' });
      const file = join(out, 'warm.pdf');
      await writeFileAtomic(file, pdf);
      const t3 = performance.now();
      // The floor: the final HTML (page numbers filled in) printed once on the warm page.
      const final = withPageNumbers(report.html, pageMap.dests);
      if (i === 0) writeFileSync(join(out, 'final.html'), final); // for the cold floor
      const b0 = performance.now();
      await printOnce(page, final);
      const b1 = performance.now();
      prints = n;
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
  return { medians: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, ms(median(v))])), pdfBytes: size, prints };
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

/**
 * The floor under the cold run: a fresh process that only starts Chromium, prints Uppsala's final HTML once,
 * tagged, and closes it (scripts/cold-floor.js); as many runs as the cold run.
 */
function coldFloor(out: string) {
  const times: number[] = [];
  const n = Math.max(3, Math.ceil(RUNS / 2));
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(ROOT, 'scripts/cold-floor.js'), join(out, 'final.html')], { stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return ms(median(times));
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

/** Issue 16's table: each measure, this run's value and the target (country rows absent with --snabb). */
function printTable(composeMs: number, coldMs: number, coldFloorMs: number, versionMs: number, warmPrints: number, c: CountryResult | undefined) {
  const skipped = 'hoppad (--snabb)';
  const rows: [string, string, string][] = [
    ['Batch mot utskriftsgolvet (hela riket)', c ? c.floorRatio.toFixed(2).replace('.', ',') : skipped, '≤ 1,3'],
    ['Hela riket, alla --parallell 2', c ? `${((c.wallMs + c.loadMs) / 1000).toFixed(0)} s` : skipped, '≤ 75 s'],
    ['Utskrifter per rapport', c ? c.printsPerReport.toFixed(2).replace('.', ',') : `${warmPrints} (Uppsala)`, '1,0'],
    ['Text, diagram och HTML per rapport (varm)', `${composeMs} ms`, '≤ 60 ms'],
    ['Kall ojrapport kommun Uppsala', `${(coldMs / 1000).toFixed(2).replace('.', ',')} s`, '≤ 1,5 s'],
    ['  golv: starta Chromium, en utskrift, stäng', `${(coldFloorMs / 1000).toFixed(2).replace('.', ',')} s`, '(golv)'],
    ['ojrapport --version', `${(versionMs / 1000).toFixed(2).replace('.', ',')} s`, '≤ 0,3 s'],
    ['Minne, topp (processträd, hela riket)', c ? `${(c.peakTreeMB / 1024).toFixed(2).replace('.', ',')} GB` : skipped, '≤ 1,5 GB'],
    ['Sista 50 mot första 50 rapporterna', c ? `${c.memoryGrowthPct.toFixed(1).replace('.', ',')} %` : skipped, '≤ 5 %'],
  ];
  console.log('');
  console.log(`${'Issue 16'.padEnd(44)}${'Nu'.padStart(18)}  Mål`);
  for (const [label, now, target] of rows) console.log(`${label.padEnd(44)}${now.padStart(18)}  ${target}`);
}

const out = mkdtempSync(join(tmpdir(), 'ojr-bench-'));
// In-process loads (warm reports, the country run) read the files every time, as before the cache existed,
// and the user's cache folder is left alone.
process.env['OJRAPPORT_CACHE'] = '0';
try {
  const w = await warm(out);
  const c = cold(out, undefined);
  const cc = cold(out, join(out, 'cache'));
  const coldFloorMs = coldFloor(out);
  const versionMs = versionRun();
  const whole = QUICK ? undefined : await country(join(out, 'alla'));
  const result = { date: new Date().toISOString(), runs: RUNS, warmReportMs: w.medians, warmPrints: w.prints, pdfBytes: w.pdfBytes, coldKommunMs: c.median, coldKommunCachedMs: cc.median, coldFloorMs, coldRuns: c.runs, versionMs, ...(whole ? { country: whole } : {}) };
  console.log('Mått (median)                         ms');
  console.log(`Varm rapport, totalt              ${String(w.medians['total']).padStart(6)}`);
  console.log(`  analys                          ${String(w.medians['analyse']).padStart(6)}`);
  console.log(`  text, diagram och HTML          ${String(w.medians['compose']).padStart(6)}`);
  console.log(`  PDF och skrivning               ${String(w.medians['pdf']).padStart(6)}`);
  console.log(`  varav utskrifter                ${String(w.prints).padStart(6)}   (st)`);
  console.log(`Golv: slutlig HTML, en utskrift   ${String(w.medians['bare']).padStart(6)}`);
  console.log(`Kall körning: ojrapport kommun    ${String(c.median).padStart(6)}   (${c.runs} körningar, utan datacache)`);
  console.log(`  med datacache                   ${String(cc.median).padStart(6)}   (${cc.runs} körningar)`);
  console.log(`  golv: Chromium + en utskrift    ${String(coldFloorMs).padStart(6)}   (ny process, slutlig HTML, taggad)`);
  console.log(`ojrapport --version               ${String(versionMs).padStart(6)}`);
  console.log(`PDF-storlek Uppsala               ${(w.pdfBytes / 1024).toFixed(0).padStart(6)} KiB`);
  if (whole) printCountry(whole);
  printTable(w.medians['compose']!, c.median, coldFloorMs, versionMs, w.prints, whole);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
