// The Swedish summary printed after a batch run.
import { formatNumber } from '../sv/format.ts';
import type { Timings, TaskOutcome } from './types.ts';

const PHASES: [string, string][] = [
  ['analys', 'analys'],
  ['text', 'text, diagram och HTML'],
  ['sida', 'väntan på sida'],
  ['pdf', 'PDF i Chromium'],
  ['skrivning', 'skrivning'],
  ['xlsx', 'arbetsböcker'],
  ['lan', 'länsanalys'],
  ['webb', 'webbsidor'],
];

const sec = (ms: number) => `${formatNumber(ms / 1000, 1)} s`;

export function summaryText(outcomes: TaskOutcome[], wallMs: number, phaseTotals: Timings, browserLaunches: number): string {
  const done = outcomes.filter((o) => o.status === 'klar');
  const skipped = outcomes.filter((o) => o.status === 'hoppad');
  const failed = outcomes.filter((o) => o.status === 'misslyckad');
  const lines = [`Klart på ${sec(wallMs)}: ${formatNumber(done.length)} klara, ${formatNumber(skipped.length)} hoppade över (redan aktuella), ${formatNumber(failed.length)} misslyckade.`];
  if (failed.length) {
    lines.push('Misslyckade:');
    for (const f of failed) lines.push(`  ${f.label} (${f.file}): ${f.reason ?? 'okänt fel'}`);
  }
  const retried = done.filter((o) => o.attempts > 1).length;
  if (retried) lines.push(`${formatNumber(retried)} ${retried === 1 ? 'rapport' : 'rapporter'} lyckades vid nytt försök.`);
  const phases = PHASES.filter(([k]) => phaseTotals[k]).map(([k, label]) => `${label} ${sec(phaseTotals[k]!)}`);
  if (phases.length) lines.push(`Tid summerad över rapporterna: ${phases.join(', ')}. Webbläsaren startades ${formatNumber(browserLaunches)} ${browserLaunches === 1 ? 'gång' : 'gånger'}.`);
  return `${lines.join('\n')}\n`;
}
