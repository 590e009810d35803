// Running headers and footers as /Artifact, so PDF/UA checkers and screen readers do not take them for content.
// Chromium paints the @page margin boxes first on every page, as one untagged q…Q block before the tagged body;
// that block is wrapped in "/Artifact <</Type /Pagination>> BDC … EMC" and the page's content stream is
// replaced in the same incremental update as the metadata. A page that does not look like that is left alone.
import { deflateSync, inflateSync } from 'node:zlib';
import type { PdfObject } from './pdf-info.ts';
import { pdfIndex } from './pdf-objects.ts';

/**
 * The content stream with its first top-level q…Q block (if untagged and before any tag) wrapped. Only the lines up
 * to the end of that block are looked at; the rest of the stream (most of it) is copied as it is.
 */
export function wrapMarginBoxes(content: string): string | undefined {
  let blockAt = -1;
  let depth = 0;
  for (let at = 0; at <= content.length; ) {
    const nl = content.indexOf('\n', at);
    const end = nl < 0 ? content.length : nl;
    const line = content.slice(at, end);
    if (blockAt < 0) {
      if (line === 'q') {
        blockAt = at;
        depth = 1;
      } else if (/\b(BDC|BMC)$/.test(line)) return undefined;
    } else if (/\b(BDC|BMC|EMC)$/.test(line)) return undefined;
    else if (line === 'q') depth++;
    else if (line === 'Q' && --depth === 0) {
      if (!/T[jJ]\n/.test(content.slice(blockAt, end + 1))) return undefined;
      return `${content.slice(0, blockAt)}/Artifact <</Type /Pagination>> BDC\n${content.slice(blockAt, end)}\nEMC${content.slice(end)}`;
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return undefined;
}

/** Replacement content streams for every page whose header and footer could be marked. */
export function artifactObjects(pdf: Buffer): PdfObject[] {
  const index = pdfIndex(pdf);
  const out: PdfObject[] = [];
  const seen = new Set<number>();
  for (const page of index.src.matchAll(/<<\/Type \/Page\b[^]*?\/Contents (\d+) 0 R/g)) {
    const num = Number(page[1]);
    if (seen.has(num)) continue;
    seen.add(num);
    const obj = index.objects.get(num);
    const dict = obj && /^<<([^]*?)>>\s*stream\r?\n/.exec(index.src.slice(obj.at, obj.at + 400));
    if (!obj || !dict || !/\/Filter \/FlateDecode/.test(dict[1]!) || /\/DecodeParms/.test(dict[1]!)) continue;
    const length = Number(/\/Length (\d+)/.exec(dict[1]!)?.[1]);
    if (!Number.isFinite(length)) continue;
    const start = obj.at + dict[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, start + length)).toString('latin1');
    } catch {
      continue;
    }
    const wrapped = wrapMarginBoxes(content);
    if (wrapped === undefined) continue;
    const data = deflateSync(Buffer.from(wrapped, 'latin1')).toString('latin1');
    out.push({ num, gen: 0, body: `<</Filter /FlateDecode\n/Length ${data.length}>> stream\n${data}\nendstream` });
  }
  return out;
}
