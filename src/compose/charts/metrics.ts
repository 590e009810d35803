// Text widths for vega measured with the report font (Inter) via fontkit, so layout matches the PDF.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Vega from 'vega';
import { FONT_FAMILY, fontFile } from '../../model/fonts.ts';
import { sfntFromWoff } from '../../model/woff.ts';

interface FkFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
}
// fontkit ships no types; load it through require (on the first measurement) and describe the little we use.
type Fontkit = { create(buffer: Buffer): FkFont };
let fontkit: Fontkit | undefined;

type Weight = 400 | 600 | 700;
const fonts = new Map<Weight, FkFont>();
const cache = new Map<string, number>();
const CACHE_MAX = 20_000;

function font(weight: Weight): FkFont {
  let f = fonts.get(weight);
  if (!f) {
    fontkit ??= createRequire(import.meta.url)('fontkit') as Fontkit;
    // woff rather than woff2 (whose brotli fontkit decodes in JS), unpacked with zlib rather than fontkit's JS inflate.
    f = fontkit.create(sfntFromWoff(readFileSync(fontFile(weight, 'woff'))));
    fonts.set(weight, f);
  }
  return f;
}

/** Map a CSS/vega font weight to the nearest weight we ship. */
export function weightOf(w: unknown): Weight {
  if (w === 'bold' || w === 'bolder') return 700;
  const n = typeof w === 'number' ? w : Number(w);
  if (!Number.isFinite(n)) return 400;
  return n >= 650 ? 700 : n >= 550 ? 600 : 400;
}

/** Advance width in px of one line of text in Inter (with kerning), cached per weight and string. */
export function textWidth(text: string, fontSize: number, weight: unknown = 400): number {
  if (!text || fontSize <= 0) return 0;
  const w = weightOf(weight);
  const key = `${w}|${text}`;
  let em = cache.get(key);
  if (em === undefined) {
    const f = font(w);
    em = f.layout(text).advanceWidth / f.unitsPerEm;
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, em);
  }
  return em * fontSize;
}

/** Characters of `text` that the embedded Inter subset has no glyph for. */
export function missingGlyphs(text: string): string[] {
  const f = font(400);
  return [...new Set([...text])].filter((ch) => !/\s/.test(ch) && !f.hasGlyphForCodePoint(ch.codePointAt(0)!));
}

interface TextItem {
  font?: string;
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}
interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
  estimateWidth: (item: TextItem, text: unknown) => number;
}

function itemWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? +item.fontSize || 0 : 11;
  const s = text == null ? '' : String(text).trim();
  const w = textWidth(s, size, item.fontWeight);
  // Vega truncates to `limit`; capping here (instead of truncating) avoids recursing through vega's truncate().
  return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
}

let installed = false;

/** Point vega's text measurement at fontkit once per process (vega's estimate is ~50 % too wide for Inter). */
export function installTextMetrics(vega: typeof Vega): void {
  if (installed) return;
  const tm = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
  tm.width = itemWidth;
  tm.estimateWidth = itemWidth;
  installed = true;
}

export { FONT_FAMILY };
