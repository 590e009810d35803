// The text-measuring font is the sfnt unpacked from the woff with zlib: it must measure exactly as fontkit reading
// the woff itself does, or chart layout (and so the report) would change.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FONT_WEIGHTS, fontFile } from '../../src/model/fonts.ts';
import { sfntFromWoff } from '../../src/model/woff.ts';

interface FkFont {
  unitsPerEm: number;
  numGlyphs: number;
  layout(text: string): { advanceWidth: number; glyphs: { id: number }[] };
  hasGlyphForCodePoint(cp: number): boolean;
}
const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(p: string): FkFont; create(b: Buffer): FkFont };
const TEXTS = ['Uppsala', 'Andel (%) med beslut – 2019', 'Åtgärd, Östhammar, Älvkarleby', 'AV To Wa fi ffl', '1 234,5 −12'];

describe('sfntFromWoff', () => {
  for (const w of FONT_WEIGHTS) {
    it(`Inter ${w}: same glyphs and widths as the woff`, () => {
      const woff = fontkit.openSync(fontFile(w, 'woff'));
      const sfnt = fontkit.create(sfntFromWoff(readFileSync(fontFile(w, 'woff'))));
      expect(sfnt.unitsPerEm).toBe(woff.unitsPerEm);
      expect(sfnt.numGlyphs).toBe(woff.numGlyphs);
      for (const t of TEXTS) {
        const a = woff.layout(t);
        const b = sfnt.layout(t);
        expect(b.glyphs.map((g) => g.id)).toEqual(a.glyphs.map((g) => g.id));
        expect(b.advanceWidth).toBe(a.advanceWidth);
      }
      expect(sfnt.hasGlyphForCodePoint(0x4e00)).toBe(woff.hasGlyphForCodePoint(0x4e00));
    });
  }

  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => sfntFromWoff(readFileSync(fontFile(400, 'woff2')))).toThrow(/WOFF/);
  });
});
