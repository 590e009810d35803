// Where one print of the printing floor goes in Chromium: Uppsala's final HTML loaded and printed as the bench's
// floor does (bench-floor.ts), traced, and the thread CPU time of the report's renderer split by phase (medians
// of several runs); also without the charts' SVG and untagged, for comparison. Thread CPU, not wall time, so a
// busy machine changes the numbers less. Usage: npx tsx scripts/floor-split.ts [--runs N] [--unit KOD]
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { silentLogger } from '../src/log.ts';
import { prepareContext } from '../src/pipeline/context.ts';
import { analyse, composeReport } from '../src/pipeline/unit-report.ts';
import { BrowserManager } from '../src/render/browser.ts';
import { printOptions, renderReportPdf } from '../src/render/pdf.ts';
import { loadReport } from '../src/render/shell.ts';
import { withPageNumbers } from '../src/render/toc.ts';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RUNS = Number(arg('--runs') ?? 5);
const UNIT = arg('--unit') ?? '0380';
const TRACE = join(tmpdir(), `ojrapport-floor-trace-${process.pid}.json`);

interface Ev { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> }
const cpu = (e: Ev) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Events that are not inside another event of the same thread. */
function topLevel(list: Ev[]): Ev[] {
  const out: Ev[] = [];
  let end = -1;
  for (const e of [...list].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) if (e.ts >= end) (out.push(e), (end = e.ts + e.dur!));
  return out;
}

/** Thread CPU ms of one print by phase, from a trace of loadReport + page.pdf. */
function split(events: Ev[]): Record<string, number> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
  const threads = new Map<string, Ev[]>();
  for (const e of events) if (e.ph === 'X' && e.dur !== undefined) (threads.get(`${e.pid}:${e.tid}`) ?? threads.set(`${e.pid}:${e.tid}`, []).get(`${e.pid}:${e.tid}`)!).push(e);
  const [mainKey, main] = [...threads].find(([k, l]) => names.get(k) === 'CrRendererMain' && l.some((e) => e.name === 'ParseHTML'))!;
  const within = (m: Ev) => main.filter((c) => c !== m && c.ts >= m.ts && c.ts + c.dur! <= m.ts + m.dur!);
  const r: Record<string, number> = { inläsning: 0 };
  for (const m of main.filter((e) => e.name === 'Receive mojo message')) {
    const inner = within(m);
    if (JSON.stringify(m.args).includes('PrintRenderFrame')) {
      const top = topLevel(inner);
      const layouts = top.filter((c) => c.name === 'Document::UpdateStyleAndLayout');
      const sum = (f: (c: Ev) => boolean) => top.filter(f).reduce((s, c) => s + cpu(c), 0);
      r['stil och layout för utskrift'] = layouts.slice(0, -1).reduce((s, c) => s + cpu(c), 0);
      r['pre-paint'] = sum((c) => /PrePaint|CompositingInputs/.test(c.name));
      r['taggar (tillgänglighetsträd)'] = sum((c) => c.name.includes('LifecycleStage'));
      r['paint'] = sum((c) => c.name === 'Paint' || c.name === 'Blink.Paint.UpdateTime');
      r['layout tillbaka för skärmen'] = layouts.length ? cpu(layouts.at(-1)!) : 0;
      r['PDF-generering (ospårad rest)'] = cpu(m) - top.reduce((s, c) => s + cpu(c), 0);
    } else if (inner.some((c) => c.name === 'ParseHTML')) r['inläsning']! += cpu(m);
  }
  const pid = mainKey.split(':')[0];
  r['renderarens huvudtråd'] = topLevel(main).reduce((s, e) => s + cpu(e), 0);
  r['renderarens övriga trådar (GC)'] = [...threads].filter(([k]) => k !== mainKey && k.startsWith(`${pid}:`)).reduce((s, [, l]) => s + topLevel(l).reduce((t, e) => t + cpu(e), 0), 0);
  r['webbläsaren och övriga processer'] = [...threads].filter(([k]) => !k.startsWith(`${pid}:`) && names.get(k) !== 'PerfettoTrace').reduce((s, [, l]) => s + topLevel(l).reduce((t, e) => t + cpu(e), 0), 0);
  r['summa'] = r['renderarens huvudtråd']! + r['renderarens övriga trådar (GC)']! + r['webbläsaren och övriga processer']!;
  return r;
}

async function traced(page: Page, html: string, tagged: boolean): Promise<Record<string, number>> {
  await loadReport(page, html, 60_000); // warm: the next load replaces a report, as in a batch
  await page.pdf(printOptions(60_000, tagged));
  await page.tracing.start({ path: TRACE, categories: ['blink', 'cc', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'accessibility', 'printing', 'toplevel', 'v8', 'loading', 'mojom', 'ipc'] });
  await loadReport(page, html, 60_000);
  await page.pdf(printOptions(60_000, tagged));
  await page.tracing.stop();
  return split(JSON.parse(readFileSync(TRACE, 'utf8')).traceEvents as Ev[]);
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const ctx = await prepareContext({ data: [] }, silentLogger);
const browser = new BrowserManager();
try {
  const page = await browser.acquirePage();
  const report = await composeReport(ctx, analyse(ctx, UNIT, undefined));
  const final = withPageNumbers(report.html, (await renderReportPdf(page, report.html, { title: report.title, lang: 'sv' })).pageMap.dests);
  // Each chart's SVG replaced by an empty one of the same size (the page layout stays the same).
  const noCharts = final.replace(/<svg\b[^>]*class="marks"[^>]*>[\s\S]*?<\/svg>/g, (s) => {
    const [w, h] = [/width="([\d.]+)"/.exec(s)![1], /height="([\d.]+)"/.exec(s)![1]];
    return `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"></svg>`;
  });
  const variants = { 'som den är': [final, true], 'utan diagrammens SVG': [noCharts, true], 'otaggad': [final, false] } as const;
  const rows = new Map<string, Record<string, number>[]>();
  for (let i = 0; i < RUNS; i++) for (const [name, [html, tagged]] of Object.entries(variants)) (rows.get(name) ?? rows.set(name, []).get(name)!).push(await traced(page, html, tagged));
  const keys = Object.keys(rows.get('som den är')![0]!);
  console.log(`Trådtid i Chromium per utskrift (ms, median av ${RUNS}), ${UNIT}:`);
  console.log(''.padEnd(32) + [...rows.keys()].map((k) => k.padStart(22)).join(''));
  for (const k of keys) console.log(k.padEnd(32) + [...rows.values()].map((l) => median(l.map((r) => r[k] ?? 0)).toFixed(0).padStart(22)).join(''));
} finally {
  await browser.close();
  rmSync(TRACE, { force: true });
}
