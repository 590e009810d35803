// Issue 13 item 15: nothing is left behind. Chromium dies with a killed run (pipe connection), SIGHUP and SIGTERM
// clean up like Ctrl-C, and the stale profile folders and temp files of a killed run are removed by the next one.
// No fixed waits: each check waits for the child's exit event, then polls with a generous deadline.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../../src/interrupt.ts';
import { ROOT } from '../../src/paths.ts';
import { removeStaleProfiles } from '../../src/render/browser.ts';
import { writeFileAtomic } from '../../src/render/write.ts';
import { alive, descendants, tempDir } from './helpers.ts';

const root = tempDir('leftovers');

async function until(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs a TypeScript snippet with its own TMPDIR; resolves with the child once it printed `ready <chromium pid>`. */
async function startChild(name: string, body: string): Promise<{ child: ChildProcess; chromium: number; tmp: string; stderr: () => string }> {
  const tmp = join(root, name);
  mkdirSync(tmp);
  const script = join(tmp, 'child.mts');
  writeFileSync(script, body.replaceAll('@SRC', join(ROOT, 'src')));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const chromium = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ready (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (c) => reject(new Error(`child exited ${c}: ${err}`)));
  });
  return { child, chromium, tmp, stderr: () => err };
}

const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

const profiles = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('ojrapport-chromium-'));

describe('nothing left behind', () => {
  it('Chromium dies when its run is killed outright (SIGKILL), and the next run removes the profile', { timeout: 300_000 }, async () => {
    const { child, chromium, tmp } = await startChild(
      'kill',
      `import { BrowserManager } from '@SRC/render/browser.ts';
const b = new BrowserManager();
await b.acquirePage();
console.log('ready ' + b.pid());
setInterval(() => undefined, 1000);
`,
    );
    const tree = [chromium, ...descendants(chromium)];
    expect(profiles(tmp)).toHaveLength(1);
    child.kill('SIGKILL');
    await exitOf(child);
    await until('Chromium to exit after its parent was killed', () => tree.every((p) => !alive(p)));
    // The killed run could not remove its profile; the next run does (its pid is gone).
    expect(profiles(tmp)).toHaveLength(1);
    expect(removeStaleProfiles(tmp)).toHaveLength(1);
    expect(profiles(tmp)).toEqual([]);
  });

  for (const signal of ['SIGHUP', 'SIGTERM'] as const) {
    it(`${signal} stops like Ctrl-C: exit 130, Chromium, its profile and temp files gone`, { timeout: 300_000 }, async () => {
      const { child, chromium, tmp, stderr } = await startChild(
        signal,
        `import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installInterruptHandler, onInterrupt, trackTempFile } from '@SRC/interrupt.ts';
import { BrowserManager } from '@SRC/render/browser.ts';
installInterruptHandler();
const b = new BrowserManager();
onInterrupt(() => b.close());
await b.acquirePage();
const tmp = join(process.env.TMPDIR, '.rapport.pdf.' + process.pid + '.0123abcd.tmp');
writeFileSync(tmp, 'halv');
trackTempFile(tmp);
console.log('ready ' + b.pid());
setInterval(() => undefined, 1000);
`,
      );
      const tree = [chromium, ...descendants(chromium)];
      child.kill(signal);
      const { code } = await exitOf(child);
      expect(code, stderr()).toBe(130);
      expect(stderr()).toContain(`Avbryter (${signal}) … städar upp.`);
      await until('the profile folder to be removed', () => profiles(tmp).length === 0, 20_000);
      await until('Chromium to exit', () => tree.every((p) => !alive(p)));
      expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('a single report written to a folder removes the temp file a killed run left there', async () => {
    const dir = join(root, 'single');
    mkdirSync(dir);
    const stale = `.0380-uppsala.pdf.${spawnSync('true').pid!}.0123abcd.tmp`;
    writeFileSync(join(dir, stale), 'halv');
    await writeFileAtomic(join(dir, '0380-uppsala.pdf'), 'hel');
    expect(readdirSync(dir)).toEqual(['0380-uppsala.pdf']);
  });

  it('removes temp files of runs whose process is gone, never those of a running process', () => {
    const dir = join(root, 'stale');
    mkdirSync(dir);
    const dead = spawnSync('true').pid!; // exited and reaped: its pid is free
    const names = [`.lan-03-uppsala.pdf.${dead}.0123abcd.tmp`, `.riket.xlsx.${process.pid}.89abcdef.tmp`, `.x.pdf.1.00000000.tmp`, 'rapport.pdf'];
    for (const n of names) writeFileSync(join(dir, n), 'x');
    expect(removeStaleTempFiles(dir)).toEqual([names[0]]);
    expect(readdirSync(dir).sort()).toEqual(names.slice(1).sort());
    expect(existsSync(join(dir, names[0]!))).toBe(false);
  });
});
