// index.html: the site's reports by county, each kommun and stadsdel with its status at a glance (counts in
// words and numbers, no colour) and links to its page and downloads. Works without JavaScript; filtrera.js
// only adds the name filter.
import { formatNumber } from '../sv/format.ts';
import { EXAMPLE_LABEL } from '../compose/frame.ts';
import { escapeHtml, linkList, type Link } from './html.ts';
import { siteFooter, siteHeader } from './page.ts';
import type { SiteEntry } from './site.ts';

export interface IndexInput {
  year: number;
  /** In site order: county by county, the county page first. */
  entries: SiteEntry[];
  pageName: (e: SiteEntry) => string;
  downloads: (e: SiteEntry) => Link[];
  /** The national workbook in the site, when there is one. */
  riket?: string;
  footer: string;
}

/** A stadsdel sits under its city in the table: its own name shows, the city's is read out. */
function nameHtml(e: SiteEntry): string {
  const at = e.kind === 'stadsdel' ? e.name.indexOf(': ') : -1;
  return at < 0 ? escapeHtml(e.name) : `<span class="sr-only">${escapeHtml(e.name.slice(0, at + 2))}</span>${escapeHtml(e.name.slice(at + 2))}`;
}

function unitRow(e: SiteEntry, input: IndexInput): string {
  const c = e.counts;
  const num = (n: number | undefined) => `<td class="num">${n === undefined ? '–' : formatNumber(n)}</td>`;
  const files = input.downloads(e);
  return [
    `<tr data-namn="${escapeHtml(e.name)}">`,
    `<th scope="row"${e.kind === 'stadsdel' ? ' class="part"' : ''}><a href="${escapeHtml(input.pageName(e))}">${nameHtml(e)}</a></th>`,
    num(c?.utvecklingsomraden),
    num(c?.styrkor),
    num(c?.forsamringar),
    `<td class="files">${files.length ? linkList(files) : '–'}</td>`,
    `</tr>`,
  ].join('');
}

function lanSection(lanCode: string, entries: SiteEntry[], input: IndexInput): string {
  const lanPage = entries.find((e) => e.kind === 'lan');
  const units = entries.filter((e) => e.kind !== 'lan');
  const lanName = entries[0]!.lanName;
  const id = `lan-${lanCode}`;
  const links: Link[] = lanPage ? [{ text: 'Länsöversikt', href: input.pageName(lanPage), html: `Länsöversikt<span class="sr-only"> ${escapeHtml(lanName)}</span>` }, ...input.downloads(lanPage)] : [];
  const table = units.length
    ? [
        `<div class="table-wrap" role="region" tabindex="0" aria-label="Tabell: kommuner i ${escapeHtml(lanName)}">`,
        `<table class="units"><caption>Kommuner${units.some((u) => u.kind === 'stadsdel') ? ' och stadsdelar' : ''} i ${escapeHtml(lanName)}, ${input.year}: antal markeringar i rapporten</caption>`,
        `<thead><tr><th scope="col">Kommun</th><th scope="col" class="num">Utvecklings­områden</th><th scope="col" class="num">Styrkor</th><th scope="col" class="num">Försäm­ringar</th><th scope="col">Filer</th></tr></thead>`,
        `<tbody>${units.map((u) => unitRow(u, input)).join('\n')}</tbody></table></div>`,
      ].join('\n')
    : '';
  return [
    `<section class="lan" data-lan="${escapeHtml(lanCode)}" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h">${escapeHtml(lanName)}</h2>`,
    links.length ? `<p class="lan-links">${linkList(links)}</p>` : '',
    table,
    `</section>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function indexPage(input: IndexInput): string {
  const byLan = new Map<string, SiteEntry[]>();
  for (const e of input.entries) byLan.set(e.lanCode, [...(byLan.get(e.lanCode) ?? []), e]);
  const isExample = input.entries.some((e) => e.isExample);
  const scope = byLan.size === 1 ? input.entries[0]!.lanName : 'alla län';
  const title = `Öppna jämförelser LSS ${input.year} – ${scope}`;
  const nKommun = input.entries.filter((e) => e.kind !== 'lan').length;
  return [
    `<!DOCTYPE html>`,
    `<html lang="sv">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="generator" content="ojrapport">`,
    `<link rel="stylesheet" href="stil.css">`,
    `<script src="filtrera.js" defer></script>`,
    `</head>`,
    `<body class="web site-index${isExample ? ' exempel' : ''}">`,
    siteHeader({ isExample, nav: [{ text: 'Alla rapporter' }] }),
    `<main id="huvudinnehall" tabindex="-1">`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="lead">Lokal analys av Öppna jämförelser för stöd till personer med funktionsnedsättning (LSS): en rapport per kommun${input.entries.some((e) => e.kind === 'stadsdel') ? ' och stadsdel' : ''}${input.entries.some((e) => e.kind === 'lan') ? ' och en länsöversikt per län' : ''}. ${formatNumber(nKommun)} ${nKommun === 1 ? 'rapport' : 'rapporter'}. Tabellerna visar hur många utvecklingsområden, styrkor och försämringar (en försämring sedan förra året enligt rapportens metod, eller Ja förra året och Nej i år) varje rapport tar upp.</p>`,
    isExample ? `<p class="note"><strong>${escapeHtml(EXAMPLE_LABEL)}.</strong> Rapporterna är gjorda på exempeldata och beskriver inte kommunerna.</p>` : '',
    input.riket ? `<p class="lan-links"><a href="${escapeHtml(input.riket)}">Arbetsbok för riket (xlsx)</a></p>` : '',
    `<form class="filter" id="filter" role="search" hidden><label for="filter-namn">Filtrera på namn</label><input id="filter-namn" type="search" autocomplete="off"><p id="filter-status" class="muted" aria-live="polite"></p></form>`,
    ...[...byLan].map(([code, entries]) => lanSection(code, entries, input)),
    `</main>`,
    siteFooter({ isExample, footer: input.footer }),
    `</body>`,
    `</html>`,
    ``,
  ]
    .filter((l) => l !== '')
    .join('\n');
}
