// Shared setup for the render tests: the fixture analysis turned into a report model.
import { readFileSync } from 'node:fs';
import { buildReportModel, type ReportModel } from '../../src/compose/report-model.ts';
import { loadPhrases, loadStepTexts } from '../../src/compose/steps.ts';
import { loadReference } from '../../src/reference/load.ts';
import { dataPath } from '../../src/paths.ts';
import { reportAnalysis, type FixtureOptions } from '../fixtures/report-analysis.ts';

export function fixtureModel(options: FixtureOptions = {}): ReportModel {
  return buildReportModel(reportAnalysis(options), {
    steps: loadStepTexts(),
    phrases: loadPhrases(),
    ref: loadReference(),
    rules: JSON.parse(readFileSync(dataPath('regler.json'), 'utf8')) as Record<string, unknown>,
    sources: { files: [{ kind: 'exempel', name: 'oj_lss_exempel_2019.xlsx', sha256: 'ab'.repeat(32), year: 2019 }] },
    figures: {
      overview: [
        {
          svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80" viewBox="0 0 400 80"><rect width="280" height="30" y="20" fill="#1f4e79"/></svg>',
          alt: 'Stapeldiagram: andel Ja i liknande kommuner',
          caption: 'Andel Ja (testfigur)',
        },
      ],
    },
    generatedAt: new Date('2025-05-12T10:00:00Z'),
  });
}
