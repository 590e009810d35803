// Running headers and footers as /Artifact, so PDF/UA checkers and screen readers do not take them for content.
// Chromium paints the @page margin boxes first on every page, as one untagged q…Q block before the tagged body;
// that block is wrapped in "/Artifact <</Type /Pagination>> BDC … EMC" and the page's content stream is
// replaced in the same incremental update as the metadata. A page that does not look like that is left alone.
import { deflateSync, inflateSync } from 'node:zlib';
import type { PdfObject } from './pdf-info.ts';

function lastObject(src: string, num: number): { at: number; head: string } | undefined {
  let m: RegExpExecArray | undefined;
  for (const x of src.matchAll(new RegExp(`(?:^|[\\r\\n])${num} 0 obj\\s*`, 'g'))) m = x;
  return m ? { at: m.index + m[0].length, head: src.slice(m.index + m[0].length, m.index + m[0].length + 400) } : undefined;
}

/** The lines of the content stream with the first top-level q…Q block (if untagged and before any tag) wrapped. */
export function wrapMarginBoxes(content: string): string | undefined {
  const lines = content.split('\n');
  const first = lines.findIndex((l) => l === 'q');
  if (first < 0 || lines.slice(0, first).some((l) => /\b(BDC|BMC)$/.test(l))) return undefined;
  let depth = 0;
  for (let i = first; i < lines.length; i++) {
    const l = lines[i]!;
    if (/\b(BDC|BMC|EMC)$/.test(l)) return undefined;
    if (l === 'q') depth++;
    else if (l === 'Q' && --depth === 0) {
      if (!lines.slice(first, i).some((x) => /T[jJ]$/.test(x))) return undefined;
      return [...lines.slice(0, first), '/Artifact <</Type /Pagination>> BDC', ...lines.slice(first, i + 1), 'EMC', ...lines.slice(i + 1)].join('\n');
    }
  }
  return undefined;
}

/** Replacement content streams for every page whose header and footer could be marked. */
export function artifactObjects(pdf: Buffer): PdfObject[] {
  const src = pdf.toString('latin1');
  const out: PdfObject[] = [];
  const seen = new Set<number>();
  for (const page of src.matchAll(/<<\/Type \/Page\b[^]*?\/Contents (\d+) 0 R/g)) {
    const num = Number(page[1]);
    if (seen.has(num)) continue;
    seen.add(num);
    const obj = lastObject(src, num);
    const dict = obj && /^<<([^]*?)>>\s*stream\r?\n/.exec(src.slice(obj.at, obj.at + 400));
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
