// LanModel → one self-contained HTML document: templates/lan/*.hbs with report.css and the kommun report's
// partials (cover, toc, figure, ruled, appendix) by reference.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import type { Status } from '../model/analysis.ts';
import { templatePath } from '../paths.ts';
import { FONT_FAMILY, fontFaceCss } from '../render/fonts.ts';
import { cssString } from '../render/html.ts';
import type { LanModel } from './model.ts';

type Ctx = LanModel & { fontCss: string; reportCss: string; pageCss: string };
let compiled: Handlebars.TemplateDelegate<Ctx> | undefined;
let css: string | undefined;

// Same icons as the kommun report (src/render/html.ts does not export them; keep the two identical).
const ICONS: Record<Status, string> = {
  bra: '<circle cx="8" cy="8" r="7.5" fill="var(--bra)"/><path d="M4.3 8.3l2.4 2.4 5-5" fill="none" stroke="#fff" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/>',
  mellan: '<path d="M8 0.6L15.4 8 8 15.4 0.6 8z" fill="var(--mellan)"/><path d="M4.6 8h6.8" stroke="#fff" stroke-width="1.9" stroke-linecap="round"/>',
  svag: '<rect x="0.8" y="0.8" width="14.4" height="14.4" rx="2" fill="var(--svag)"/><path d="M5 5l6 6M11 5l-6 6" stroke="#fff" stroke-width="1.9" stroke-linecap="round"/>',
  saknas: '<circle cx="8" cy="8" r="6.8" fill="#fff" stroke="var(--saknas)" stroke-width="1.4" stroke-dasharray="2.2 1.6"/><path d="M5 8h6" stroke="var(--saknas)" stroke-width="1.6" stroke-linecap="round"/>',
  ingen: '<circle cx="8" cy="8" r="2" fill="var(--saknas)"/>',
};

function iconSvg(status: Status): string {
  const body = ICONS[status] ?? ICONS.ingen;
  return `<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${body}</svg>`;
}

function registerPartials(hb: typeof Handlebars, dir: string): void {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs'))) hb.registerPartial(basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8'));
}

function compile(): Handlebars.TemplateDelegate<Ctx> {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  hb.registerHelper('times', function (this: unknown, n: number, options: Handlebars.HelperOptions) {
    let out = '';
    for (let i = 0; i < n; i++) out += options.fn(this);
    return out;
  });
  hb.registerHelper('statusIcon', (key: Status) => new hb.SafeString(iconSvg(key)));
  registerPartials(hb, templatePath('partials'));
  registerPartials(hb, templatePath('lan', 'partials'));
  compiled = hb.compile<Ctx>(readFileSync(templatePath('lan', 'lan.hbs'), 'utf8'), { strict: false });
  css = readFileSync(templatePath('report.css'), 'utf8');
  return compiled;
}

function pageCss(model: LanModel): string {
  const font = `font-family:'${FONT_FAMILY}';font-size:7.5pt;`;
  const top = `${font}color:#4b5563;vertical-align:bottom;padding-bottom:4mm;`;
  const bottom = `${font}vertical-align:top;padding-top:4mm;`;
  return [
    `@page{size:A4;margin:20mm 18mm 20mm 18mm;`,
    `@top-left{content:${cssString(model.header.left)};${top}}`,
    `@top-right{content:${cssString(model.header.right)};${top}}`,
    `@bottom-right{content:"Sida " counter(page) " av " counter(pages);${bottom}color:#4b5563;}`,
    model.isExample ? `@bottom-left{content:${cssString(model.exampleLabel)};${bottom}font-weight:700;color:#1b1f24;}` : '',
    `}`,
    `@page :first{@top-left{content:none;}@top-right{content:none;}}`,
  ].join('\n');
}

export function renderLanHtml(model: LanModel): string {
  return compile()({ ...model, fontCss: fontFaceCss(), reportCss: css!, pageCss: pageCss(model) });
}
