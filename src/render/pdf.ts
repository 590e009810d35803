// HTML → PDF in a prepared page: tagged (accessible), with outline; header/footer come from CSS @page margin boxes.
// Page numbers in the table of contents: elements with data-page-of="id" get the page of #id. Chromium cannot
// compute target-counter(), so the page is printed once untagged and hidden (cheap), the numbers are read from
// the PDF's named destinations and written into the live DOM, and the page is printed again, tagged. The number
// slots have a fixed width, so filling them does not move anything; a third print happens only if pages differ.
import type { Page, PDFOptions } from 'puppeteer-core';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { version } from '../version.ts';
import { artifactObjects } from './artifacts.ts';
import { outlineFromHeadings } from './outline.ts';
import { withPdfInfo, type PdfInfo } from './pdf-info.ts';
import { loadReport } from './shell.ts';
import { PAGE_OF_ATTR, readPageMap, samePages, type PageMap } from './toc.ts';

export interface PdfOptions {
  /** Document title; must equal the HTML <title> (Chromium takes the PDF Title from it). */
  title: string;
  lang: string;
  timeoutMs?: number;
  /** Author/Subject/Keywords for the document metadata; Chromium writes only the Title. */
  info?: Partial<PdfInfo>;
}

/** The content of <meta name="…"> in the report's HTML, unescaped. */
function metaContent(html: string, name: string): string | undefined {
  const m = new RegExp(`<meta name="${name}" content="([^"]*)">`).exec(html);
  if (!m) return undefined;
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", '#x60': '`', '#x3D': '=' };
  return m[1]!.replace(/&(#x?[0-9a-fA-F]+|[a-z]+);/g, (all, e: string) => entities[e] ?? all).trim() || undefined;
}

/** Author and Subject come from the report's own <meta name="author"> and <meta name="description">. */
function metadata(options: PdfOptions, html: string): PdfInfo {
  return {
    author: options.info?.author ?? metaContent(html, 'author') ?? 'ojrapport',
    subject: options.info?.subject ?? metaContent(html, 'description') ?? options.title,
    keywords: options.info?.keywords ?? 'Öppna jämförelser, LSS, lokal analys, funktionsnedsättning',
    creator: options.info?.creator ?? `ojrapport ${version()}`,
  };
}

export interface ReportPdf {
  pdf: Buffer;
  /** Pages of the linked ids in the final PDF, and the page count. */
  pageMap: PageMap;
  /** How many times the document was printed (1 without page-number slots, normally 2 with). */
  passes: number;
}

/** Where a caller gets its HTML: a finished string, or a builder run once (the numbers are filled in the DOM). */
export type HtmlSource = string | (() => string | Promise<string>);

const MAX_PASSES = 4;

function printOptions(timeout: number, tagged: boolean): PDFOptions {
  return {
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged,
    outline: tagged,
    displayHeaderFooter: false,
    timeout,
  };
}

/** Ids that page-number slots point at (read from the HTML, so no round trip is needed when there are none). */
function slotIds(html: string): string[] {
  return [...new Set([...html.matchAll(new RegExp(`${PAGE_OF_ATTR}="([^"]+)"`, 'g'))].map((m) => m[1]!))];
}

/**
 * The first print only serves to read where the linked headings land. Hiding the whole document
 * (visibility, which never changes layout) keeps the named destinations, which Chromium takes from geometry,
 * while nothing is painted: the pass is ~20 % cheaper. The tagged pass checks the result anyway.
 */
const MEASURE_ATTR = 'data-ojrapport-matpass';
const MEASURE_CSS = 'html{visibility:hidden!important}';

async function hideForMeasuring(page: Page): Promise<void> {
  await page.evaluate(
    (attr, css) => {
      const style = document.createElement('style');
      style.setAttribute(attr, '');
      style.textContent = css;
      document.head.append(style);
    },
    MEASURE_ATTR,
    MEASURE_CSS,
  );
}

/** Writes the page numbers into the slots and removes the measuring style (refuses to go on if it stays). */
async function fillSlots(page: Page, dests: Map<string, number>): Promise<void> {
  const pages = Object.fromEntries(dests);
  const hidden = await page.evaluate(
    (attr, measure, map: Record<string, number>) => {
      for (const el of Array.from(document.querySelectorAll(`[${attr}]`))) {
        const n = map[el.getAttribute(attr) ?? ''];
        el.textContent = n === undefined ? '' : String(n);
      }
      for (const el of Array.from(document.querySelectorAll(`style[${measure}]`))) el.remove();
      return document.querySelectorAll(`style[${measure}]`).length > 0;
    },
    PAGE_OF_ATTR,
    MEASURE_ATTR,
    pages,
  );
  if (hidden) throw new Error('dokumentet är fortfarande dolt efter mätutskriften');
}

/** Heading texts in document order, as a reader sees them (for the bookmarks, see outline.ts). */
async function headingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Chromium's PDF with our metadata and the bookmarks rewritten from the headings. */
async function finish(page: Page, pdf: Buffer, html: string, options: PdfOptions): Promise<Buffer> {
  return withPdfInfo(pdf, metadata(options, html), [...outlineFromHeadings(pdf, await headingTexts(page)), ...artifactObjects(pdf)]);
}

/**
 * The report API: loads the HTML once, fills page numbers for a table of contents (two prints), returns the
 * tagged PDF with outline and the page of every linked id. Every report (kommun, län, batch) goes through here.
 */
export async function renderReportPdf(page: Page, source: HtmlSource, options: PdfOptions): Promise<ReportPdf> {
  const html = typeof source === 'string' ? source : await source();
  // Tagged-PDF language and Title come from the HTML itself; refuse documents that would lose them.
  if (!html.includes(`<html lang="${options.lang}"`) || !html.includes('<title>')) {
    throw new OjError(msg.reportWithoutLangOrTitle(options.title), ExitCode.render);
  }
  const timeout = options.timeoutMs ?? 60_000;
  try {
    // Embedded fonts are ready when this returns (they must be before layout is printed).
    await loadReport(page, html, timeout);
    const ids = slotIds(html);
    if (ids.length === 0) {
      const pdf = Buffer.from(await page.pdf(printOptions(timeout, true)));
      return { pdf: await finish(page, pdf, html, options), pageMap: readPageMap(pdf), passes: 1 };
    }
    await hideForMeasuring(page);
    let filled = readPageMap(await page.pdf(printOptions(timeout, false)));
    let passes = 1;
    for (;;) {
      await fillSlots(page, filled.dests);
      const pdf = Buffer.from(await page.pdf(printOptions(timeout, true)));
      passes++;
      const now = readPageMap(pdf);
      if (samePages(now.dests, filled.dests, ids) || passes >= MAX_PASSES) return { pdf: await finish(page, pdf, html, options), pageMap: now, passes };
      filled = now;
    }
  } catch (e) {
    if (e instanceof OjError) throw e;
    throw new OjError(msg.pdfFailed(options.title, e), ExitCode.render);
  }
}

/** The PDF only (for callers that don't need the page map); same two-pass table of contents. */
export async function renderPdf(page: Page, html: HtmlSource, options: PdfOptions): Promise<Buffer> {
  return (await renderReportPdf(page, html, options)).pdf;
}
