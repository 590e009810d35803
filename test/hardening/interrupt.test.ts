// Ctrl-C in a county run: exit 130, no temp files, the browser gone, and a resumed run finishes the rest.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/paths.ts';
import { alive, descendants } from './helpers.ts';

const BIN = join(ROOT, 'bin', 'ojrapport.js');

describe('interrupted run', () => {
  it('stops cleanly on SIGINT and resumes with --hoppa-over-befintliga', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-int-'));
    const child = spawn(process.execPath, [BIN, 'lan', 'Uppsala', '--ut', out, '--parallell', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let kids: number[] = [];
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (!kids.length && /2\/10 klara/.test(stderr)) {
          kids = descendants(child.pid!);
          child.kill('SIGINT');
        }
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(kids.length, stderr).toBeGreaterThan(0); // Chromium was running when we interrupted
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('Avbryter (Ctrl-C)');
    const files = readdirSync(join(out, '2019'));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const done = files.filter((f) => f.endsWith('.pdf'));
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(done.length).toBeLessThan(10);
    // Polled, never asserted at a fixed instant: a loaded machine may take a moment to reap the processes.
    for (const end = Date.now() + 20_000; kids.some(alive) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 200));
    expect(kids.filter(alive)).toEqual([]);

    // What a run killed outright (SIGKILL) leaves: a temp file named with its pid, now gone. The resumed run removes it.
    const dead = spawnSync('true').pid!;
    writeFileSync(join(out, '2019', `.0380-uppsala.pdf.${dead}.0123abcd.tmp`), 'halv');
    const resumed = execFileSync(process.execPath, [BIN, 'lan', 'Uppsala', '--ut', out, '--parallell', '1', '--hoppa-over-befintliga'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    void resumed;
    const after = readdirSync(join(out, '2019'));
    expect(after.filter((f) => f.endsWith('.pdf') || f.endsWith('.xlsx'))).toHaveLength(10);
    expect(after.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
