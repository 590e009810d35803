// What every report template shares (kommun report and länsöversikt): handlebars helpers, partials, the
// status icons and the @page rules with running header, "Sida X av Y" and the example-data label.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import type { Status } from '../model/analysis.ts';
import { templatePath } from '../paths.ts';
import { STATUS_STYLES } from '../compose/charts/config.ts';
import { FONT_FAMILY } from '../model/fonts.ts';

// The same symbols and colours as the charts (src/compose/charts/symbols.ts), distinguishable by shape alone
// (greyscale, colour blindness); decorative next to the word.
function iconSvg(status: Status): string {
  const st = STATUS_STYLES[status] ?? STATUS_STYLES.ingen;
  const body = st.filled ? `<path d="${st.shape}" fill="${st.color}"/>` : `<circle r="0.25" fill="${st.color}"/>`;
  return `<svg viewBox="-1.1 -1.1 2.2 2.2" aria-hidden="true" focusable="false">${body}</svg>`;
}

/** A CSS string literal that cannot break out of its quotes or the <style> element, whatever the text. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += /[\p{L}\p{N} .,:()–]/u.test(ch) ? ch : `\\${cp.toString(16)} `;
  }
  return `${out}"`;
}

export interface PageFrame {
  header: { left: string; right: string };
  isExample: boolean;
  exampleLabel: string;
}

/** @page rules: running header, "Sida X av Y", and the example-data label on every page. */
export function pageCss(frame: PageFrame): string {
  const font = `font-family:'${FONT_FAMILY}';font-size:7.5pt;`;
  const top = `${font}color:#4b5563;vertical-align:bottom;padding-bottom:4mm;`;
  const bottom = `${font}vertical-align:top;padding-top:4mm;`;
  return [
    `@page{size:A4;margin:20mm 18mm 20mm 18mm;`,
    `@top-left{content:${cssString(frame.header.left)};${top}}`,
    `@top-right{content:${cssString(frame.header.right)};${top}}`,
    `@bottom-right{content:"Sida " counter(page) " av " counter(pages);${bottom}color:#4b5563;}`,
    frame.isExample ? `@bottom-left{content:${cssString(frame.exampleLabel)};${bottom}font-weight:700;color:#1b1f24;}` : '',
    `}`,
    `@page :first{@top-left{content:none;}@top-right{content:none;}}`,
  ].join('\n');
}

/** A handlebars instance with the shared helpers and the partials of templates/partials plus any extra folders. */
export function reportHandlebars(...extraPartialDirs: string[]): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('times', function (this: unknown, n: number, options: Handlebars.HelperOptions) {
    let out = '';
    for (let i = 0; i < n; i++) out += options.fn(this);
    return out;
  });
  hb.registerHelper('statusIcon', (key: Status) => new hb.SafeString(iconSvg(key)));
  for (const dir of [templatePath('partials'), ...extraPartialDirs]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs'))) hb.registerPartial(basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8'));
  }
  return hb;
}

let css: string | undefined;

/** templates/report.css, read once. */
export function reportCss(): string {
  css ??= readFileSync(templatePath('report.css'), 'utf8');
  return css;
}
