// A composed report as a site page (src/web/page.ts), without a browser: the same content in the same order,
// the cover title as the only h1, every table captioned inside a labelled scroll container, and the fallback
// for report HTML that does not carry the shared CSS.
import { describe, expect, it } from 'vitest';
import { prepareContext } from '../../src/pipeline/context.ts';
import { analyse, composeReport } from '../../src/pipeline/unit-report.ts';
import { webPage } from '../../src/web/page.ts';

const frame = { isExample: true, nav: [{ text: 'Alla rapporter', href: 'index.html' }], downloads: [], footer: 'Sidfot' };
const quiet = { info: () => {}, warn: () => {} } as never;
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<caption class="sr-only">[\s\S]*?<\/caption>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('webPage', () => {
  it('keeps a real report\'s text, figures and tables, moves the shared CSS to stil.css and leaves one h1', async () => {
    const ctx = await prepareContext({ data: [] }, quiet);
    const report = await composeReport(ctx, analyse(ctx, '0380', undefined), new Date('2026-01-01'));
    const page = webPage(report.html, frame);
    const body = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!;
    expect(text(body(page))).toBe(text(body(report.html)));
    for (const tag of ['<figure', '<table', '<svg']) expect(page.split(tag).length, tag).toBe(report.html.split(tag).length);
    expect(page).not.toContain('@font-face');
    expect(page).toContain('<link rel="stylesheet" href="stil.css">');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page.match(/<table\b/g)!.length).toBe(page.match(/<div class="table-wrap" role="region" tabindex="0" aria-label="Tabell: [^"]+"><table\b/g)!.length);
  }, 60_000);

  it('demotes headings, captions a table by the heading above it, and keeps the styles of HTML without the shared CSS', () => {
    const html = `<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<title>T</title>\n<style>p{}</style>\n</head>\n<body class="exempel">\n<section class="cover"><h1 class="cover-title">Titel</h1></section><h1>Steg</h1><h2>Färg &amp; ord</h2><table><tr><th>a</th></tr></table>\n</body>\n</html>`;
    const page = webPage(html, frame);
    expect(page).toContain('<style>p{}</style>\n<link rel="stylesheet" href="stil.css">\n</head>');
    expect(page).toContain('<body class="web exempel">');
    expect(page).toContain('<h1 class="cover-title">Titel</h1></section><h2>Steg</h2><h3>Färg &amp; ord</h3>');
    expect(page).toContain('<div class="table-wrap" role="region" tabindex="0" aria-label="Tabell: Färg &amp; ord"><table><caption class="sr-only">Färg &amp; ord</caption>');
    expect(page.indexOf('<a class="skip-link" href="#huvudinnehall">')).toBeLessThan(page.indexOf('<main id="huvudinnehall"'));
    expect(page).toContain('<p class="site-example">Exempeldata – inte verkliga resultat</p>');
  });
});
