// Progress: a bar on a terminal, plain lines otherwise (CI logs), failures always on their own line.
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { ProgressSink, TaskOutcome } from './types.ts';

export type ProgressMode = 'auto' | 'bar' | 'lines' | 'none';

export function createProgress(mode: ProgressMode = 'auto', stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  const useBar = mode === 'bar' || (mode === 'auto' && !!stream.isTTY && !process.env['CI']);
  if (mode === 'none') return { start() {}, update() {}, stop() {} };
  if (useBar) {
    // Loaded only for a bar on a terminal, not at start-up.
    const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
    const bar = new cliProgress.SingleBar(
      { format: '{bar} {value}/{total} klara | {eta_formatted} kvar | {label}', stream, hideCursor: true, clearOnComplete: false, etaBuffer: 30 },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (total) => bar.start(total, 0, { label: '' }),
      update: (o: TaskOutcome, n) => {
        if (o.status === 'misslyckad') stream.write(`\nMisslyckades: ${o.label}: ${o.reason}\n`);
        bar.update(n, { label: o.label });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    start() {},
    update: (o: TaskOutcome, n, total) => {
      if (o.status === 'misslyckad') stream.write(`Misslyckades: ${o.label}: ${o.reason}\n`);
      // Every report in small runs; otherwise every tenth and the last, at most every second.
      const now = Date.now();
      if (total <= 50 || n === total || (n % 10 === 0 && now - last > 1000)) {
        last = now;
        stream.write(`${n}/${total} klara … ${o.label}${o.status === 'hoppad' ? ' (hoppades över)' : ''}\n`);
      }
    },
    stop() {},
  };
}
