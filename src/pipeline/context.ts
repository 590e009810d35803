// What every report in a run shares: the data set, reference data, rules and texts (loaded once).
import { cachedRules } from '../assess/rules.ts';
import { loadPhrases, loadStepTexts, type StepTexts } from '../compose/steps.ts';
import type { Phrases } from '../sv/grammar.ts';
import { loadInput } from '../load/input.ts';
import type { ImportReport } from '../load/report.ts';
import type { Logger } from '../log.ts';
import type { Rules } from '../model/analysis.ts';
import type { DataSet } from '../model/types.ts';
import type { DataOptions } from '../load/input.ts';
import { loadReference } from '../reference/load.ts';
import type { Reference } from '../reference/types.ts';
import { unitNamer } from '../reference/names.ts';

export interface RunContext {
  data: DataSet;
  importReport: ImportReport;
  ref: Reference;
  rules: Rules;
  steps: StepTexts;
  phrases: Phrases;
  /** Display name of any unit code (kommun, stadsdel, län). */
  nameOf: (code: string) => string;
}

export async function prepareContext(opts: DataOptions & { rulesFile?: string }, log: Logger): Promise<RunContext> {
  const ref = loadReference();
  const rules = cachedRules(opts.rulesFile);
  const steps = loadStepTexts();
  const phrases = loadPhrases();
  // The report year (--ar) selects among the data's years; it never overrides the years in the files.
  const { data, report } = await loadInput({ data: opts.data, catalog: opts.catalog });
  for (const w of report.warnings) log.warn(w);
  for (const f of report.files) for (const w of f.warnings) log.warn(w);
  const nameOf = unitNamer(ref, data.units);
  return { data, importReport: report, ref, rules, steps, phrases, nameOf };
}
