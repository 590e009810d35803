// --hoppa-over-befintliga: a second run skips everything; changed rules change the checksum and re-render.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.ts';
import { ROOT } from '../../src/paths.ts';
import { run } from '../cli/capture.ts';

describe('ojrapport lan --hoppa-over-befintliga', () => {
  it('skips up-to-date outputs and redoes them when the rules change', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-skip-'));
    const rules = join(out, 'regler.json');
    writeFileSync(rules, JSON.stringify({ utvecklingsomrade_minst_andel_ja_i_jamforelse: 50 }));
    const args = ['lan', 'Uppsala', '--ut', out, '--regler', rules, '--parallell', '2'];

    const first = await run(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('10 klara, 0 hoppade över');
    const manifest = JSON.parse(readFileSync(join(out, '2019', MANIFEST_NAME), 'utf8')) as { entries: Record<string, { data: string; rules: string; version: string }> };
    expect(Object.keys(manifest.entries)).toHaveLength(10);
    expect(manifest.entries['0380-uppsala.pdf']).toMatchObject({ data: expect.stringMatching(/^[0-9a-f]{64}$/), rules: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const second = await run([...args, '--hoppa-over-befintliga']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('0 klara, 10 hoppade över');
    expect(second.stdout).toBe('');

    // Changed rules: a fresh process (rules are cached per process) sees a new checksum and renders again.
    writeFileSync(rules, JSON.stringify({ utvecklingsomrade_minst_andel_ja_i_jamforelse: 60 }));
    const third = execFileSync(process.execPath, [join(ROOT, 'bin/ojrapport.js'), ...args, '--hoppa-over-befintliga'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(third.trim().split('\n')).toHaveLength(10);
    const after = JSON.parse(readFileSync(join(out, '2019', MANIFEST_NAME), 'utf8')) as typeof manifest;
    expect(after.entries['0380-uppsala.pdf']!.rules).not.toBe(manifest.entries['0380-uppsala.pdf']!.rules);
    expect(after.entries['0380-uppsala.pdf']!.data).toBe(manifest.entries['0380-uppsala.pdf']!.data);
  }, 240_000);
});
