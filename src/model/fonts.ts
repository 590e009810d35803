// The report font (Inter), embedded as base64 @font-face: file:// fonts are blocked under page.setContent.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');

export const FONT_FAMILY = 'Inter';
export const FONT_WEIGHTS = [400, 600, 700] as const;

/** Path of the woff file for a weight (fontkit reads woff; browsers get woff2). */
export function fontFile(weight: (typeof FONT_WEIGHTS)[number], ext: 'woff' | 'woff2' = 'woff2'): string {
  return join(fontDir, `inter-latin-${weight}-normal.${ext}`);
}

let css: string | undefined;

/** @font-face rules with the font inlined; computed once per process. */
export function fontFaceCss(): string {
  if (css) return css;
  css = FONT_WEIGHTS.map((w) => {
    const b64 = readFileSync(fontFile(w)).toString('base64');
    return `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${w};font-display:block;src:url(data:font/woff2;base64,${b64}) format('woff2');}`;
  }).join('\n');
  return css;
}
