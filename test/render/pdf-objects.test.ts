// The object index shared by the steps after a print, and the steps that read through it, on small hand-made PDFs.
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { artifactObjects, wrapMarginBoxes } from '../../src/render/artifacts.ts';
import { outlineFromHeadings, readOutline } from '../../src/render/outline.ts';
import { withPdfInfo } from '../../src/render/pdf-info.ts';
import { objectText, pdfIndex } from '../../src/render/pdf-objects.ts';
import { readPageMap } from '../../src/render/toc.ts';

/** A PDF laid out as Chromium writes it: objects in order, a classic xref table, a trailer with /Info. */
function makePdf(objects: (string | Buffer)[], xref = true): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xd3\xeb\xe9\xe1\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const table = xref ? `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` : '';
  parts.push(Buffer.from(`${table}trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R\n/Info 2 0 R>>\nstartxref\n${xref ? length : 0}\n%%EOF`, 'latin1'));
  return Buffer.concat(parts);
}

const stream = (text: string) => {
  const data = deflateSync(Buffer.from(text, 'latin1'));
  return Buffer.concat([Buffer.from(`<</Filter /FlateDecode\n/Length ${data.length}>> stream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
};

const header = 'q\n1 0 0 1 0 0 cm\nBT\n(Sida 1) Tj\nET\nQ';
const body = '/P <</MCID 0>> BDC\nBT\n(Text) Tj\nET\nEMC';

/** Two pages: the first with an untagged running header, the second whose first block is already tagged. */
function twoPages(extra: (string | Buffer)[] = []): Buffer {
  return makePdf([
    '<</Type /Catalog\n/Pages 3 0 R\n/Outlines 8 0 R\n/Dests 10 0 R>>',
    '<</Title (Rapport)>>',
    '<</Type /Pages\n/Count 2\n/Kids [4 0 R 5 0 R]>>',
    '<</Type /Page\n/Parent 3 0 R\n/Contents 6 0 R>>',
    '<</Type /Page\n/Parent 3 0 R\n/Contents 7 0 R>>',
    stream(`1 0 0 -1 0 842 cm\n${header}\n${body}`),
    stream(`${body}\n${header}`),
    '<</Type /Outlines\n/First 9 0 R\n/Last 9 0 R>>',
    '<</Title (Steg1Sammanst\xe4ll)\n/Parent 8 0 R\n/Dest /steg-1>>',
    '<</steg-1 [5 0 R /XYZ 0 841.9 0]\n/bilaga [4 0 R /XYZ 0 841.9 0]>>',
    ...extra,
  ]);
}

describe('pdfIndex', () => {
  it('finds every object through the xref table and is built once per buffer', () => {
    const pdf = twoPages();
    const index = pdfIndex(pdf);
    expect([...index.objects.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(objectText(index, 3)).toBe('<</Type /Pages\n/Count 2\n/Kids [4 0 R 5 0 R]>>\n');
    expect(objectText(index, 11)).toBeUndefined();
    expect(pdfIndex(pdf)).toBe(index);
  });

  it('is not misled by an object header inside a later stream', () => {
    // Stream data can hold any bytes; a scan for the last "9 0 obj" would land in object 11.
    const pdf = twoPages([Buffer.from('<</Length 36>> stream\n\n9 0 obj\n<</Title (Fel)>>\nendobj\n\nendstream', 'latin1')]);
    expect(objectText(pdfIndex(pdf), 9)).toContain('Steg1Sammanst');
    expect(readOutline(pdf).map((o) => o.title)).toEqual(['Steg1Sammanst\xe4ll']);
  });

  it('follows an incremental update to the newest version of an object', () => {
    const pdf = twoPages();
    const updated = withPdfInfo(pdf, { author: 'Uppsala kommun', subject: 'ÖJ' }, outlineFromHeadings(pdf, ['Steg 1 Sammanställ']));
    expect(objectText(pdfIndex(updated), 2)).toContain('/Author');
    expect(readOutline(updated).map((o) => o.title)).toEqual(['Steg 1 Sammanställ']);
    expect(objectText(pdfIndex(updated), 4)).toBe(objectText(pdfIndex(pdf), 4));
  });

  it('scans for object headers when the file has no xref table', () => {
    const pdf = twoPages();
    const bare = makePdf(
      [...Array(10).keys()].map((i) => objectText(pdfIndex(pdf), i + 1)!.trimEnd()),
      false,
    );
    expect(pdfIndex(bare).objects.size).toBe(10);
    expect(readPageMap(bare)).toEqual(readPageMap(pdf));
  });
});

describe('readPageMap', () => {
  it('numbers the pages in page-tree order and maps the named destinations to them', () => {
    expect(readPageMap(twoPages())).toEqual({ pages: 2, dests: new Map([['steg-1', 2], ['bilaga', 1]]) });
  });
});

describe('artifacts', () => {
  it('wraps the first untagged block that draws text and copies the rest unchanged', () => {
    expect(wrapMarginBoxes(`1 0 0 -1 0 842 cm\n${header}\n${body}\n`)).toBe(
      `1 0 0 -1 0 842 cm\n/Artifact <</Type /Pagination>> BDC\n${header}\nEMC\n${body}\n`,
    );
    expect(wrapMarginBoxes(header)).toBe(`/Artifact <</Type /Pagination>> BDC\n${header}\nEMC`);
    expect(wrapMarginBoxes(`q\nq\n(x) Tj\nQ\nQ\nrest`)).toBe('/Artifact <</Type /Pagination>> BDC\nq\nq\n(x) Tj\nQ\nQ\nEMC\nrest');
  });

  it('leaves a stream alone when its first block is tagged, draws no text or is not closed', () => {
    expect(wrapMarginBoxes(`${body}\n${header}`)).toBeUndefined();
    expect(wrapMarginBoxes('q\n0 0 10 10 re f\nQ\n')).toBeUndefined();
    expect(wrapMarginBoxes('q\n/P BMC\n(x) Tj\nEMC\nQ')).toBeUndefined();
    expect(wrapMarginBoxes('q\n(x) Tj\n')).toBeUndefined();
    expect(wrapMarginBoxes('no blocks at all')).toBeUndefined();
  });

  it('replaces only the content stream of the page whose header could be marked', () => {
    const objects = artifactObjects(twoPages());
    expect(objects.map((o) => o.num)).toEqual([6]);
    const text = objects[0]!.body;
    const start = text.indexOf('stream\n') + 'stream\n'.length;
    const data = Buffer.from(text.slice(start, text.lastIndexOf('\nendstream')), 'latin1');
    expect(text).toContain(`/Length ${data.length}>>`);
    expect(inflateSync(data).toString('latin1')).toBe(`1 0 0 -1 0 842 cm\n/Artifact <</Type /Pagination>> BDC\n${header}\nEMC\n${body}`);
  });
});
