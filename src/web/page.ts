// A composed report (kommun, stadsdel or county HTML from src/render or src/lan) as a page of the web site:
// the shared fonts and report.css move to the site's stil.css, the report body goes into <main> under a
// header with a skip link, the example-data label and the site navigation, headings move one level down so
// the cover title is the page's only h1, and every table gets a labelled container that scrolls by itself.
// The report HTML is our own templates' output, so plain string edits are enough.
import { sharedCss } from '../render/html.ts';
import { EXAMPLE_LABEL } from '../compose/frame.ts';
import { escapeHtml, linkList, unescapeHtml, type Link } from './html.ts';

export interface PageFrame {
  isExample: boolean;
  /** Site navigation: index, county page, neighbours (in order). */
  nav: Link[];
  /** Downloads of this report (PDF, JSON, workbooks) that are in the site. */
  downloads: Link[];
  footer: string;
}

/** Each h1–h5 one level down (h1 → h2 …); the report uses h1–h3. */
function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, slash: string, n: string) => `<${slash}h${Number(n) + 1}`);
}

const stripTags = (s: string) => unescapeHtml(s.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();

/** Wraps each table in a focusable region named after its caption (or the nearest heading before it). */
function wrapTables(html: string): string {
  let lastHeading = 'Tabell';
  return html.replace(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>|<table\b[\s\S]*?<\/table>/g, (m: string, heading: string | undefined) => {
    if (heading !== undefined) {
      lastHeading = stripTags(heading);
      return m;
    }
    const caption = /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(m);
    const label = caption ? stripTags(caption[1]!) : lastHeading;
    // A table without a caption (a few in the PDF are named by the heading above them) gets the heading as one.
    const table = caption ? m : m.replace(/^<table\b[^>]*>/, (open) => `${open}<caption class="sr-only">${escapeHtml(label)}</caption>`);
    return `<div class="table-wrap" role="region" tabindex="0" aria-label="Tabell: ${escapeHtml(label)}">${table}</div>`;
  });
}

export function webPage(reportHtml: string, frame: PageFrame): string {
  const shared = sharedCss();
  const at = reportHtml.indexOf(shared);
  const viewport = (h: string) => h.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">');
  // The shared CSS is replaced by stil.css; a report that does not carry it (a changed template) keeps its own
  // styles and gets stil.css after them, so the screen rules still apply.
  const head = at < 0 ? '' : viewport(reportHtml.slice(0, at)).replace(/<style>\s*$/, '<link rel="stylesheet" href="stil.css">\n<style>');
  const rest = at < 0 ? viewport(reportHtml).replace('</head>', '<link rel="stylesheet" href="stil.css">\n</head>') : reportHtml.slice(at + shared.length);
  const bodyOpen = /<body([^>]*)>/.exec(rest);
  const bodyClose = rest.lastIndexOf('</body>');
  if (!bodyOpen || bodyClose < 0) throw new Error('web page: no <body> in the report HTML');
  const attrs = bodyOpen[1]!.includes('class="') ? bodyOpen[1]!.replace('class="', 'class="web ') : `${bodyOpen[1]} class="web"`;
  let body = demoteHeadings(rest.slice(bodyOpen.index + bodyOpen[0].length, bodyClose));
  body = body.replace(/<h2 class="cover-title">([\s\S]*?)<\/h2>/, '<h1 class="cover-title">$1</h1>');
  body = wrapTables(body);
  return [
    head,
    rest.slice(0, bodyOpen.index),
    `<body${attrs}>`,
    siteHeader(frame),
    `<main id="huvudinnehall" tabindex="-1">`,
    body.trim(),
    `</main>`,
    siteFooter(frame),
    `</body>\n</html>\n`,
  ].join('\n');
}

export function siteHeader(frame: { isExample: boolean; nav: Link[]; downloads?: Link[] }): string {
  const example = frame.isExample ? `<p class="site-example">${escapeHtml(EXAMPLE_LABEL)}</p>` : '';
  const downloads = frame.downloads?.length ? `<p class="downloads">Ladda ner rapporten: ${linkList(frame.downloads)}</p>` : '';
  const items = frame.nav.map((l) => `<li>${l.href ? `<a href="${escapeHtml(l.href)}"${l.rel ? ` rel="${l.rel}"` : ''}>${l.html ?? escapeHtml(l.text)}</a>` : `<span class="current" aria-current="page">${escapeHtml(l.text)}</span>`}</li>`);
  return [
    `<a class="skip-link" href="#huvudinnehall">Hoppa till innehållet</a>`,
    `<header class="site-header">`,
    example,
    `<nav class="site-nav" aria-label="Webbplatsen"><ul>${items.join('')}</ul></nav>`,
    downloads,
    `</header>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function siteFooter(frame: { isExample: boolean; footer: string }): string {
  const example = frame.isExample ? ` <strong>${escapeHtml(EXAMPLE_LABEL)}.</strong>` : '';
  return `<footer class="site-footer"><p>${escapeHtml(frame.footer)}${example}</p></footer>`;
}
