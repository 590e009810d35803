// The printing floor of npm run bench: a report's final HTML (page numbers already in the contents) loaded the
// way the batch loads it and printed once, tagged, with nothing else (no prediction, no metadata, no writing).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Page } from 'puppeteer-core';
import type { BrowserManager } from '../src/render/browser.ts';
import { printOptions } from '../src/render/pdf.ts';
import { loadReport } from '../src/render/shell.ts';

export async function printOnce(page: Page, html: string): Promise<void> {
  await loadReport(page, html, 60_000);
  await page.pdf(printOptions(60_000, true));
}

/** Wall ms to print every file once, spread over `parallel` pages that each printed the first file untimed. */
export async function floorWallMs(browser: BrowserManager, files: string[], parallel: number): Promise<number> {
  if (!files.length) return NaN;
  const pages = await Promise.all(Array.from({ length: parallel }, () => browser.acquirePage()));
  const warmUp = readFileSync(files[0]!, 'utf8');
  for (const p of pages) await printOnce(p, warmUp);
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    pages.map(async (p) => {
      for (let i = next++; i < files.length; i = next++) await printOnce(p, readFileSync(files[i]!, 'utf8'));
    }),
  );
  const wall = performance.now() - t0;
  for (const p of pages) browser.releasePage(p);
  return wall;
}
