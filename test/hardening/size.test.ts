// Theme 8: a file over the size limit is refused before it is read.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExitCode } from '../../src/errors.ts';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { DEFAULT_MAX_MB, maxBytes } from '../../src/load/filecheck.ts';
import { ojError, tempDir } from './helpers.ts';

const dir = tempDir('size');
const MB = 1024 * 1024;
afterEach(() => vi.unstubAllEnvs());

describe('the size limit', () => {
  it('is 50 MB by default, OJRAPPORT_MAX_MB otherwise, and the option first', () => {
    expect(maxBytes(undefined, {})).toBe(DEFAULT_MAX_MB * MB);
    expect(maxBytes(undefined, { OJRAPPORT_MAX_MB: '200' })).toBe(200 * MB);
    expect(maxBytes(undefined, { OJRAPPORT_MAX_MB: '0,5' })).toBe(0.5 * MB);
    expect(maxBytes(2, { OJRAPPORT_MAX_MB: '200' })).toBe(2 * MB);
    expect(() => maxBytes(undefined, { OJRAPPORT_MAX_MB: 'mycket' })).toThrow(/OJRAPPORT_MAX_MB har ett ogiltigt värde: "mycket"/);
  });

  it('refuses a larger file, saying how large and how to raise the limit', async () => {
    // A sparse-ish 1.5 MB file of zeros that is not even an xlsx: the size check must come first.
    const file = join(dir, 'stor-2019.xlsx');
    writeFileSync(file, Buffer.alloc(1.5 * MB));
    const e = await ojError(loadDataSetWithReport([file], { maxMb: 1 }));
    expect(e.message).toBe('Filen stor-2019.xlsx är 1,5 MB, större än gränsen 1 MB, och lästes inte.');
    expect(e.hint).toMatch(/OJRAPPORT_MAX_MB/);
    expect(e.exitCode).toBe(ExitCode.input);
  });

  it('reads the limit from OJRAPPORT_MAX_MB, for CSV files too', async () => {
    const file = join(dir, 'stor.csv');
    writeFileSync(file, `kommunkod;indikator;år;värde\n${'0380;ibic_utredning;2019;Ja\n'.repeat(50_000)}`);
    vi.stubEnv('OJRAPPORT_MAX_MB', '1');
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/stor\.csv är 1,3 MB, större än gränsen 1 MB/);
  });
});
