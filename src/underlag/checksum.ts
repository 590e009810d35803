// Checksums of the Resultat sheet: one per row (keyed by indicator id) and one for the whole, independent of row order.
import { createHash } from 'node:crypto';
import { HEADER_HASH_KEY } from './layout.ts';

/** Line breaks as typed in Excel (LF); a CRLF written by some tools counts the same. */
function canon(cells: string[]): string {
  const trimmed = [...cells];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return JSON.stringify(trimmed.map((c) => c.replace(/\r\n?/g, '\n')));
}

export function rowHash(cells: string[]): string {
  return createHash('sha256').update(canon(cells)).digest('hex').slice(0, 16);
}

/** Keyed row hashes: the header under HEADER_HASH_KEY, data rows under their id (column A). */
export function rowHashes(rows: string[][]): Map<string, string> {
  const out = new Map<string, string>();
  rows.forEach((r, i) => out.set(i === 0 ? HEADER_HASH_KEY : (r[0] ?? ''), rowHash(r)));
  return out;
}

/** Whole-sheet checksum from the keyed row hashes, sorted so sorting the sheet does not change it. */
export function sheetChecksum(hashes: Map<string, string>): string {
  const lines = [...hashes].map(([k, h]) => `${k}\t${h}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
