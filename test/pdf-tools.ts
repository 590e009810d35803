// Reads PDFs with poppler-utils, as a user's tools would.
import { execFileSync } from 'node:child_process';

/** Text of a PDF; layout mode keeps table columns apart, reading mode keeps each cell's text together. */
export function pdftotext(file: string, args: string[] = [], mode: 'layout' | 'reading' = 'layout'): string {
  return execFileSync('pdftotext', [...(mode === 'layout' ? ['-layout'] : []), ...args, file, '-'], { encoding: 'utf8' });
}

export function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Rows of pdffonts: name and whether embedded. */
export function pdffonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // columns from the right: emb sub uni objectID gen
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}
