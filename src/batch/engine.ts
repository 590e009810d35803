// The batch engine: one browser, a producer that prepares reports in node, N printers that print them in
// Chromium. Preparing report i+1 overlaps with printing report i. Each report is isolated: it is retried
// once, a hung page is closed after a time-out, a dead browser is restarted and its in-flight reports redone.
import { performance } from 'node:perf_hooks';
import type { Page } from 'puppeteer-core';
import { OjError } from '../errors.ts';
import { BrowserManager } from '../render/browser.ts';
import { renderReportPdf, type ReportPdf } from '../render/pdf.ts';
import { withPageNumbers } from '../render/toc.ts';
import { writeFileAtomic } from '../render/write.ts';
import { BoundedQueue } from './queue.ts';
import type { BatchTask, Prepared, ProgressSink, TaskOutcome, TestHook, Timings } from './types.ts';

export interface EngineOptions {
  /** Concurrent pages printing; default 2. */
  parallel?: number;
  /** Attempts per report for its own errors (a lost browser does not count); default 2. */
  attempts?: number;
  /** Skip check before any work (e.g. the manifest says the output is up to date). */
  isUpToDate?: (task: BatchTask) => boolean;
  /** Called after a successful write (e.g. to record it in the manifest). */
  onWritten?: (task: BatchTask) => void;
  progress?: ProgressSink;
  hooks?: EngineHooks;
}

/**
 * The engine's one seam for tests and the benchmark; the commands pass none. Each field replaces a
 * default or watches the run, none changes what is written.
 */
export interface EngineHooks {
  /** Shared browser; created (and closed) by the engine when absent. */
  browser?: BrowserManager;
  /** A page is replaced after this many reports; default 25. */
  recycleEvery?: number;
  /** Per-report print time-out in ms; default 60 000. */
  timeoutMs?: number;
  /** Failure/hang injection before each stage of a report. */
  testHook?: TestHook;
  /** Sample process-tree memory after each report (bench). */
  sampleMemory?: () => number;
  /** Each printed PDF's final HTML, page numbers filled in (bench: print the same HTML once more, as the floor). */
  keepHtml?: (task: BatchTask, html: string, title: string) => void;
  /** Every outcome as it arrives, after the progress display. */
  onProgress?: (outcome: TaskOutcome, done: number, total: number) => void;
}

export interface EngineResult {
  outcomes: TaskOutcome[];
  wallMs: number;
  /** Sum over reports of each phase, ms. */
  phaseTotals: Timings;
  browserLaunches: number;
}

interface Ready {
  task: BatchTask;
  prepared: Prepared;
  prepareMs: number;
  attempts: number;
}

/** A browser that disappears mid-print shows up as one of these (or as a generation change). */
const BROWSER_LOST = /Target closed|Session closed|Connection closed|Protocol error|browser has disconnected|Navigating frame was detached|detached Frame|Execution context was destroyed/i;

class TimeoutError extends Error {}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} tog längre tid än ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

function reasonOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0]!.slice(0, 300);
}

export async function runTasks(tasks: BatchTask[], opts: EngineOptions = {}): Promise<EngineResult> {
  const t0 = performance.now();
  const parallel = Math.max(1, opts.parallel ?? 2);
  const attemptsAllowed = Math.max(1, opts.attempts ?? 2);
  const hooks = opts.hooks ?? {};
  const timeoutMs = hooks.timeoutMs ?? 60_000;
  const ownBrowser = !hooks.browser;
  const needsBrowser = tasks.some((t) => t.needsBrowser);
  const browser = hooks.browser ?? new BrowserManager({ recycleEvery: hooks.recycleEvery ?? 25 });
  const launchesBefore = browser.launches;
  const outcomes: TaskOutcome[] = [];
  const phaseTotals: Timings = {};
  const total = tasks.length;
  const queue = new BoundedQueue<Ready>(parallel);
  // Chromium that cannot start at all ends the run at once (every report would fail the same way).
  let fatal: unknown;

  const finish = (o: TaskOutcome) => {
    if (hooks.sampleMemory && o.status === 'klar') o.rss = hooks.sampleMemory();
    outcomes.push(o);
    if (o.status === 'klar' && o.timings) for (const [k, v] of Object.entries(o.timings)) phaseTotals[k] = (phaseTotals[k] ?? 0) + v;
    opts.progress?.update(o, outcomes.length, total);
    hooks.onProgress?.(o, outcomes.length, total);
  };

  // Warm the browser while the first report is being prepared.
  const warm = needsBrowser ? browser.acquirePage().then((p) => browser.releasePage(p), () => undefined) : Promise.resolve();

  async function producer(): Promise<void> {
    for (const task of tasks) {
      if (fatal) break;
      if (opts.isUpToDate?.(task)) {
        finish({ key: task.key, label: task.label, file: task.file, status: 'hoppad', attempts: 0 });
        continue;
      }
      let lastError: unknown;
      let ready: Ready | undefined;
      for (let attempt = 1; attempt <= attemptsAllowed && !ready; attempt++) {
        const p0 = performance.now();
        try {
          await hooks.testHook?.(task.key, 'prepare', attempt);
          const prepared = await task.prepare();
          ready = { task, prepared, prepareMs: performance.now() - p0, attempts: attempt };
        } catch (e) {
          lastError = e;
        }
      }
      if (ready) await queue.push(ready);
      else finish({ key: task.key, label: task.label, file: task.file, status: 'misslyckad', reason: reasonOf(lastError), attempts: attemptsAllowed });
    }
    queue.close();
  }

  async function print(page: Page, item: Ready, html: string, title: string, attempt: number): Promise<ReportPdf> {
    const work = (async () => {
      await hooks.testHook?.(item.task.key, 'print', attempt);
      return renderReportPdf(page, html, { title, lang: 'sv', timeoutMs });
    })();
    work.catch(() => undefined); // a timed-out print may reject later
    return withTimeout(work, timeoutMs, `Utskriften av ${item.task.label}`);
  }

  async function handle(item: Ready): Promise<void> {
    const { task, prepared } = item;
    const timings: Timings = { ...(prepared.timings ?? {}) };
    if (prepared.kind === 'file') {
      const w0 = performance.now();
      try {
        await writeFileAtomic(task.file, prepared.data);
      } catch (e) {
        finish({ key: task.key, label: task.label, file: task.file, status: 'misslyckad', reason: reasonOf(e), attempts: item.attempts });
        return;
      }
      timings['skrivning'] = performance.now() - w0;
      opts.onWritten?.(task);
      finish({ key: task.key, label: task.label, file: task.file, status: 'klar', attempts: item.attempts, ms: item.prepareMs + timings['skrivning']!, timings });
      return;
    }
    let own = 0; // failures that count against the report
    let lost = 0; // attempts lost with the browser
    let lastError: unknown;
    while (own < attemptsAllowed && lost < 5) {
      const gen = browser.generation;
      let page: Page | undefined;
      const a0 = performance.now();
      try {
        page = await browser.acquirePage();
        const a1 = performance.now();
        const { pdf, pageMap, prints } = await print(page, item, prepared.html, prepared.title, own + lost + 1);
        const a2 = performance.now();
        await writeFileAtomic(task.file, pdf);
        const a3 = performance.now();
        browser.releasePage(page);
        timings['sida'] = a1 - a0;
        timings['pdf'] = a2 - a1;
        timings['skrivning'] = a3 - a2;
        opts.onWritten?.(task);
        hooks.keepHtml?.(task, withPageNumbers(prepared.html, pageMap.dests), prepared.title);
        finish({ key: task.key, label: task.label, file: task.file, status: 'klar', attempts: own + lost + 1, ms: item.prepareMs + (a3 - a0), timings, prints });
        return;
      } catch (e) {
        lastError = e;
        if (!page && e instanceof OjError && browser.launches === launchesBefore) {
          fatal = e;
          return;
        }
        if (page) await browser.discardPage(page);
        const browserLost = browser.generation !== gen || !browser.connected || (!(e instanceof TimeoutError) && BROWSER_LOST.test(reasonOf(e)));
        if (browserLost) lost++;
        else own++;
        // A page that hangs twice may mean a hung renderer/browser: start afresh.
        if (e instanceof TimeoutError && own >= 1) await browser.restart();
      }
    }
    finish({ key: task.key, label: task.label, file: task.file, status: 'misslyckad', reason: reasonOf(lastError), attempts: own + lost });
  }

  async function printer(): Promise<void> {
    for (;;) {
      const item = await queue.take();
      if (!item) return;
      if (fatal) continue; // drain so the producer is not left waiting
      await handle(item);
    }
  }

  opts.progress?.start(total);
  try {
    await Promise.all([producer(), warm, ...Array.from({ length: parallel }, () => printer())]);
  } finally {
    opts.progress?.stop();
    if (ownBrowser) await browser.close();
  }
  if (fatal) throw fatal;
  // Outcomes in task order, whatever order they finished in.
  const order = new Map(tasks.map((t, i) => [t.key, i]));
  outcomes.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  return { outcomes, wallMs: performance.now() - t0, phaseTotals, browserLaunches: browser.launches - launchesBefore };
}
