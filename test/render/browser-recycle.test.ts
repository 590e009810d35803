// Issue 16 (memory): a page's renderer grows with every report loaded into it, so the batch replaces a page
// after a fixed number of uses; the bound is held by counting uses, not by measuring memory.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BrowserManager } from '../../src/render/browser.ts';

const closed = (page: Page) => (page.isClosed() ? Promise.resolve() : new Promise<void>((r) => page.once('close', () => r())));

describe('page recycling', () => {
  const browser = new BrowserManager({ recycleEvery: 3 });
  afterAll(() => browser.close());

  it('closes a page after recycleEvery uses and hands out a fresh one', { timeout: 300_000 }, async () => {
    const seen: Page[] = [];
    for (let i = 0; i < 7; i++) await browser.withPage(async (p) => void seen.push(p));
    const distinct = [...new Set(seen)];
    expect(seen.map((p) => distinct.indexOf(p))).toEqual([0, 0, 0, 1, 1, 1, 2]);
    await closed(distinct[0]!);
    await closed(distinct[1]!);
    expect(distinct[2]!.isClosed()).toBe(false);
  });
});
