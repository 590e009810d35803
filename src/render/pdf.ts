// HTML → PDF in a prepared page: tagged (accessible), with outline; header/footer come from CSS @page margin boxes.
// Page numbers in the table of contents: elements with data-page-of="id" get the page of #id. Chromium (v156)
// cannot compute target-counter() in print, so the pages are predicted from a paged layout (predict.ts), written
// into the slots and printed once, tagged; the PDF's named destinations check the prediction, and only a wrong
// one costs a second print with the numbers read back. The slots have a fixed width, so filling them moves nothing.
import type { Page, PDFOptions } from 'puppeteer-core';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { version } from '../version.ts';
import { artifactObjects } from './artifacts.ts';
import { outlineFromHeadings } from './outline.ts';
import { withPdfInfo, type PdfInfo } from './pdf-info.ts';
import { emulatePrint, predictPages } from './predict.ts';
import { loadReport } from './shell.ts';
import { PAGE_OF_ATTR, readPageMap, samePages, type PageMap } from './toc.ts';

export interface PdfOptions {
  /** Document title; must equal the HTML <title> (Chromium takes the PDF Title from it). */
  title: string;
  lang: string;
  timeoutMs?: number;
  /** Author/Subject/Keywords for the document metadata; Chromium writes only the Title. */
  info?: Partial<PdfInfo>;
  /** Page numbers to print first instead of the predicted ones (tests of the correction). */
  predicted?: ReadonlyMap<string, number>;
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
  /** How many times the document was printed: 1, or 2 when the predicted page numbers were wrong. */
  prints: number;
}

/** Where a caller gets its HTML: a finished string, or a builder run once (the numbers are filled in the DOM). */
export type HtmlSource = string | (() => string | Promise<string>);

const MAX_PRINTS = 4;

/** The options of every report print (also the bench's floor). */
export function printOptions(timeout: number, tagged: boolean): PDFOptions {
  return {
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged,
    outline: tagged,
    displayHeaderFooter: false,
    // loadReport has the fonts loaded; puppeteer's own wait for document.fonts.ready would force a screen layout.
    waitForFonts: false,
    timeout,
  };
}

/** Ids that page-number slots point at (read from the HTML, so no round trip is needed when there are none). */
function slotIds(html: string): string[] {
  return [...new Set([...html.matchAll(new RegExp(`${PAGE_OF_ATTR}="([^"]+)"`, 'g'))].map((m) => m[1]!))];
}

/** Writes the page numbers into the slots (fixed width, so the layout does not move). */
async function fillSlots(page: Page, dests: ReadonlyMap<string, number>): Promise<void> {
  await page.evaluate(
    (attr, map: Record<string, number>) => {
      for (const el of Array.from(document.querySelectorAll(`[${attr}]`))) {
        const n = map[el.getAttribute(attr) ?? ''];
        el.textContent = n === undefined ? '' : String(n);
      }
    },
    PAGE_OF_ATTR,
    Object.fromEntries(dests),
  );
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
 * The report API: loads the HTML once, fills page numbers for a table of contents (one print when predicted
 * right), returns the tagged PDF with outline and the page of every linked id. Every report (kommun, län, batch) goes through here.
 */
export async function renderReportPdf(page: Page, source: HtmlSource, options: PdfOptions): Promise<ReportPdf> {
  const html = typeof source === 'string' ? source : await source();
  // Tagged-PDF language and Title come from the HTML itself; refuse documents that would lose them.
  if (!html.includes(`<html lang="${options.lang}"`) || !html.includes('<title>')) {
    throw new OjError(msg.reportWithoutLangOrTitle(options.title), ExitCode.render);
  }
  const timeout = options.timeoutMs ?? 60_000;
  try {
    await emulatePrint(page);
    // Embedded fonts are ready when this returns (they must be before layout is printed).
    await loadReport(page, html, timeout);
    const ids = slotIds(html);
    if (ids.length === 0) {
      const pdf = Buffer.from(await page.pdf(printOptions(timeout, true)));
      return { pdf: await finish(page, pdf, html, options), pageMap: readPageMap(pdf), prints: 1 };
    }
    // The predicted numbers go into the one tagged print; its named destinations say whether they were right.
    // Only a wrong prediction costs another print, with the numbers just read (a third only if pages move).
    let filled = options.predicted;
    if (filled) await fillSlots(page, filled);
    else filled = await predictPages(page, ids, PAGE_OF_ATTR);
    let prints = 0;
    for (;;) {
      const pdf = Buffer.from(await page.pdf(printOptions(timeout, true)));
      prints++;
      const now = readPageMap(pdf);
      if (samePages(now.dests, filled, ids) || prints >= MAX_PRINTS) return { pdf: await finish(page, pdf, html, options), pageMap: now, prints };
      filled = now.dests;
      await fillSlots(page, filled);
    }
  } catch (e) {
    if (e instanceof OjError) throw e;
    throw new OjError(msg.pdfFailed(options.title, e), ExitCode.render);
  }
}

/** The PDF only (for callers that don't need the page map or the print count). */
export async function renderPdf(page: Page, html: HtmlSource, options: PdfOptions): Promise<Buffer> {
  return (await renderReportPdf(page, html, options)).pdf;
}
