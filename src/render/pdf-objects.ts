// Where each object of a PDF starts, found once per file and shared by the steps that read Chromium's PDF after
// a print (toc.ts, outline.ts, artifacts.ts, pdf-info.ts); each of them used to scan the whole file per object.
// The classic xref table gives every offset (newest section first, following /Prev). A file whose table is
// missing or does not point at the headers is scanned once for "N G obj" headers instead, the last one winning.

export interface PdfIndex {
  /** The file as latin1 text: one character per byte, so string offsets are file offsets. */
  src: string;
  /** Object number → its generation and the offset just after "N G obj" and the whitespace that follows. */
  objects: Map<number, { gen: number; at: number }>;
}

// Keyed by the buffer Chromium returned, so the page map and the finishing step share one index.
const indexes = new WeakMap<Uint8Array, PdfIndex>();

export function pdfIndex(pdf: Uint8Array): PdfIndex {
  let index = indexes.get(pdf);
  if (!index) {
    const src = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
    index = { src, objects: fromXref(src) ?? fromHeaders(src) };
    indexes.set(pdf, index);
  }
  return index;
}

/** The text between the object's header and its "endobj" (untrimmed). */
export function objectText(index: PdfIndex, num: number): string | undefined {
  const obj = index.objects.get(num);
  if (!obj) return undefined;
  const end = index.src.indexOf('endobj', obj.at);
  return end < 0 ? undefined : index.src.slice(obj.at, end);
}

const afterHeader = (src: string, from: number) => {
  const ws = /\s*/y;
  ws.lastIndex = from;
  ws.exec(src);
  return ws.lastIndex;
};

function fromHeaders(src: string): PdfIndex['objects'] {
  const objects: PdfIndex['objects'] = new Map();
  for (const m of src.matchAll(/(?:^|[\r\n])(\d+) (\d+) obj\s*/g)) objects.set(Number(m[1]), { gen: Number(m[2]), at: m.index + m[0].length });
  return objects;
}

function fromXref(src: string): PdfIndex['objects'] | undefined {
  const objects: PdfIndex['objects'] = new Map();
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(src.slice(-1024));
  const visited = new Set<number>();
  for (let off = start ? Number(start[1]) : -1; off >= 0; ) {
    if (visited.has(off) || !src.startsWith('xref', off)) return undefined;
    visited.add(off);
    const trailerAt = src.indexOf('trailer', off);
    if (trailerAt < 0) return undefined;
    const words = src.slice(off + 4, trailerAt).trim().split(/\s+/);
    for (let i = 0; i + 1 < words.length; ) {
      const first = Number(words[i]);
      const count = Number(words[i + 1]);
      i += 2;
      if (!Number.isInteger(first) || !Number.isInteger(count) || i + 3 * count > words.length) return undefined;
      for (let k = 0; k < count; k++, i += 3) {
        const num = first + k;
        if (words[i + 2] !== 'n' || objects.has(num)) continue;
        const at = Number(words[i]);
        const gen = Number(words[i + 1]);
        const head = `${num} ${gen} obj`;
        if (!src.startsWith(head, at) || (at > 0 && src[at - 1] !== '\n' && src[at - 1] !== '\r')) return undefined;
        objects.set(num, { gen, at: afterHeader(src, at + head.length) });
      }
    }
    const prev = /\/Prev\s+(\d+)/.exec(src.slice(trailerAt, src.indexOf('startxref', trailerAt)));
    off = prev ? Number(prev[1]) : -1;
  }
  return objects.size > 0 ? objects : undefined;
}
