import childProcess from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { OjError } from '../../src/errors.ts';
import { BrowserManager, findChromium } from '../../src/render/browser.ts';

describe('BrowserManager.start', () => {
  it('has spawned Chromium when it resolves, so work that blocks after it runs beside the start-up', { timeout: 300_000 }, async () => {
    const spawn = vi.spyOn(childProcess, 'spawn');
    const browser = new BrowserManager();
    try {
      await browser.start();
      expect(spawn.mock.calls.map((c) => c[0])).toContain(findChromium());
      // The same browser serves the pages afterwards: no second launch.
      const page = await browser.acquirePage();
      expect(page.isClosed()).toBe(false);
      expect(browser.launches).toBe(1);
    } finally {
      spawn.mockRestore();
      await browser.close();
    }
  });

  it('resolves when Chromium cannot start; the first page request reports why', { timeout: 300_000 }, async () => {
    const browser = new BrowserManager({ executablePath: '/finns/inte/chromium' });
    try {
      await browser.start();
      await expect(browser.acquirePage()).rejects.toBeInstanceOf(OjError);
    } finally {
      await browser.close();
    }
  });
});
