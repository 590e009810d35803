// The engine survives a killed browser, a broken report and a hung page; the run reports what failed.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runBatch } from '../../src/commands/batch.ts';
import { silentLogger } from '../../src/log.ts';
import { BrowserManager } from '../../src/render/browser.ts';
import { run } from '../cli/capture.ts';

// The CLI run below gets a failing report by wrapping the engine: every print of planted.failKey throws.
const planted = vi.hoisted(() => ({ failKey: undefined as string | undefined }));
vi.mock('../../src/batch/engine.ts', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/batch/engine.ts')>();
  const runTasks: typeof engine.runTasks = (tasks, opts) => {
    const failKey = planted.failKey;
    if (!failKey) return engine.runTasks(tasks, opts);
    const testHook = (key: string, stage: string) => {
      if (key === failKey && stage === 'print') throw new Error('testfel (planterat)');
    };
    return engine.runTasks(tasks, { ...opts, hooks: { ...opts?.hooks, testHook } });
  };
  return { ...engine, runTasks };
});

const UPPSALA_FILES = 10; // 8 kommuner + county PDF + county workbook

describe('batch engine resilience', () => {
  const browsers: BrowserManager[] = [];
  afterAll(async () => {
    for (const b of browsers) await b.close();
  });

  it('completes every report when the Chromium process is killed mid-run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-kill-'));
    const browser = new BrowserManager({ recycleEvery: 25 });
    browsers.push(browser);
    let killed: number | undefined;
    const result = await runBatch(
      { lan: 'Uppsala', outDir: out, data: [], parallel: 2 },
      silentLogger,
      {
        progress: 'none',
        browser,
        onProgress: (o, n) => {
          if (n === 2 && !killed) {
            killed = browser.pid();
            expect(killed).toBeGreaterThan(0);
            process.kill(killed!, 'SIGKILL');
          }
        },
      },
    );
    expect(killed).toBeDefined();
    expect(result.outcomes.filter((o) => o.status !== 'klar')).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.browserLaunches).toBeGreaterThanOrEqual(2);
    expect(browser.pid()).not.toBe(killed);
    expect(readdirSync(join(out, '2019')).filter((f) => !f.startsWith('.'))).toHaveLength(UPPSALA_FILES);
  }, 180_000);

  it('closes a hung page after the time-out and redoes the report', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-hang-'));
    const calls: string[] = [];
    const result = await runBatch(
      { lan: '03', outDir: out, data: [], parallel: 2 },
      silentLogger,
      {
        progress: 'none',
        // Long enough that no real print under load reaches it; only the planted hang does.
        timeoutMs: 20_000,
        testHook: (key, stage, attempt) => {
          if (key === '0305' && stage === 'print') {
            calls.push(`${stage}:${attempt}`);
            if (attempt === 1) return new Promise<void>(() => {});
          }
        },
      },
    );
    expect(calls).toEqual(['print:1', 'print:2']);
    const habo = result.outcomes.find((o) => o.key === '0305')!;
    expect(habo).toMatchObject({ status: 'klar', attempts: 2 });
    expect(result.exitCode).toBe(0);
    // Every PDF, the redone one too, was printed once: its contents page numbers were predicted right.
    const pdfs = result.outcomes.filter((o) => o.file.endsWith('.pdf'));
    expect(pdfs.map((o) => [o.key, o.prints])).toEqual(pdfs.map((o) => [o.key, 1]));
  }, 180_000);

  it('a report that keeps failing is retried once, listed, and the others are done (exit 1)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-fail-'));
    planted.failKey = '0330';
    let r: Awaited<ReturnType<typeof run>>;
    try {
      r = await run(['lan', 'Uppsala', '--ut', out, '--parallell', '2']);
    } finally {
      planted.failKey = undefined;
    }
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('9 klara, 0 hoppade över (redan aktuella), 1 misslyckade');
    expect(r.stderr).toMatch(/Misslyckade:\n\s+Knivsta \(.*0330-knivsta\.pdf\): testfel/);
    expect(r.stderr).toContain('Fel: 1 av 10 filer kunde inte skapas');
    const dir = join(out, '2019');
    expect(existsSync(join(dir, '0330-knivsta.pdf'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf') || f.endsWith('.xlsx'))).toHaveLength(UPPSALA_FILES - 1);
    // No temp files are left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 180_000);
});
