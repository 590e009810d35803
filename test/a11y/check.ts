// Accessibility check of a finished PDF, read with pdfjs-dist (legacy build, Node) the way assistive
// technology reads it: the structure tree, not the printed text. Returns problems (developer-facing English);
// an empty list means the checks passed.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface A11yProblem {
  code: 'untagged' | 'no-title' | 'no-lang' | 'no-structure' | 'figure-alt' | 'heading-order' | 'table-headers' | 'outline';
  message: string;
  page?: number;
}

export interface A11yOptions {
  /** Expected document language (default "sv"). */
  lang?: string;
  /** Outline entries that must exist (matched against the bookmark titles, whitespace ignored). */
  outline?: RegExp[];
}

export const STEP_OUTLINE = [/^Steg 1\./, /^Steg 2\./, /^Steg 3\./, /^Steg 4\./];

interface Node {
  role?: string;
  alt?: string;
  children?: Node[];
  type?: string;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function hasRole(n: Node, role: string): boolean {
  return n.role === role || (n.children ?? []).some((c) => hasRole(c, role));
}

export async function checkPdfAccessibility(file: string | Uint8Array, options: A11yOptions = {}): Promise<A11yProblem[]> {
  const data = typeof file === 'string' ? new Uint8Array(readFileSync(file)) : new Uint8Array(file);
  const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
  const problems: A11yProblem[] = [];
  try {
    const mark = await doc.getMarkInfo();
    if (!mark?.Marked) problems.push({ code: 'untagged', message: 'MarkInfo /Marked is not true: the PDF is not tagged.' });

    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    // Chromium falls back to the page URL ("about:blank") when the HTML has no <title>.
    const title = typeof info['Title'] === 'string' ? info['Title'].trim() : '';
    if (!title || /^(about|data|file|https?):/.test(title)) problems.push({ code: 'no-title', message: `The document has no Title (${JSON.stringify(title)}).` });
    const lang = options.lang ?? 'sv';
    if (info['Language'] !== lang) problems.push({ code: 'no-lang', message: `The document language is ${JSON.stringify(info['Language'] ?? null)}, expected "${lang}".` });

    let lastHeading = 0;
    let lastTableHadTh = false;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const tree = (await page.getStructTree()) as Node | null;
      if (!tree?.children?.length) {
        problems.push({ code: 'no-structure', page: p, message: `Page ${p} has no structure tree.` });
        continue;
      }
      let firstElement = true;
      const visit = (n: Node) => {
        if (!n.role) return;
        const h = /^H([1-6])$/.exec(n.role);
        if (h) {
          const level = Number(h[1]);
          if (level > lastHeading + 1) problems.push({ code: 'heading-order', page: p, message: `H${level} follows H${lastHeading || '(none)'}: a heading level is skipped.` });
          lastHeading = level;
        }
        if (n.role === 'Figure' && !n.alt?.trim()) problems.push({ code: 'figure-alt', page: p, message: 'A Figure has no alternate text.' });
        if (n.role === 'Table') {
          const th = hasRole(n, 'TH');
          // A table continued from the previous page may start without its header row on this page.
          const continued = firstElement && lastTableHadTh;
          if (!th && !continued) problems.push({ code: 'table-headers', page: p, message: 'A Table has no header cells (TH).' });
          lastTableHadTh = th || continued;
        }
        if (n.role !== 'Document' && n.role !== 'NonStruct' && n.role !== 'Root') firstElement = false;
        for (const c of n.children ?? []) visit(c);
      };
      visit(tree);

      page.cleanup();
    }

    const wanted = options.outline ?? STEP_OUTLINE;
    const titles: string[] = [];
    const walk = (items: { title: string; items?: unknown[] }[] | null) => {
      for (const it of items ?? []) {
        titles.push(flat(it.title));
        walk(it.items as never);
      }
    };
    walk((await doc.getOutline()) as never);
    for (const re of wanted) {
      if (!titles.some((t) => re.test(t))) problems.push({ code: 'outline', message: `No bookmark matches ${re}.` });
    }
  } finally {
    await doc.destroy();
  }
  return problems;
}

/**
 * Text of one page that is outside the structure tree (not marked content, or marked as /Artifact), i.e. not
 * read as content by assistive technology following the tags: the running header and footer, and chart
 * internals (aria-hidden). With `artifactsOnly`, only the text marked /Artifact.
 */
export async function textOutsideStructure(file: string, pageNumber: number, artifactsOnly = false): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const page = await doc.getPage(pageNumber);
    const tc = await page.getTextContent({ includeMarkedContent: true } as never);
    const out: string[] = [];
    // Open marked-content tags; text counts when none is open (untagged) or an Artifact is.
    const open: string[] = [];
    let line = '';
    for (const it of tc.items as { type?: string; tag?: string; str?: string; hasEOL?: boolean }[]) {
      if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') open.push(it.tag ?? '');
      else if (it.type === 'endMarkedContent') open.pop();
      else if ((artifactsOnly ? open.includes('Artifact') : open.length === 0 || open.includes('Artifact')) && it.str !== undefined) {
        line += it.str;
        if (it.hasEOL || it.str === '') {
          if (line.trim()) out.push(flat(line));
          line = '';
        }
      }
    }
    if (line.trim()) out.push(flat(line));
    return out;
  } finally {
    await doc.destroy();
  }
}
