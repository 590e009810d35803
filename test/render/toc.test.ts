import { describe, expect, it } from 'vitest';
import { withPageNumbers } from '../../src/render/toc.ts';

describe('withPageNumbers', () => {
  it('writes each page number into its slot and leaves unknown ids empty', () => {
    const html =
      '<a href="#steg-1"><span class="toc-label">Steg 1</span><span class="toc-page" data-page-of="steg-1"></span></a>' +
      '<a href="#bilaga-9"><span class="toc-page" data-page-of="bilaga-9"></span></a>';
    expect(withPageNumbers(html, new Map([['steg-1', 12]]))).toBe(
      '<a href="#steg-1"><span class="toc-label">Steg 1</span><span class="toc-page" data-page-of="steg-1">12</span></a>' +
        '<a href="#bilaga-9"><span class="toc-page" data-page-of="bilaga-9"></span></a>',
    );
  });
});
