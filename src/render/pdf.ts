// HTML → PDF in a prepared page: tagged (accessible), with outline; header/footer come from CSS @page margin boxes.
import type { Page } from 'puppeteer-core';
import { ExitCode, OjError } from '../errors.ts';

export interface PdfOptions {
  /** Document title; must equal the HTML <title> (Chromium takes the PDF Title from it). */
  title: string;
  lang: string;
  timeoutMs?: number;
}

export async function renderPdf(page: Page, html: string, options: PdfOptions): Promise<Buffer> {
  // Tagged-PDF language and Title come from the HTML itself; refuse documents that would lose them.
  if (!html.includes(`<html lang="${options.lang}"`) || !html.includes('<title>')) {
    throw new OjError(`Rapporten "${options.title}" saknar språk eller titel i HTML.`, ExitCode.render);
  }
  const timeout = options.timeoutMs ?? 60_000;
  try {
    await page.setContent(html, { waitUntil: 'load', timeout });
    // Embedded fonts must be ready before layout is printed.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: false,
      timeout,
    });
    return Buffer.from(pdf);
  } catch (e) {
    throw new OjError(`Kunde inte skapa PDF för "${options.title}": ${(e as Error).message}`, ExitCode.render);
  }
}
