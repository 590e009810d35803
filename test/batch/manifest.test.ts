// --hoppa-over-befintliga trusts an output only when it is the very file the manifest recorded.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../../src/batch/manifest.ts';

const key = { data: 'a'.repeat(64), rules: 'b'.repeat(64), version: '1.0.0' };

describe('manifest checksums', () => {
  it('a truncated, overwritten or removed output is redone; the recorded one is skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-manifest-'));
    const pdf = join(dir, '0380-uppsala.pdf');
    writeFileSync(pdf, '%PDF-1.7 hela rapporten %%EOF');
    const m = new Manifest(dir);
    m.record(pdf, key);
    await m.flush();
    const again = new Manifest(dir); // as a later run reads it
    expect(again.isUpToDate(pdf, key)).toBe(true);
    truncateSync(pdf, 10);
    expect(again.isUpToDate(pdf, key)).toBe(false);
    writeFileSync(pdf, '%PDF-1.7 annan rapport! %%EOF'); // same size, other content (another run's options)
    expect(again.isUpToDate(pdf, key)).toBe(false);
    rmSync(pdf);
    expect(again.isUpToDate(pdf, key)).toBe(false);
  });
});
