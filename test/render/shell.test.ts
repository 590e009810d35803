// A page given the shell (shared CSS and fonts) ahead of time, as a cold `kommun` run does while it composes,
// takes the report by swapping it in: no second setContent, and the same document as a fresh page gets.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BrowserManager } from '../../src/render/browser.ts';
import { renderHtml } from '../../src/render/html.ts';
import { loadReport, loadShell } from '../../src/render/shell.ts';
import { fixtureModel } from './report-helpers.ts';

describe('loadShell before loadReport', () => {
  const browser = new BrowserManager();
  afterAll(() => browser.close());
  const html = renderHtml(fixtureModel());
  const text = () => browser.withPage(async (page) => page.evaluate(() => document.body.innerText));

  it('swaps the report into the shell and shows what a fresh page shows', { timeout: 300_000 }, async () => {
    const fresh = await browser.withPage(async (page) => {
      await loadReport(page, html, 60_000);
      return page.evaluate(() => document.body.innerText);
    });
    await browser.withPage(async (page) => {
      await page.goto('about:blank');
      await loadShell(page, 60_000);
      const setContent = vi.spyOn(page, 'setContent');
      await loadReport(page, html, 60_000);
      expect(setContent).not.toHaveBeenCalled();
      setContent.mockRestore();
    });
    expect(await text()).toBe(fresh);
    expect(fresh).toContain('Uppsala');
  });
});
