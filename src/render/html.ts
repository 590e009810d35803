// ReportModel → one self-contained HTML document (fonts and CSS inlined, no external requests).
import type Handlebars from 'handlebars';
import type { ReportModel } from '../compose/report-model.ts';
import { fontFaceCss } from '../model/fonts.ts';
import { pageCss, reportCss, reportTemplate } from './templates.ts';

let compiled: Handlebars.TemplateDelegate<TemplateContext> | undefined;

type TemplateContext = ReportModel & { fontCss: string; reportCss: string; pageCss: string; tableSpan: number };

function compile(): Handlebars.TemplateDelegate<TemplateContext> {
  compiled ??= reportTemplate<TemplateContext>('report.hbs');
  return compiled;
}

/**
 * The part of the report's <style> that every report shares (fonts and report.css, in template order). The PDF
 * renderer keeps it loaded in a page and swaps only the rest between reports (see shell.ts).
 */
export function sharedCss(): string {
  return `${fontFaceCss()}\n${reportCss()}`;
}

export function renderHtml(model: ReportModel): string {
  return compile()({
    ...model,
    fontCss: fontFaceCss(),
    reportCss: reportCss(),
    pageCss: pageCss(model),
    tableSpan: model.setColumns.length + 3,
  });
}
