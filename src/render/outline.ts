// Bookmarks that read like the headings. Chromium builds the outline from the headings but joins the text of
// wrapped lines without their spaces and sometimes repeats it ("…vårautvecklingsområden?", "X X"). Its outline
// items are plain uncompressed dictionaries, so each title is replaced by the heading's own text, matched in
// document order on the letters alone; the rest of the item (destination, structure element) is kept.
import { pdfString, type PdfObject } from './pdf-info.ts';
import { objectText, pdfIndex, type PdfIndex } from './pdf-objects.ts';

const letters = (s: string) => s.replace(/\s+/g, '');

/** The object's newest version (an incremental update appends one). */
function objectAt(index: PdfIndex, num: number): { gen: number; body: string } | undefined {
  const text = objectText(index, num);
  return text === undefined ? undefined : { gen: index.objects.get(num)!.gen, body: text.trim() };
}

const refOf = (body: string, key: string) => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(body);
  return m ? Number(m[1]) : undefined;
};

/** A hex UTF-16BE (with BOM) or literal PDF string. */
function decodeTitle(body: string): string | undefined {
  const hex = /\/Title\s*<([0-9A-Fa-f\s]*)>/.exec(body);
  if (hex) {
    const h = hex[1]!.replace(/\s+/g, '');
    const bytes = Buffer.from(h, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  const lit = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(body);
  return lit ? lit[1]!.replace(/\\(.)/g, '$1') : undefined;
}

/** Outline items of the PDF in document order (depth first), with their titles. */
export function readOutline(pdf: Buffer): { num: number; gen: number; body: string; title: string }[] {
  const index = pdfIndex(pdf);
  const src = index.src;
  const catalogAt = src.lastIndexOf('/Type /Catalog');
  if (catalogAt < 0) return [];
  const root = refOf(src.slice(catalogAt, src.indexOf('endobj', catalogAt)), 'Outlines');
  const out: { num: number; gen: number; body: string; title: string }[] = [];
  const seen = new Set<number>();
  const walk = (first: number | undefined, depth: number) => {
    for (let n = first; n !== undefined && !seen.has(n) && depth < 16; ) {
      seen.add(n);
      const obj = objectAt(index, n);
      if (!obj) return;
      out.push({ num: n, ...obj, title: decodeTitle(obj.body) ?? '' });
      walk(refOf(obj.body, 'First'), depth + 1);
      n = refOf(obj.body, 'Next');
    }
  };
  const top = root !== undefined ? objectAt(index, root) : undefined;
  if (top) walk(refOf(top.body, 'First'), 0);
  return out;
}

/**
 * Replacement outline items whose titles are the headings' texts (in document order, whitespace collapsed).
 * An item is matched to the next heading whose first letters are its own (Chromium may repeat or cut the rest);
 * items without a match keep their title.
 */
export function outlineFromHeadings(pdf: Buffer, headings: string[]): PdfObject[] {
  const fixed: PdfObject[] = [];
  let next = 0;
  for (const item of readOutline(pdf)) {
    const have = letters(item.title);
    let at = -1;
    for (let i = next; i < headings.length; i++) {
      const want = letters(headings[i]!);
      const k = Math.min(want.length, have.length, 24);
      if (k > 0 && have.slice(0, k) === want.slice(0, k)) {
        at = i;
        break;
      }
    }
    if (at < 0) continue;
    next = at + 1;
    const title = headings[at]!;
    if (title === item.title) continue;
    const body = item.body.replace(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/, () => `/Title ${pdfString(title)}`);
    fixed.push({ num: item.num, gen: item.gen, body });
  }
  return fixed;
}
