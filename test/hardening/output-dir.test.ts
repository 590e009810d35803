// The output folder is checked before any work: a read-only folder gives a Swedish message at once, and a
// forgotten value after --ut is not taken as a folder name.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/capture.ts';

describe('output folder checks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ojr-outdir-'));
  const ro = join(dir, 'ro');

  beforeAll(() => {
    mkdirSync(ro);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,ro', 'tmpfs', ro]);
  });
  afterAll(() => {
    execFileSync('umount', [ro]);
  });

  it('underlag to a read-only folder: a Swedish message, exit 5', async () => {
    const r = await run(['underlag', 'Uppsala', '--ut', ro]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`Kan inte skriva i katalogen ${join(ro, '2019')}: den är skrivskyddad.`);
    expect(r.stderr).not.toMatch(/ENOENT|EROFS/);
  }, 300_000);

  it('lan to a read-only folder is refused before anything is rendered', async () => {
    const r = await run(['lan', 'Uppsala', '--ut', ro]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`Kan inte skriva i katalogen ${join(ro, '2019')}: den är skrivskyddad.`);
    expect(r.stderr).not.toContain('klara');
  }, 300_000);

  it('--ut followed by another flag is refused instead of making a folder "--ar"', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run(['underlag', 'Uppsala', '--ut', '--ar', '2019']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--ut saknar värde: "--ar" är en flagga, inte en sökväg.');
      expect(existsSync(join(dir, '--ar'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  }, 300_000);
});
