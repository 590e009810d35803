// Entry for `ojrapport underlag`: analyse one unit and write its local-analysis workbook.
import { analyzeUnit } from '../analyze.ts';
import { cachedRules } from '../assess/rules.ts';
import { loadInput } from '../load/input.ts';
import type { Logger } from '../log.ts';
import type { DataOptions } from '../load/input.ts';
import { loadReference } from '../reference/load.ts';
import { matchUnit, requireInData } from '../reference/match.ts';
import { EXAMPLE_NOTE } from '../underlag/texts.ts';
import { writeUnderlag } from '../underlag/write.ts';
import * as msg from '../sv/messages.ts';

export interface UnderlagOptions extends DataOptions {
  kommun: string;
  year?: number;
  outDir: string;
  rulesFile?: string;
  overwrite?: boolean;
}

export async function runUnderlag(opts: UnderlagOptions, log: Logger): Promise<{ file: string }> {
  const ref = loadReference();
  // A stadsdel can be listed once per period of validity; one entry per code is enough to match on.
  const units = new Map<string, { code: string; name: string }>();
  for (const u of [...ref.kommuner.values(), ...ref.delomraden]) units.set(u.code, { code: u.code, name: u.name });
  const unit = matchUnit([...units.values()], opts.kommun, 'kommun', (m) => log.info(m));
  const { data, report } = await loadInput({ data: opts.data, ...(opts.catalog ? { catalog: opts.catalog } : {}) });
  for (const w of report.warnings) log.warn(w);
  requireInData(unit, [...data.units.values()].filter((u) => u.kind === 'kommun' || u.kind === 'stadsdel'), data.sources.map((s) => s.name));
  const analysis = analyzeUnit(data, ref, unit.code, { ...(opts.year ? { year: opts.year } : {}), rules: cachedRules(opts.rulesFile) });
  if (analysis.isExample) log.warn(msg.underlagOnExample(EXAMPLE_NOTE));
  const file = await writeUnderlag(analysis, opts.outDir, { overwrite: opts.overwrite ?? false });
  return { file };
}
