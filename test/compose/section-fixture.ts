// The hand-built Uppsala 2019 analysis (test/fixtures/report-analysis.ts) with what the section builders read.
import { readFileSync } from 'node:fs';
import type { LokalView } from '../../src/compose/local-view.ts';
import type { ReportExtras } from '../../src/compose/report-model.ts';
import { sectionContext, type SectionContext } from '../../src/compose/section-context.ts';
import { loadPhrases, loadStepTexts } from '../../src/compose/steps.ts';
import { dataPath } from '../../src/paths.ts';
import { loadReference } from '../../src/reference/load.ts';
import { reportAnalysis, type FixtureOptions } from '../fixtures/report-analysis.ts';

export const GENERATED_AT = new Date('2025-05-12T10:00:00Z');

export function fixtureExtras(extra: Partial<ReportExtras> = {}): ReportExtras {
  return {
    steps: loadStepTexts(),
    phrases: loadPhrases(),
    ref: loadReference(),
    rules: JSON.parse(readFileSync(dataPath('regler.json'), 'utf8')) as Record<string, unknown>,
    sources: { files: [{ kind: 'exempel', name: 'oj_lss_exempel_2019.xlsx', sha256: 'ab'.repeat(32), year: 2019 }] },
    generatedAt: GENERATED_AT,
    ...extra,
  };
}

export function fixtureContext(options: FixtureOptions & { lokal?: LokalView } = {}): SectionContext {
  return sectionContext(reportAnalysis(options), fixtureExtras(options.lokal ? { lokal: options.lokal } : {}));
}

/** No-break spaces as plain spaces, so expectations read as the report does. */
export const plain = (s: string): string => s.replace(/\u00a0/g, ' ');
