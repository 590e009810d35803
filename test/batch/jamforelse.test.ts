// --jamforelse in lan and alla: one list for every report of the run, checked once before anything is written.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/capture.ts';
import { pdftotext } from '../pdf-tools.ts';

describe('--jamforelse in lan and alla', () => {
  it('refuses an unknown set before any report is made', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-jmf-'));
    const r = await run(['alla', '--jamforelse', 'grannar', '--ut', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Okänd jämförelsegrupp eller kommun efter --jamforelse: "grannar"');
    expect(existsSync(join(out, '2019'))).toBe(false);
  }, 300_000);

  it('compares every kommun of the county with the sets asked for, and a later run without them makes the reports again', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-jmf-'));
    const r = await run(['lan', 'Gotland', '--jamforelse', 'kommungrupp,Västerås', '--ut', out, '--parallell', '1']);
    expect(r.code, r.stderr).toBe(0);
    const dir = join(out, '2019');
    const report = readdirSync(dir).find((f) => f.startsWith('0980-'))!;
    const text = pdftotext(join(dir, report)).replace(/\s+/g, ' ');
    expect(text).toMatch(/Jämförs med Kommungrupp \S+ [^,]+, Egen jämförelsegrupp/);
    expect(text).not.toContain('Jämförs med Liknande');
    // The run's key holds the sets: without them nothing is up to date.
    const again = await run(['lan', 'Gotland', '--ut', out, '--parallell', '1', '--hoppa-over-befintliga']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('0 hoppade över');
    expect(pdftotext(join(dir, report)).replace(/\s+/g, ' ')).toContain('Jämförs med Liknande kommuner LSS, Gotlands län, Riket');
  }, 300_000);
});
