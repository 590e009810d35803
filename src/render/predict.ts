// Predicts the page of each table-of-contents target without printing: the body is laid out once as columns
// the size of the @page content box (column-fill: auto, forced page breaks turned into column breaks), so
// Chromium's own fragmentation (break-inside: avoid, orphans, widows) places every element, and the column an
// element starts in is its page. The tagged print that follows checks the prediction (see pdf.ts).
import type { Page } from 'puppeteer-core';

/** Pages whose CSS media is print, so the measuring layout sees the print styles (set once per page). */
const printMedia = new WeakSet<Page>();

export async function emulatePrint(page: Page): Promise<void> {
  if (printMedia.has(page)) return;
  await page.emulateMediaType('print');
  printMedia.add(page);
}

/**
 * The page of each id found in the document, also written into the slots (elements with `slotAttr`, in the same
 * round trip); an empty map when the @page box is not one it can size.
 */
export async function predictPages(page: Page, ids: string[], slotAttr: string): Promise<Map<string, number>> {
  // No named functions inside: the callback is serialised into the page, where a bundler's helpers do not exist.
  const found = await page.evaluate((ids: string[], slotAttr: string) => {
    const rules: CSSRule[] = [];
    const lists: CSSRuleList[] = Array.from(document.styleSheets).map((s) => s.cssRules);
    while (lists.length) {
      for (const r of Array.from(lists.pop()!)) {
        if (r instanceof CSSMediaRule && matchMedia(r.conditionText).matches) lists.push(r.cssRules);
        else rules.push(r);
      }
    }
    const pageRule = rules.filter((r): r is CSSPageRule => r instanceof CSSPageRule && r.selectorText === '').pop();
    const margins = ['top', 'right', 'bottom', 'left'].map((side) => pageRule?.style.getPropertyValue(`margin-${side}`) ?? '');
    const size = (pageRule?.style.getPropertyValue('size') ?? '').trim().toLowerCase();
    // The print options' A4 unless the rule names A4 landscape or two lengths; anything else is not predicted.
    const lengths = size.split(/\s+/).filter((x) => /^[\d.]+(mm|cm|in|px|pt|pc)$/.test(x));
    const box = ['', 'a4', 'a4 portrait'].includes(size) ? ['210mm', '297mm'] : size === 'a4 landscape' ? ['297mm', '210mm'] : lengths.length === 2 ? lengths : [];
    if (box.length !== 2 || margins.some((m) => m === '')) return [];

    // Forced page breaks from the style sheets become column breaks.
    const forced = /^(page|left|right|recto|verso|always)$/;
    const breaks: string[] = [];
    for (const r of rules) {
      if (!(r instanceof CSSStyleRule)) continue;
      for (const side of ['before', 'after']) {
        const v = r.style.getPropertyValue(`break-${side}`) || r.style.getPropertyValue(`page-break-${side}`);
        if (forced.test(v.trim())) breaks.push(`${r.selectorText}{break-${side}:column!important}`);
      }
    }
    // Chromium's print lays the page area out in whole px, rounded up (measured: A4 less 18/20 mm margins is
    // 657.64 × 971.34 px, printed as 658 × 972); the fractions wrap a table header or keep a block differently.
    const width = `round(up, ${box[0]} - ${margins[1]} - ${margins[3]}, 1px)`;
    const height = `round(up, ${box[1]} - ${margins[0]} - ${margins[2]}, 1px)`;
    const style = document.createElement('style');
    style.textContent =
      `body{box-sizing:border-box!important;padding:0!important;border:0!important;width:${width}!important;max-width:none!important;` +
      `height:${height}!important;columns:${width} auto!important;column-gap:0!important;column-fill:auto!important;overflow:visible!important}` +
      breaks.join('');
    document.head.append(style);
    try {
      const body = document.body.getBoundingClientRect();
      const out: [string, number][] = [];
      for (const id of ids) {
        const el = document.getElementById(id);
        const r = el?.getClientRects()[0];
        if (r) out.push([id, Math.floor((r.left - body.left + 0.5) / body.width) + 1]);
      }
      const pages = new Map(out);
      for (const el of Array.from(document.querySelectorAll(`[${slotAttr}]`))) el.textContent = String(pages.get(el.getAttribute(slotAttr) ?? '') ?? '');
      return out;
    } finally {
      style.remove();
    }
  }, ids, slotAttr);
  return new Map(found);
}
