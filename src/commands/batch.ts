// `ojrapport lan` and `ojrapport alla`: every kommun and stadsdel of a county (or the country), a county
// report and workbook per county, and for the whole country a national workbook. One browser, one run.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analysisYear } from '../analyze.ts';
import { requestedSets } from '../compare/request.ts';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { svCollator } from '../sv/format.ts';
import { composeLanReport, indicatorsOf, lanAnalysis } from '../lan/report.ts';
import { summarise, type UnitSummary } from '../lan/summary.ts';
import { workbookBytes, type WorkbookInput } from '../lan/workbook.ts';
import type { Logger } from '../log.ts';
import type { UnitAnalysis } from '../model/analysis.ts';
import type { Unit } from '../model/types.ts';
import type { DataOptions } from '../load/input.ts';
import { prepareContext, type RunContext } from '../pipeline/context.ts';
import { lanCodeOf } from '../compare/set-kinds.ts';
import { analyse, baseName, outputPath, reportSource } from '../pipeline/unit-report.ts';
import { matchUnit } from '../reference/match.ts';
import { slug } from '../reference/slug.ts';
import type { Lan } from '../reference/types.ts';
import { BrowserManager } from '../render/browser.ts';
import { FORMATS, type OutputFormat } from '../render/formats.ts';
import { onInterrupt, removeStaleTempFiles } from '../interrupt.ts';
import { runTasks, type EngineHooks, type EngineOptions } from '../batch/engine.ts';
import { boundHeapGrowth } from '../batch/heap.ts';
import { indexLocal, localFor, localKey, reportMissingLocal } from '../batch/local.ts';
import { ensureWritableDir } from '../render/write.ts';
import { buildKey, Manifest } from '../batch/manifest.ts';
import { createProgress, type ProgressMode } from '../batch/progress.ts';
import { summaryText } from '../batch/summary.ts';
import type { BatchTask, TaskOutcome, Timings } from '../batch/types.ts';
import { WebSite, type SiteEntry } from '../web/site.ts';
import { lanEntry, unitEntry, type EntryContext } from '../web/entries.ts';
import { writeUnitDownloads } from '../web/downloads.ts';

export interface BatchOptions extends DataOptions {
  /** County name or code; absent = the whole country. */
  lan?: string;
  year?: number;
  outDir: string;
  /** Format of the unit and county reports (workbooks are xlsx); default pdf. */
  format?: OutputFormat;
  rulesFile?: string;
  /** Pages printing at once; default os.availableParallelism(). */
  parallel?: number;
  /** Skip outputs the manifest says are up to date. */
  skipExisting?: boolean;
  /** --lokal: folder with the kommuner's filled underlag workbooks, merged into each kommun's report. */
  localDir?: string;
  /** --jamforelse: the comparison sets of every report (keywords, kommunkoder or names); default per unit. */
  sets?: string[];
  /** --webb: also write the static web site in <år>/webb/ (src/web). */
  web?: boolean;
}

/** The engine's seam (for tests and the benchmark), plus an already prepared context (bench: measure the run without loading). */
export interface BatchHooks extends EngineHooks {
  context?: RunContext;
  /** Progress display; default 'auto' (a bar on a terminal, lines otherwise). */
  progress?: ProgressMode;
}

export interface BatchResult {
  year: number;
  files: string[];
  outcomes: TaskOutcome[];
  wallMs: number;
  phaseTotals: Timings;
  browserLaunches: number;
  summary: string;
  exitCode: number;
}

/** "lan-03-uppsala": länskod and a slug of the short county name. */
export function lanBaseName(lan: Lan): string {
  return `lan-${lan.code}-${slug(lan.shortName || lan.name)}`;
}

export function resolveLan(ctx: RunContext, query: string, announce?: (msg: string) => void): Lan {
  const all = [...ctx.ref.lan.values()];
  const q = query.trim().replace(/^0?(\d)$/, '0$1');
  const byCode = (hit: { code: string }) => ctx.ref.lan.get(hit.code)!;
  try {
    return byCode(matchUnit(all.map((l) => ({ code: l.code, name: l.shortName })), q, 'län', announce));
  } catch (e) {
    try {
      return matchUnit(all, q, 'län', announce);
    } catch {
      throw e;
    }
  }
}

/** Kommuner and stadsdelar in the data (or the reference list), grouped by county, in code order. */
function unitsByLan(ctx: RunContext): Map<string, Unit[]> {
  let units = [...ctx.data.units.values()].filter((u) => u.kind === 'kommun' || u.kind === 'stadsdel');
  if (!units.length) units = [...ctx.ref.kommuner.values()].map((k) => ({ code: k.code, name: k.name, kind: 'kommun' as const, lanCode: k.lanCode }));
  const out = new Map<string, Unit[]>();
  for (const u of units) {
    const lan = lanCodeOf(ctx.ref, u);
    if (!lan) continue;
    out.set(lan, [...(out.get(lan) ?? []), u]);
  }
  const order = (u: Unit) => u.parentCode ?? u.code;
  for (const list of out.values()) list.sort((a, b) => order(a).localeCompare(order(b)) || (a.kind === 'kommun' ? -1 : b.kind === 'kommun' ? 1 : svCollator.compare(a.name, b.name)));
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

export async function runBatch(opts: BatchOptions, log: Logger, hooks: BatchHooks = {}): Promise<BatchResult> {
  boundHeapGrowth();
  const ctx = hooks.context ?? (await prepareContext(opts, log));
  const year = analysisYear(ctx.data, opts.year);
  const sets = requestedSets(opts.sets, ctx.ref);
  const yearDir = join(opts.outDir, String(year));
  const local = opts.localDir ? await indexLocal(opts.localDir, log) : undefined;
  if (ctx.data.isExample) log.info(msg.exampleDataReports);

  const groups = unitsByLan(ctx);
  let lans: Lan[];
  if (opts.lan !== undefined) {
    const lan = resolveLan(ctx, opts.lan, (m) => log.info(m));
    if (!groups.get(lan.code)?.length) throw new OjError(msg.noKommunerInLan(lan.name), ExitCode.usage);
    lans = [lan];
  } else {
    lans = [...groups.keys()].map((c) => ctx.ref.lan.get(c)).filter((l): l is Lan => !!l);
  }

  const key = buildKey(ctx, localKey(local) + (sets ? `|jamforelse:${sets.join(',')}` : ''));
  await ensureWritableDir(yearDir); // before anything is rendered
  const manifest = new Manifest(yearDir);
  const summaries = new Map<string, UnitSummary>();

  const analyseUnit = (code: string): UnitAnalysis => analyse(ctx, code, year, sets ? { sets } : {});
  const summaryOf = (code: string): UnitSummary => {
    let s = summaries.get(code);
    if (!s) summaries.set(code, (s = summarise(analyseUnit(code))));
    return s;
  };
  const workbook = (title: string, units: Unit[], totals: WorkbookInput['totals']): WorkbookInput => ({
    title,
    year,
    isExample: ctx.data.isExample,
    units: units.map((u) => summaryOf(u.code)),
    indicators: indicatorsOf(ctx, year),
    nameOf: ctx.nameOf,
    totals,
  });
  const timed = async <T>(t: Timings, phase: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      t[phase] = (t[phase] ?? 0) + performance.now() - t0;
    }
  };

  // JSON exists for a unit's analysis only: a JSON run writes no county report.
  const format = FORMATS[opts.format ?? 'pdf'];
  // --webb: each report's page is written as its HTML is made; the index after the run.
  const site = opts.web ? new WebSite(yearDir, year) : undefined;
  const entryCtx: EntryContext = { nameOf: ctx.nameOf, lan: (c) => ctx.ref.lan.get(c), isExample: ctx.data.isExample };
  const pages = new Map<string, SiteEntry>();

  const tasks: BatchTask[] = [];
  reportMissingLocal(local, lans.flatMap((l) => groups.get(l.code) ?? []), year, log);
  for (const lan of lans) {
    const units = groups.get(lan.code) ?? [];
    for (const unit of units) {
      if (site) pages.set(unit.code, unitEntry(entryCtx, unit, lan.code, baseName(unit, ctx.nameOf)));
      tasks.push({
        key: unit.code,
        label: unit.parentCode ? `${ctx.nameOf(unit.parentCode)}: ${unit.name}` : unit.name,
        file: outputPath(opts.outDir, year, unit, ctx.nameOf, format.ext),
        needsBrowser: format.needsBrowser,
        prepare: async () => {
          const timings: Timings = {};
          const analysis = await timed(timings, 'analys', () => analyseUnit(unit.code));
          summaries.set(unit.code, summarise(analysis));
          const lokal = await localFor(local, analysis, log);
          const source = reportSource(ctx, analysis, undefined, lokal);
          const out = await timed(timings, 'text', () => format.render(source));
          if (site) {
            const { html } = await timed(timings, 'text', () => source.document());
            const base = baseName(unit, ctx.nameOf);
            await timed(timings, 'webb', async () => {
              await site.writePage(unitEntry(entryCtx, unit, lan.code, base, analysis), html);
              await writeUnitDownloads(site, base, source.json!);
            });
          }
          return { ...out, timings };
        },
      });
    }
    const base = join(yearDir, lanBaseName(lan));
    if (format.fromDocument) {
      if (site) pages.set(`lan-${lan.code}.${format.ext}`, lanEntry(entryCtx, lan, lanBaseName(lan)));
      tasks.push({
        key: `lan-${lan.code}.${format.ext}`,
        label: `${lan.name} (länsrapport)`,
        file: `${base}.${format.ext}`,
        needsBrowser: format.needsBrowser,
        prepare: async () => {
          const timings: Timings = {};
          const la = await timed(timings, 'lan', () => lanAnalysis(ctx, lan, year, units.map((u) => summaryOf(u.code))));
          const sample = await timed(timings, 'lan', () => analyseUnit((units.find((u) => u.kind === 'kommun') ?? units[0]!).code));
          const r = await timed(timings, 'text', () => composeLanReport(ctx, la, sample));
          if (site) await timed(timings, 'webb', () => site.writePage(lanEntry(entryCtx, lan, lanBaseName(lan)), r.html));
          const out = await format.render({ document: async () => r });
          return { ...out, timings };
        },
      });
    }
    tasks.push({
      key: `lan-${lan.code}.xlsx`,
      label: `${lan.name} (arbetsbok)`,
      file: `${base}.xlsx`,
      needsBrowser: false,
      prepare: async () => {
        const timings: Timings = {};
        const data = await timed(timings, 'xlsx', () => {
          const input = workbook(lan.name, units, []);
          const first = input.units.find((u) => u.unit.kind === 'kommun');
          input.totals = first ? [{ label: lan.name, values: first.lan }, { label: 'Riket', values: first.riket }] : [];
          return workbookBytes(input);
        });
        return { kind: 'file', data, timings };
      },
    });
  }
  if (opts.lan === undefined) {
    tasks.push({
      key: 'riket.xlsx',
      label: 'Riket (arbetsbok)',
      file: join(yearDir, 'riket.xlsx'),
      needsBrowser: false,
      prepare: async () => {
        const timings: Timings = {};
        const all = lans.flatMap((l) => groups.get(l.code) ?? []);
        const data = await timed(timings, 'xlsx', () => {
          const input = workbook('Riket', all, []);
          const first = input.units.find((u) => u.unit.kind === 'kommun');
          input.totals = first ? [{ label: 'Riket', values: first.riket }] : [];
          return workbookBytes(input);
        });
        return { kind: 'file', data, timings };
      },
    });
  }

  const progress = createProgress(hooks.progress ?? 'auto');
  const parallel = opts.parallel ?? Math.min(4, availableParallelism());
  const browser = hooks.browser ?? new BrowserManager({ recycleEvery: hooks.recycleEvery ?? 25 });
  const engine: EngineOptions = {
    parallel,
    progress,
    onWritten: (t) => manifest.record(t.file, key),
    hooks: { ...hooks, browser },
  };
  if (opts.skipExisting) engine.isUpToDate = (t) => manifest.isUpToDate(t.file, key) && !site?.missing(pages.get(t.key));
  site?.plan([...pages.values()]);
  // Ctrl-C: what is done stays recorded (so --hoppa-over-befintliga resumes), the browser is closed.
  const unregister = onInterrupt(async () => {
    await manifest.flush();
    await browser.close();
  });
  // A run killed outright (SIGKILL) left its temp files: remove those whose process is gone.
  for (const dir of new Set(tasks.map((t) => dirname(t.file)))) removeStaleTempFiles(dir);
  let res;
  try {
    res = await runTasks(tasks, engine);
  } finally {
    unregister();
    if (!hooks.browser) await browser.close();
  }
  await manifest.flush();
  const webFiles = site ? await site.finish() : [];

  const failed = res.outcomes.filter((o) => o.status === 'misslyckad');
  return {
    year,
    files: [...res.outcomes.filter((o) => o.status === 'klar').map((o) => o.file), ...webFiles.slice(0, 1)],
    outcomes: res.outcomes,
    wallMs: res.wallMs,
    phaseTotals: res.phaseTotals,
    browserLaunches: res.browserLaunches,
    summary: summaryText(res.outcomes, res.wallMs, res.phaseTotals, res.browserLaunches),
    exitCode: failed.length ? ExitCode.partial : ExitCode.ok,
  };
}
