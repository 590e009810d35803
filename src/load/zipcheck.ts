// Bounds the work an .xlsx can cause before exceljs loads it: exceljs inflates every part in memory and creates
// an object for every cell, every cell of a merged range and of a data-validation range. A 2 KB file with one
// merge A2:XFD1048576, or a zip whose parts inflate to gigabytes, would otherwise exhaust the heap. The zip's
// central directory is read directly, every part is inflated as a stream (never kept) with the declared size as
// a cap, and the sheet XML is scanned for cells, rows, column ranges, merges and validations, the workbook
// XML for defined names, which exceljs also expands cell by cell.
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';

/** All parts together, inflated. A real ÖJ workbook is a few MB; exceljs needs several times this in memory. */
export const MAX_UNCOMPRESSED = 256 * 1024 * 1024;
/** Cells, rows, columns, shared strings and cells of merged, validated or named ranges, over all sheets: about 300 bytes of heap each. */
export const MAX_CELLS = 1_000_000;

const nf = (n: number) => n.toLocaleString('sv-SE');
const mb = (n: number) => (n / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 0 });

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

function damaged(name: string, why: string): OjError {
  return new OjError(msg.xlsxDamaged(name, why), ExitCode.input, msg.xlsxDamagedHint);
}

function bomb(name: string, detail: string): OjError {
  return new OjError(msg.zipBomb(name, detail), ExitCode.input, msg.zipBombHint);
}

function tooMany(name: string, detail: string): OjError {
  return new OjError(msg.tooManyCells(name, detail, nf(MAX_CELLS)), ExitCode.input, msg.tooManyCellsHint);
}

/** The central directory's entries; sizes of 0xFFFFFFFF (zip64) count as 4 GB, which no workbook needs. */
function entries(b: Buffer, name: string): Entry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(name, msg.zipWhy.noDirectory);
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw damaged(name, msg.zipWhy.brokenDirectory);
    const nameLen = b.readUInt16LE(p + 28);
    out.push({
      name: b.toString('utf8', p + 46, p + 46 + nameLen),
      method: b.readUInt16LE(p + 10),
      compressed: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      localOffset: b.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

/** Compressed bytes of one part. */
function dataOf(b: Buffer, e: Entry, name: string): Buffer {
  const h = e.localOffset;
  if (h + 30 > b.length || b.readUInt32LE(h) !== 0x04034b50) throw damaged(name, msg.zipWhy.partMissing(e.name));
  const start = h + 30 + b.readUInt16LE(h + 26) + b.readUInt16LE(h + 28);
  if (start + e.compressed > b.length) throw damaged(name, msg.zipWhy.partTruncated(e.name));
  return b.subarray(start, start + e.compressed);
}

/** Columns × rows of a reference such as "A2:XFD1048576" or "B7"; 0 for anything else. */
export function rangeArea(ref: string): number {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(ref.trim());
  if (!m) return 0;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  if (!m[3]) return 1;
  return (Math.abs(col(m[3]) - col(m[1]!)) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1);
}

const MAX_TAG = 1024 * 1024;
const CELL = /<c[\s>/]/g;
const ROW = /<row[\s>/]/g;
const SHARED = /<si[\s>/]/g;
const COLS = /<col\s[^>]*?\bmin="(\d+)"[^>]*?\bmax="(\d+)"/g;
const RANGE = /<(mergeCell|dataValidation)\s[^>]*?\b(ref|sqref)="([^"]*)"/g;

/** Counts what exceljs would create for one sheet's XML, fed in pieces; throws once the budget is spent. */
class SheetScan {
  private carry = '';
  constructor(
    private readonly file: string,
    private readonly budget: { left: number },
  ) {}

  feed(text: string, last = false): void {
    const all = this.carry + text;
    // Only whole tags are scanned; the rest waits for the next piece.
    const cut = last ? all.length : all.lastIndexOf('>') + 1;
    const part = all.slice(0, cut);
    this.carry = all.slice(cut);
    // No sheet Excel writes has a tag this long; without the cap the carry would be copied for every piece.
    if (this.carry.length > MAX_TAG) throw damaged(this.file, msg.zipWhy.longElement);
    let n = (part.match(CELL)?.length ?? 0) + (part.match(ROW)?.length ?? 0) + (part.match(SHARED)?.length ?? 0);
    // exceljs makes one object per column of a <col min max> range: up to 16 384 per sheet.
    for (const m of part.matchAll(COLS)) n += Math.max(0, Math.min(Number(m[2]), 16_384) - Number(m[1]) + 1);
    for (const m of part.matchAll(RANGE)) {
      for (const ref of m[3]!.split(/\s+/).filter(Boolean)) {
        const area = rangeArea(ref);
        if (area > MAX_CELLS) {
          throw tooMany(this.file, msg.zipWhy.rangeCells(m[1] === 'mergeCell', ref, nf(area)));
        }
        n += area;
      }
    }
    this.budget.left -= n;
    if (this.budget.left < 0) throw tooMany(this.file, msg.zipWhy.sheetCells);
  }
}

const DEFINED = /<definedName\b[^>]*?\bname="([^"]*)"[^>]*>([^<]*)<\/definedName>/g;
const MAX_WORKBOOK_XML = 10 * 1024 * 1024;

/** exceljs expands defined names (other than print areas and titles) cell by cell: xl/workbook.xml, read whole (it is small). */
class DefinedNamesScan {
  private text = '';
  constructor(
    private readonly file: string,
    private readonly budget: { left: number },
  ) {}

  feed(text: string, last = false): void {
    this.text += text;
    if (this.text.length > MAX_WORKBOOK_XML) throw damaged(this.file, msg.zipWhy.hugeWorkbookXml);
    if (!last) return;
    for (const m of this.text.matchAll(DEFINED)) {
      if (m[1] === '_xlnm.Print_Area' || m[1] === '_xlnm.Print_Titles') continue; // kept as text by exceljs
      for (const ref of m[2]!.split(',')) {
        const area = rangeArea(ref.split('!').pop() ?? '');
        if (area > MAX_CELLS) throw tooMany(this.file, msg.zipWhy.namedRangeCells(m[1]!, ref.trim(), nf(area)));
        this.budget.left -= area;
      }
    }
    if (this.budget.left < 0) throw tooMany(this.file, msg.zipWhy.namedRangesCells);
  }
}

/** Inflates one part as a stream, refusing more bytes than it declares; sheet XML is scanned on the way. */
async function inflatePart(data: Buffer, e: Entry, file: string, scan?: { feed(text: string, last?: boolean): void }): Promise<void> {
  if (e.method === 0) {
    scan?.feed(data.toString('utf8'), true);
    return;
  }
  if (e.method !== 8) return; // exceljs reports an unsupported method itself
  const inflater = createInflateRaw();
  const decoder = new StringDecoder('utf8');
  let got = 0;
  inflater.end(data);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      got += chunk.length;
      if (got > e.size) throw bomb(file, msg.zipWhy.partInflatesBeyond(e.name, nf(e.size)));
      scan?.feed(decoder.write(chunk));
    }
  } catch (err) {
    inflater.destroy();
    if (err instanceof OjError) throw err;
    throw damaged(file, msg.zipWhy.partUninflatable(e.name));
  }
  scan?.feed(decoder.end(), true);
}

/** Throws a Swedish OjError if the workbook would inflate or expand beyond the limits; reads nothing from disk. */
export async function assertWorkbookBounded(bytes: Buffer, file: string): Promise<void> {
  const list = entries(bytes, file);
  const total = list.reduce((s, e) => s + e.size, 0);
  if (total > MAX_UNCOMPRESSED) {
    throw bomb(file, msg.zipWhy.inflatesBeyond(mb(total), nf(bytes.length), mb(MAX_UNCOMPRESSED)));
  }
  const budget = { left: MAX_CELLS };
  for (const e of list) {
    if (e.name.endsWith('/')) continue;
    const scan = /^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/i.test(e.name)
      ? new SheetScan(file, budget)
      : e.name === 'xl/workbook.xml'
        ? new DefinedNamesScan(file, budget)
        : undefined;
    await inflatePart(dataOf(bytes, e, file), e, file, scan);
  }
}
