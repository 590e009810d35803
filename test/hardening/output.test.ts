// Output faults: a full disk and an unwritable folder give a Swedish message, exit 5 and no partial file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/capture.ts';

describe('output faults', () => {
  const tiny = mkdtempSync(join(tmpdir(), 'ojr-full-'));

  beforeAll(() => {
    // A real full disk: a 64 KiB tmpfs (CI runs as root on Linux). The report PDF is far larger.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', tiny]);
  });
  afterAll(() => {
    execFileSync('umount', [tiny]);
  });

  it('disk full: exit 5, says the disk is full, leaves nothing behind', async () => {
    const r = await run(['kommun', 'Uppsala', '--ut', tiny]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('disken är full');
    expect(r.stderr).toContain('--ut');
    const left = readdirSync(join(tiny, '2019'));
    expect(left).toEqual([]);
  });

  it('output path through a file: exit 5 with a message naming the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-notdir-'));
    writeFileSync(join(dir, 'fil'), 'x');
    const r = await run(['kommun', 'Uppsala', '--format', 'json', '--ut', join(dir, 'fil')]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('är en fil, inte en katalog');
  });

  it('a read-only folder: exit 5 with a message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-ro-'));
    mkdirSync(join(dir, 'ro'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,ro', 'tmpfs', join(dir, 'ro')]);
    try {
      const r = await run(['kommun', 'Uppsala', '--format', 'json', '--ut', join(dir, 'ro')]);
      expect(r.code).toBe(5);
      expect(r.stderr).toContain('skrivskyddad');
    } finally {
      execFileSync('umount', [join(dir, 'ro')]);
    }
  });
});
