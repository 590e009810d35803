// Text of a PDF with the size each piece is printed at (pdfjs-dist, as a reader's software would see it).
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface SizedText {
  page: number;
  /** Point size, rounded to 0.1 pt: the height of the text's transformation. */
  size: number;
  text: string;
}

export async function textSizes(file: string): Promise<SizedText[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  const out: SizedText[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const tc = await (await doc.getPage(p)).getTextContent();
      for (const it of tc.items as { str?: string; transform?: number[] }[]) {
        if (!it.str?.trim() || !it.transform) continue;
        out.push({ page: p, size: Math.round(Math.hypot(it.transform[2]!, it.transform[3]!) * 10) / 10, text: it.str });
      }
    }
  } finally {
    await doc.destroy();
  }
  return out;
}
