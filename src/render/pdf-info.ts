// Document metadata Chromium does not write (Author, Subject, Keywords): added as an incremental update,
// so the tagged PDF Chromium made is left byte-for-byte intact and only a new Info dictionary (and any other
// replaced objects, such as corrected bookmarks from outline.ts) is appended.
import { objectText, pdfIndex } from './pdf-objects.ts';

export interface PdfInfo {
  author: string;
  subject: string;
  keywords?: string;
  creator?: string;
}

/** An object that replaces one of the same number in the update: body is the dictionary "<<…>>". */
export interface PdfObject {
  num: number;
  gen: number;
  body: string;
}

/** A PDF text string as UTF-16BE hex with BOM, so å/ä/ö survive. */
export function pdfString(text: string): string {
  let hex = 'FEFF';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const units = cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
    for (const u of units) hex += u.toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

function lastMatch(text: string, re: RegExp): RegExpExecArray | undefined {
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | undefined;
  const g = new RegExp(re.source, 'g');
  while ((m = g.exec(text))) last = m;
  return last;
}

/**
 * Returns the PDF with Author/Subject/Keywords/Creator set. Needs a classic xref table and a trailer with
 * /Info (what Chromium writes); anything else is returned unchanged rather than risk a broken file.
 */
export function withPdfInfo(pdf: Buffer, info: PdfInfo, replaced: PdfObject[] = []): Buffer {
  const tail = pdf.subarray(Math.max(0, pdf.length - 4096)).toString('latin1');
  const trailer = lastMatch(tail, /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)/);
  if (!trailer) return pdf;
  const dict = trailer[1]!;
  const prev = trailer[2]!;
  const size = /\/Size (\d+)/.exec(dict)?.[1];
  const root = /\/Root (\d+ \d+) R/.exec(dict)?.[1];
  const infoRef = /\/Info (\d+) (\d+) R/.exec(dict);
  if (!size || !root || !infoRef) return pdf;
  const [, num, gen] = infoRef;
  // Keep what Chromium put in the old Info dictionary (Title, dates, producer), replacing our keys.
  const body = objectText(pdfIndex(pdf), Number(num)) ?? '';
  const open = body.indexOf('<<');
  const close = body.lastIndexOf('>>');
  let old = open >= 0 && close > open ? body.slice(open + 2, close) : '';
  for (const key of ['Author', 'Subject', 'Keywords', 'Creator']) old = old.replace(new RegExp(`/${key}\\s*(<[0-9A-Fa-f\\s]*>|\\((?:\\\\.|[^\\\\)])*\\))`), '');
  const entries = [
    `/Author ${pdfString(info.author)}`,
    `/Subject ${pdfString(info.subject)}`,
    ...(info.keywords ? [`/Keywords ${pdfString(info.keywords)}`] : []),
    ...(info.creator ? [`/Creator ${pdfString(info.creator)}`] : []),
  ];
  const objects: PdfObject[] = [{ num: Number(num), gen: Number(gen), body: `<<${old.trim()}\n${entries.join('\n')}>>` }, ...replaced.filter((o) => o.num !== Number(num))];
  let text = '';
  const offsets: { num: number; gen: number; at: number }[] = [];
  for (const o of objects.sort((x, y) => x.num - y.num)) {
    offsets.push({ num: o.num, gen: o.gen, at: pdf.length + Buffer.byteLength(text, 'latin1') + 1 });
    text += `\n${o.num} ${o.gen} obj\n${o.body}\nendobj\n`;
  }
  const xrefOffset = pdf.length + Buffer.byteLength(text, 'latin1');
  const xref =
    `xref\n${offsets.map((o) => `${o.num} 1\n${String(o.at).padStart(10, '0')} ${String(o.gen).padStart(5, '0')} n \n`).join('')}` +
    `trailer\n<</Size ${size}\n/Root ${root} R\n/Info ${num} ${gen} R\n/Prev ${prev}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(text + xref, 'latin1')]);
}
