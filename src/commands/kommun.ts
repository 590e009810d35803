// Entry for `ojrapport kommun`: the whole pipeline for one unit (and a city's stadsdelar), phase by phase.
import { loadGroups } from '../compare/groups.ts';
import { requestedSets } from '../compare/request.ts';
import { svCollator } from '../sv/format.ts';
import type { Logger } from '../log.ts';
import * as msg from '../sv/messages.ts';
import type { AnalysisOptions, UnitAnalysis } from '../model/analysis.ts';
import type { Unit } from '../model/types.ts';
import type { DataOptions } from '../load/input.ts';
import { FORMATS, type OutputFormat } from '../render/formats.ts';
import { matchUnit, requireInData } from '../reference/match.ts';
import { BrowserManager } from '../render/browser.ts';
import { renderPdf } from '../render/pdf.ts';
import { loadShell } from '../render/shell.ts';
import { writeFileAtomic } from '../render/write.ts';
import { onInterrupt } from '../interrupt.ts';
import { statSync } from 'node:fs';
import { prepareContext, type RunContext } from '../pipeline/context.ts';
import { lanCodeOf } from '../compare/set-kinds.ts';
import { analyse, baseName, outputPath, reportSource, type LocalFor } from '../pipeline/unit-report.ts';
import { join } from 'node:path';
import { WebSite } from '../web/site.ts';
import { unitEntry, type EntryContext } from '../web/entries.ts';
import { writeUnitDownloads } from '../web/downloads.ts';

export interface KommunOptions extends DataOptions {
  kommun: string;
  year?: number;
  outDir: string;
  format: OutputFormat;
  rulesFile?: string;
  /** A filled underlag workbook, or a folder of them (the kommun's own is picked). */
  lokal?: string;
  /** --jamforelse: keywords (liknande, kommungrupp, lan, riket), kommunkoder or names, in order; default liknande, lan, riket. */
  sets?: string[];
  /** --grupper: a JSON file of named comparison groups. */
  groupsFile?: string;
  /** --avsandare: who sends the report (the PDF's Author); default "<Namn> kommun". */
  sender?: string;
  /** --webb: also write the report's page of the static web site in <år>/webb/ (src/web). */
  web?: boolean;
}

export interface RunResult {
  files: string[];
}

/** Kommuner and stadsdelar in the data, and every one the reference data knows (names match against all of them). */
function knownUnits(ctx: RunContext): { inData: Unit[]; all: Unit[] } {
  const inData = [...ctx.data.units.values()].filter((u) => u.kind === 'kommun' || u.kind === 'stadsdel');
  const ref: Unit[] = [
    ...[...ctx.ref.kommuner.values()].map((k) => ({ code: k.code, name: k.name, kind: 'kommun' as const, lanCode: k.lanCode })),
    ...ctx.ref.delomraden.map((d) => ({ code: d.code, name: d.name, kind: 'stadsdel' as const, parentCode: d.parentCode })),
  ];
  const all = new Map<string, Unit>();
  for (const u of [...inData, ...ref]) if (!all.has(u.code)) all.set(u.code, u);
  return { inData, all: [...all.values()] };
}

/**
 * The unit the user typed: exact code or name over all kommuner and stadsdelar before any near miss (so "Bromma"
 * is the stadsdel, not a typo of Lomma); kommuner first when a name is shared.
 */
export function resolveTypedUnit(units: Unit[], query: string, log?: Logger): Unit {
  const byKind = (k: Unit['kind']) => units.filter((u) => u.kind === k);
  return matchUnit([...byKind('kommun'), ...byKind('stadsdel')], query, 'kommun', (m) => log?.info(m));
}

/** The city's stadsdelar with values in the data year, in Swedish name order. */
function stadsdelarOf(ctx: RunContext, city: Unit, year: number): Unit[] {
  const withValues = new Set<string>();
  for (const v of ctx.data.values.values()) if (v.year === year) withValues.add(v.unit);
  return [...ctx.data.units.values()]
    .filter((u) => u.kind === 'stadsdel' && u.parentCode === city.code && withValues.has(u.code))
    .sort((a, b) => svCollator.compare(a.name, b.name));
}

/** --jamforelse and --grupper as analysis options (checked before any report is made). */
function setOptions(ctx: RunContext, opts: KommunOptions, log: Logger, unit: Unit): Pick<AnalysisOptions, 'sets' | 'groups'> {
  const out: Pick<AnalysisOptions, 'sets' | 'groups'> = {};
  const sets = requestedSets(opts.sets, ctx.ref, unit);
  if (sets) out.sets = sets;
  if (opts.groupsFile) {
    const stadsdelar = [...ctx.data.units.values()].filter((u) => u.kind === 'stadsdel').map((u) => ({ code: u.code, name: u.name }));
    out.groups = loadGroups(opts.groupsFile, ctx.ref, log, stadsdelar);
  }
  return out;
}

/**
 * The team's filled underlag for one unit: a file applies to the unit it was made for (the typed one),
 * a folder gives every unit its own workbook when there is one (and says when there is none).
 */
async function lokalFor(opts: KommunOptions, analysis: UnitAnalysis, typed: Unit, log: Logger): Promise<LocalFor | undefined> {
  if (!opts.lokal) return undefined;
  // Loaded only when asked for: the underlag reader pulls in exceljs, which a cached cold run does not need.
  const { readLokal, openLokalFolder, readLokalFor, lokalView } = await import('../underlag/index.ts');
  const isDir = statSync(opts.lokal, { throwIfNoEntry: false })?.isDirectory();
  const { code } = analysis.unit;
  let local;
  if (isDir) {
    local = await readLokalFor(await openLokalFolder(opts.lokal, log), analysis);
    if (!local) log.warn(msg.lokalNoneForUnit(opts.lokal, analysis.unit.name, code, analysis.year));
  } else if (code === typed.code) local = await readLokal(opts.lokal, { kommunCode: code, year: analysis.year, analysis });
  if (!local) return undefined;
  for (const w of local.warnings) log.warn(w);
  return { local, view: lokalView(local, analysis) };
}

export async function runKommun(opts: KommunOptions, log: Logger): Promise<RunResult> {
  // Chromium starts (its process spawned) before the data loads, so its start-up runs beside loading and compose.
  const browser = FORMATS[opts.format].needsBrowser ? new BrowserManager() : undefined;
  const unregister = onInterrupt(() => browser?.close());
  await browser?.start();
  // The page gets the shared CSS and fonts while the report is composed; the report is then only swapped in.
  const warm = browser?.acquirePage().then(async (p) => {
    try {
      await loadShell(p, 60_000);
      browser.releasePage(p);
    } catch {
      await browser.discardPage(p); // the report gets a fresh page
    }
  });
  warm?.catch(() => undefined); // a missing Chromium is reported when the PDF is made, after input errors
  try {
    return await run(opts, log, browser, warm);
  } finally {
    unregister();
    await browser?.close();
  }
}

async function run(opts: KommunOptions, log: Logger, browser: BrowserManager | undefined, warm: Promise<void> | undefined): Promise<RunResult> {
  // 1. Load: data files (or the bundled example data), reference data, rules and texts.
  const ctx = await prepareContext(opts, log);

  // 2. Resolve the unit the user typed and the comparison sets asked for.
  const { inData, all } = knownUnits(ctx);
  const unit = resolveTypedUnit(all, opts.kommun, log);
  requireInData(unit, inData, ctx.data.sources.map((s) => s.name));
  const setOpts = setOptions(ctx, opts, log, unit);

  // 3. Compare and assess (steps 1 and 3 computed); a city with stadsdelar in the data gets one per stadsdel too.
  const analyses: UnitAnalysis[] = [analyse(ctx, unit.code, opts.year, setOpts)];
  if (unit.kind === 'kommun') {
    const year = analyses[0]!.year;
    const parts = stadsdelarOf(ctx, unit, year);
    if (parts.length) {
      const per = ctx.ref.delomraden.find((d) => d.code === parts[0]!.code)?.kind ?? 'stadsdelsområde';
      log.info(msg.alsoPerStadsdel(unit.name, per, parts.map((p) => p.name)));
      for (const p of parts) analyses.push(analyse(ctx, p.code, year, setOpts));
    }
  }
  if (analyses[0]!.isExample) log.info(msg.exampleDataReport);

  // 4. The local team's analysis from a filled underlag (--lokal), read and checked before any output.
  const lokal = new Map<string, LocalFor>();
  for (const a of analyses) {
    const v = await lokalFor(opts, a, unit, log);
    if (v) lokal.set(a.unit.code, v);
  }

  // 5–6. Compose, render in the chosen format and write (one browser for all PDFs).
  const format = FORMATS[opts.format];
  const generatedAt = new Date();
  const files: string[] = [];
  // --webb: the reports' pages in <år>/webb/, added to the site's index.
  const site = opts.web ? new WebSite(join(opts.outDir, String(analyses[0]!.year)), analyses[0]!.year) : undefined;
  const entryCtx: EntryContext = { nameOf: ctx.nameOf, lan: (c) => ctx.ref.lan.get(c), isExample: analyses[0]!.isExample };
  const entryOf = (a: UnitAnalysis) => unitEntry(entryCtx, a.unit, lanCodeOf(ctx.ref, a.unit) ?? '', baseName(a.unit, ctx.nameOf), a);
  site?.plan(analyses.map(entryOf));
  for (const analysis of analyses) {
    const file = outputPath(opts.outDir, analysis.year, analysis.unit, ctx.nameOf, format.ext);
    const source = reportSource(ctx, analysis, generatedAt, lokal.get(analysis.unit.code), opts.sender);
    const out = await format.render(source);
    if (out.kind === 'pdf') {
      await warm;
      const pdf = await browser!.withPage((page) => renderPdf(page, out.html, { title: out.title, lang: 'sv' }));
      await writeFileAtomic(file, pdf);
    } else {
      await writeFileAtomic(file, out.data);
    }
    files.push(file);
    // The page is made from the same composed HTML (composed here only when the format did not need it).
    if (site) {
      await site.writePage(entryOf(analysis), (await source.document()).html);
      await writeUnitDownloads(site, baseName(analysis.unit, ctx.nameOf), source.json!);
    }
  }
  if (site) files.push((await site.finish())[0]!);
  return { files };
}
