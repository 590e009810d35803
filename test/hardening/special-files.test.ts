// Issue 13 items 11–12: only regular files are read, and the data cache checks before it reads.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.ts';
import { cacheKey } from '../../src/load/cache.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { loadInput } from '../../src/load/input.ts';
import { openWorkbook } from '../../src/underlag/meta.ts';
import { ojError, tempDir } from './helpers.ts';

const dir = tempDir('special');
const fifo = join(dir, 'data-2019.xlsx');
execFileSync('mkfifo', [fifo]);

/** A sparse file of the given size: no disk space used, but st.size says it is large. */
function sparse(name: string, bytes: number): string {
  const file = join(dir, name);
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return file;
}

describe('special files', () => {
  it('refuses a FIFO as --data instead of waiting for a writer', async () => {
    const e = await ojError(loadInput({ data: [fifo] }));
    expect(e.message).toBe(`Filen ${fifo} är inte en vanlig fil utan en namngiven pipe (FIFO) och lästes inte.`);
    expect(e.hint).toMatch(/sparad fil på disk/);
    expect(e.exitCode).toBe(ExitCode.input);
  });

  it('refuses /dev/zero (size 0, but endless) before reading a byte', async () => {
    const e = await ojError(loadInput({ data: ['/dev/zero'] }));
    expect(e.message).toBe('Filen /dev/zero är inte en vanlig fil utan en enhetsfil och lästes inte.');
  });

  it('refuses a FIFO as catalogue and as --lokal workbook', async () => {
    const cat = await ojError(() => loadCatalog(fifo));
    expect(cat.message).toBe(`Indikatorkatalogen ${fifo} är inte en vanlig fil utan en namngiven pipe (FIFO) och lästes inte.`);
    const lokal = await ojError(openWorkbook(fifo));
    expect(lokal.message).toBe(`Filen ${fifo} är inte en vanlig fil utan en namngiven pipe (FIFO) och lästes inte.`);
  });
});

describe('the data cache', () => {
  it('does not read (hash) a file over the size limit or a special file: no key, the load refuses it', async () => {
    const big = sparse('stor-2019.xlsx', 3 * 1024 * 1024);
    const catalog = loadCatalog();
    expect(cacheKey({ files: [big], catalog, maxMb: 1 })).toBeUndefined();
    expect(cacheKey({ files: [fifo], catalog })).toBeUndefined();
    expect(cacheKey({ files: [big], catalog, maxMb: 5 })).toMatch(/^[0-9a-f]{64}$/);
    const e = await ojError(loadInput({ data: [big], maxMb: 1 }));
    expect(e.message).toBe('Filen stor-2019.xlsx är 3 MB, större än gränsen 1 MB, och lästes inte.');
  });
});
