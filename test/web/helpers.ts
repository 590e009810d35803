// Opening --webb pages from disk in Chromium for the site tests: JavaScript on, requests outside the site folder
// recorded and blocked, console errors collected; link checking and axe-core.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { BrowserManager } from '../../src/render/browser.ts';

export const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface Visit {
  errors: string[];
  outside: string[];
  page: Page;
}

/** Opens a page of the site in `site` from disk with JavaScript on, recording console errors and requests leaving the folder. */
export async function visit<T>(browser: BrowserManager, site: string, file: string, width: number, fn: (v: Visit) => Promise<T>): Promise<T> {
  return browser.withPage(async (page) => {
    const v: Visit = { errors: [], outside: [], page };
    await page.setJavaScriptEnabled(true);
    page.removeAllListeners('request');
    page.on('request', (req) => {
      const url = req.url();
      const inside = url.startsWith('data:') || (url.startsWith('file:') && fileURLToPath(url.split('#')[0]!).startsWith(`${site}/`));
      if (!inside) v.outside.push(url);
      void (inside ? req.continue() : req.abort('blockedbyclient'));
    });
    page.on('console', (m) => m.type() === 'error' && v.errors.push(m.text()));
    page.on('pageerror', (e) => v.errors.push(String(e)));
    page.on('requestfailed', (r) => v.errors.push(`failed: ${r.url()}`));
    await page.setViewport({ width, height: 900 });
    await page.goto(pathToFileURL(join(site, file)).href, { waitUntil: 'load' });
    try {
      return await fn(v);
    } finally {
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
      page.removeAllListeners('requestfailed');
    }
  });
}

/** Every href on the page that is not a file in the site (or, with a fragment, has no element with that id). */
export async function brokenLinks(page: Page, site: string): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  const broken: string[] = [];
  for (const href of new Set(hrefs)) {
    const [url, frag] = href.split('#') as [string, string | undefined];
    if (!url.startsWith('file:')) {
      broken.push(href);
      continue;
    }
    const path = fileURLToPath(url);
    if (!path.startsWith(`${site}/`) || !existsSync(path)) broken.push(href);
    else if (frag && path.endsWith('.html') && !readFileSync(path, 'utf8').includes(`id="${decodeURIComponent(frag)}"`)) broken.push(href);
  }
  return broken;
}

/** axe-core's serious and critical violations (WCAG 2.1 A/AA and best practice) on the open page. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: axePath });
  const all = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      preload: false, // axe would fetch the style sheets with XHR, which file:// does not allow
    });
    return r.violations.map((x) => ({ id: x.id, impact: x.impact, nodes: x.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
