// Diagnostic (not part of npm run bench): a whole-country batch (`alla --parallell 2`, or one county) with the
// PSS of node and of each kind of Chromium process (browser, renderer, gpu, utility) and node's heap after every
// finished file, written as JSON. With node --expose-gc and PROBE_GC=1, every 25th sample also records the live
// heap after a full collection. Usage: npx tsx scripts/bench-memory.ts [out.json] [län]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runBatch } from '../src/commands/batch.ts';
import { processTree, pssOf } from '../src/batch/proctree.ts';
import { silentLogger } from '../src/log.ts';
import { prepareContext } from '../src/pipeline/context.ts';

const out = process.argv[2] ?? 'bench-results/memory.json';
const lan = process.argv[3];
const MB = 1024 * 1024;
function kind(pid: number): string {
  if (pid === process.pid) return 'node';
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const t = cmd.find((a) => a.startsWith('--type='));
    if (!t) return cmd[0]!.includes('chrom') ? 'browser' : cmd[0]!.split('/').pop()!;
    const sub = cmd.find((a) => a.startsWith('--utility-sub-type='));
    return t.slice(7) + (sub ? ':' + sub.slice(19).split('.').pop() : '');
  } catch {
    return 'gone';
  }
}
/** Unique set size (private pages): unlike PSS, independent of other programs sharing the same binaries. */
function ussOf(pid: number): number {
  try {
    const t = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return [...t.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+) kB/gm)].reduce((a, m) => a + Number(m[1]) * 1024, 0);
  } catch {
    return 0;
  }
}
const rows: Record<string, number | string>[] = [];
const ctx = await prepareContext({ data: [] }, silentLogger);
let n = 0;
const outDir = mkdtempSync(join(tmpdir(), 'ojr-memory-'));
const res = await runBatch({ outDir, data: [], parallel: 2, ...(lan ? { lan } : {}) }, silentLogger, {
  progress: 'none',
  context: ctx,
  sampleMemory: () => {
    const row: Record<string, number | string> = { n: n++ };
    let total = 0;
    let uss = 0;
    for (const pid of processTree()) {
      const k = kind(pid);
      const v = pssOf(pid);
      const u = ussOf(pid);
      total += v;
      uss += u;
      row[`uss:${k}`] = Math.round(((Number(row[`uss:${k}`] ?? 0) * MB + u) / MB) * 10) / 10;
      row[k] = Math.round(((Number(row[k] ?? 0) * MB + v) / MB) * 10) / 10;
      row[`#${k}`] = Number(row[`#${k}`] ?? 0) + 1;
    }
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc && process.env['PROBE_GC'] && n % 25 === 1) {
      gc();
      row.live = Math.round((process.memoryUsage().heapUsed / MB) * 10) / 10;
    }
    const m = process.memoryUsage();
    row.total = Math.round((total / MB) * 10) / 10;
    row.uss = Math.round((uss / MB) * 10) / 10;
    row.heapUsed = Math.round((m.heapUsed / MB) * 10) / 10;
    row.heapTotal = Math.round((m.heapTotal / MB) * 10) / 10;
    row.external = Math.round((m.external / MB) * 10) / 10;
    row.t = Math.round(performance.now());
    rows.push(row);
    return total;
  },
  onProgress: (o) => {
    const r = rows.at(-1);
    if (r && o.status === 'klar' && r.file === undefined) r.file = o.file.split('/').pop()!;
  },
});
rmSync(outDir, { recursive: true, force: true });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ rows, launches: res.browserLaunches, wallMs: res.wallMs }));
console.log('done', rows.length, res.wallMs);
