// What every report template shares (kommun report and länsöversikt): handlebars helpers, partials, the
// status icons and the @page rules with running header, "Sida X av Y" and the example-data label.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
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

const require = createRequire(import.meta.url);
type Specs = Record<string, TemplateSpecification>;
type TemplateSpecification = ReturnType<typeof Handlebars.precompile>;

// Every template under templates/, compiled by scripts/build.js into dist/ beside this module (see
// precompiledModule); a run from src/ (tsx) has none and compiles the templates when first used.
const PRECOMPILED = fileURLToPath(new URL('../precompiled-templates.cjs', import.meta.url));
let specs: Specs | null | undefined;

function precompiled(): Specs | null {
  specs ??= existsSync(PRECOMPILED) ? (require(PRECOMPILED) as Specs) : null;
  return specs;
}

/** The .hbs files under templates/, as paths relative to it with '/' (the keys of the precompiled specs). */
function templateFiles(dir = ''): string[] {
  return readdirSync(templatePath(dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? templateFiles(rel) : e.name.endsWith('.hbs') ? [rel] : [];
  });
}

/** The CommonJS module of every template precompiled, which scripts/build.js writes into dist/. */
export function precompiledModule(): string {
  const hb = require('handlebars') as typeof Handlebars;
  const entries = templateFiles().map((rel) => `${JSON.stringify(rel)}: ${String(hb.precompile(readFileSync(templatePath(rel), 'utf8')))}`);
  return `module.exports = {\n${entries.join(',\n')}\n};\n`;
}

/**
 * A report template (a path under templates/) with the shared helpers and the partials of templates/partials
 * plus any extra folders (paths under templates/). Precompiled ones need only the handlebars runtime.
 */
export function reportTemplate<T>(main: string, ...extraPartialDirs: string[]): Handlebars.TemplateDelegate<T> {
  const pre = precompiled();
  const hb = (require(pre ? 'handlebars/runtime' : 'handlebars') as typeof Handlebars).create();
  hb.registerHelper('times', function (this: unknown, n: number, options: Handlebars.HelperOptions) {
    let out = '';
    for (let i = 0; i < n; i++) out += options.fn(this);
    return out;
  });
  hb.registerHelper('statusIcon', (key: Status) => new hb.SafeString(iconSvg(key)));
  for (const dir of ['partials', ...extraPartialDirs]) {
    for (const file of readdirSync(templatePath(dir)).filter((f) => f.endsWith('.hbs'))) {
      const rel = `${dir}/${file}`;
      hb.registerPartial(basename(file, '.hbs'), pre ? hb.template(pre[rel]!) : readFileSync(join(templatePath(dir), file), 'utf8'));
    }
  }
  return pre ? hb.template<T>(pre[main]!) : hb.compile<T>(readFileSync(templatePath(main), 'utf8'));
}

let css: string | undefined;

/** templates/report.css, read once. */
export function reportCss(): string {
  css ??= readFileSync(templatePath('report.css'), 'utf8');
  return css;
}
