// Entry for `ojrapport kommun`: the whole pipeline for one unit, phase by phase.
import { OjError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Unit } from '../model/types.ts';
import type { KommunOptions } from '../options.ts';
import { matchUnit } from '../reference/match.ts';
import { BrowserManager } from '../render/browser.ts';
import { renderPdf } from '../render/pdf.ts';
import { writeFileAtomic } from '../render/write.ts';
import { prepareContext, type RunContext } from './context.ts';
import { analyse, analysisJson, composeReport, outputPath } from './unit-report.ts';

export interface RunResult {
  files: string[];
}

/** Kommuner (and stadsdelar) present in the data, for name matching. */
function reportableUnits(ctx: RunContext): Unit[] {
  const units = [...ctx.data.units.values()].filter((u) => u.kind === 'kommun' || u.kind === 'stadsdel');
  if (units.length) return units;
  return [...ctx.ref.kommuner.values()].map((k) => ({ code: k.code, name: k.name, kind: 'kommun' as const, lanCode: k.lanCode }));
}

export async function runKommun(opts: KommunOptions, log: Logger): Promise<RunResult> {
  // 1. Load: data files (or the bundled example data), reference data, rules and texts.
  const ctx = await prepareContext(opts, log);

  // 2. Resolve the unit the user typed; kommuner before stadsdelar with the same name.
  const units = reportableUnits(ctx);
  const kommuner = units.filter((u) => u.kind === 'kommun');
  let unit: Unit;
  try {
    unit = matchUnit(kommuner, opts.kommun);
  } catch (e) {
    const stadsdelar = units.filter((u) => u.kind === 'stadsdel');
    if (!(e instanceof OjError) || !stadsdelar.length) throw e;
    try {
      unit = matchUnit(stadsdelar, opts.kommun, 'stadsdel');
    } catch {
      throw e;
    }
  }

  // 3. Compare and assess (steps 1 and 3 computed).
  const analysis = analyse(ctx, unit.code, opts.year);
  if (analysis.isExample) log.info('Obs: rapporten bygger på exempeldata – inte verkliga resultat.');

  // 4–6. Compose, render and write.
  const generatedAt = new Date();
  const file = outputPath(opts.outDir, analysis.year, unit, ctx.nameOf, opts.format);
  if (opts.format === 'json') {
    await writeFileAtomic(file, analysisJson(ctx, analysis, generatedAt));
    return { files: [file] };
  }
  const report = await composeReport(ctx, analysis, generatedAt);
  if (opts.format === 'html') {
    await writeFileAtomic(file, report.html);
    return { files: [file] };
  }
  const browser = new BrowserManager();
  try {
    const pdf = await browser.withPage((page) => renderPdf(page, report.html, { title: report.title, lang: 'sv' }));
    await writeFileAtomic(file, pdf);
  } finally {
    await browser.close();
  }
  return { files: [file] };
}
