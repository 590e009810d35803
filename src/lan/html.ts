// LanModel → one self-contained HTML document: templates/lan/*.hbs with report.css and the kommun report's
// partials (cover, toc, figure, ruled, appendix) by reference.
import type Handlebars from 'handlebars';
import { fontFaceCss } from '../model/fonts.ts';
import { pageCss, reportCss, reportTemplate } from '../render/templates.ts';
import type { LanModel } from './model.ts';

type Ctx = LanModel & { fontCss: string; reportCss: string; pageCss: string };
let compiled: Handlebars.TemplateDelegate<Ctx> | undefined;

function compile(): Handlebars.TemplateDelegate<Ctx> {
  compiled ??= reportTemplate<Ctx>('lan/lan.hbs', 'lan/partials');
  return compiled;
}

export function renderLanHtml(model: LanModel): string {
  return compile()({ ...model, fontCss: fontFaceCss(), reportCss: reportCss(), pageCss: pageCss(model) });
}
