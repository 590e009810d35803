// Page numbers for a table of contents, read back from a printed PDF.
// Chromium writes every linked anchor (<a href="#id">) as a named destination in the catalog's /Dests
// dictionary, uncompressed: "/steg-1 [34 0 R /XYZ 0 841.9 0]". With the page tree's order that gives the
// page of each target, without a PDF library (Chromium has no target-counter()).
import { objectText, pdfIndex } from './pdf-objects.ts';

/** Elements whose text becomes the page number of the element with the given id: <span data-page-of="steg-1">. */
export const PAGE_OF_ATTR = 'data-page-of';

export interface PageMap {
  /** Number of pages in the document. */
  pages: number;
  /** 1-based page of each named destination (the linked element ids). */
  dests: Map<string, number>;
}

function ref(body: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body);
  return m ? Number(m[1]) : undefined;
}

/** "#2D" escapes in PDF names. */
function decodeName(name: string): string {
  return Buffer.from(name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}

/** Page numbers of the named destinations of a Chromium PDF; empty when it has none. */
export function readPageMap(pdf: Uint8Array): PageMap {
  const index = pdfIndex(pdf);
  const { src } = index;
  const catalogAt = src.lastIndexOf('/Type /Catalog');
  const dests = new Map<string, number>();
  if (catalogAt < 0) return { pages: 0, dests };
  const catalog = src.slice(catalogAt, src.indexOf('endobj', catalogAt));

  // Page tree, depth first: page object number → 1-based page number.
  const pageNo = new Map<number, number>();
  const walk = (num: number, depth: number) => {
    const body = objectText(index, num);
    if (!body || depth > 32) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (kids && /\/Type\s*\/Pages\b/.test(body)) {
      for (const k of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
    } else {
      pageNo.set(num, pageNo.size + 1);
    }
  };
  const root = ref(catalog, 'Pages');
  if (root !== undefined) walk(root, 0);

  const destsNum = ref(catalog, 'Dests');
  const body = destsNum !== undefined ? objectText(index, destsNum) : undefined;
  if (body) {
    for (const m of body.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
      const p = pageNo.get(Number(m[2]));
      if (p !== undefined) dests.set(decodeName(m[1]!), p);
    }
  }
  return { pages: pageNo.size, dests };
}

/** True when every id in `wanted` has the same page in both maps. */
export function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, wanted: Iterable<string>): boolean {
  for (const id of wanted) if (a.get(id) !== b.get(id)) return false;
  return true;
}

/** The HTML with page numbers written into its slots, as the printed PDF shows them (the bench prints it again). */
export function withPageNumbers(html: string, dests: ReadonlyMap<string, number>): string {
  return html.replace(new RegExp(`(${PAGE_OF_ATTR}="([^"]+)"[^>]*>)(?=<)`, 'g'), (_, open: string, id: string) => `${open}${dests.get(id) ?? ''}`);
}
