// Loading a report into a page. Every report carries the same ~100 KB of @font-face (base64) and report.css;
// page.setContent re-parses that and re-decodes the fonts each time. Instead a page keeps a "shell" document
// whose <head> holds the shared CSS, and each report replaces only what differs: <html> attributes, the rest
// of <head> (title, meta, the per-report @page rules) and <body>. The report is parsed with DOMParser, whose
// documents never run scripts (and page JavaScript is off anyway); requests stay blocked by interception.
// HTML that does not contain the shared CSS (anything not made by renderHtml) is loaded with setContent.
import type { Page } from 'puppeteer-core';
import { sharedCss } from './html.ts';

const SHELL_ID = 'ojrapport-delad-stil';

/** The report split around the shared CSS, or undefined when it is not there (then setContent is used). */
function splitShared(html: string, shared: string): string | undefined {
  const at = html.indexOf(shared);
  if (at < 0) return undefined;
  const styleOpen = html.lastIndexOf('<style>', at);
  const headEnd = html.indexOf('</head>');
  if (styleOpen < 0 || headEnd < at || html.slice(styleOpen + 7, at).trim() !== '') return undefined;
  return html.slice(0, at) + html.slice(at + shared.length);
}

function shellHtml(shared: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style id="${SHELL_ID}">${shared}</style></head><body></body></html>`;
}

/** Replaces the report part of a shell page; false when the page does not hold the shell (any more). */
async function swap(page: Page, rest: string, sharedLength: number): Promise<boolean> {
  return page.evaluate(
    async (rest: string, id: string, len: number) => {
      const shell = document.getElementById(id);
      if (!shell || shell.parentNode !== document.head || (shell.textContent ?? '').length !== len) return false;
      const parsed = new DOMParser().parseFromString(rest, 'text/html');
      const root = document.documentElement;
      for (const a of Array.from(root.attributes)) root.removeAttribute(a.name);
      for (const a of Array.from(parsed.documentElement.attributes)) root.setAttribute(a.name, a.value);
      // Head: the shell style first, then the report's own head in its order (its <style> after the shared CSS,
      // as in the original document, so the cascade is the same).
      for (const n of Array.from(document.head.childNodes)) if (n !== shell) n.remove();
      document.head.append(...Array.from(parsed.head.childNodes).map((n) => document.adoptNode(n)));
      document.body.replaceWith(document.adoptNode(parsed.body));
      // The shell's fonts are loaded once, with the shell; waiting for fonts.ready would only force a screen layout
      // that printing does not use.
      if (!Array.from(document.fonts as unknown as Iterable<FontFace>).every((f) => f.status === 'loaded')) await document.fonts.ready;
      if (document.images.length) await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
      return true;
    },
    rest,
    SHELL_ID,
    sharedLength,
  );
}

/** Loads the shell (the shared CSS) and its fonts into the page; a report loaded after it is only swapped in. */
export async function loadShell(page: Page, timeout: number): Promise<void> {
  await page.setContent(shellHtml(sharedCss()), { waitUntil: 'load', timeout });
  await page.evaluate(() => Promise.all(Array.from(document.fonts as unknown as Iterable<FontFace>).map((f) => f.load())).then(() => undefined));
}

/** Loads the report HTML into the page and waits for fonts (and images); the page is then ready to print. */
export async function loadReport(page: Page, html: string, timeout: number): Promise<void> {
  const shared = sharedCss();
  const rest = splitShared(html, shared);
  if (rest !== undefined) {
    if (await swap(page, rest, shared.length)) return;
    await loadShell(page, timeout);
    if (await swap(page, rest, shared.length)) return;
  }
  await page.setContent(html, { waitUntil: 'load', timeout });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
