import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.ts';
import { fixtureModel } from './report-helpers.ts';

describe('renderHtml', () => {
  it('escapes text from data, including in the page header CSS', () => {
    const evil = 'Ond<script>alert(1)</script>{{steps}}"</style>';
    const html = renderHtml(fixtureModel({ unitName: evil }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('</style>"');
    expect(html).toContain('Ond&lt;script&gt;alert(1)&lt;/script&gt;{{steps}}');
    // Exactly one style element closes: the name inside the @page rule is CSS-escaped.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('\\3c script\\3e ');
  });

  it('is a self-contained, accessible document', () => {
    const html = renderHtml(fixtureModel());
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="sv">/);
    expect(html).toContain('<title>Lokal analys av Öppna jämförelser – stöd till personer med funktionsnedsättning (LSS) – Uppsala 2019 (exempeldata, inte verkliga resultat)</title>');
    expect(html).toContain('<meta name="author" content="Uppsala kommun">');
    expect(html).not.toMatch(/(src|href)="(https?:|file:|\/)/);
    expect(html).toContain('<figure class="chart" role="img" aria-label="Figur 1. Andel Ja (testfigur). Stapeldiagram: andel Ja i liknande kommuner">');
    expect(html).toContain('<th scope="col">Indikator</th>');
    // Headings never skip a level.
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    levels.forEach((l, i) => expect(l - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1));
  });

  it('prints the example label only for example data', () => {
    expect(renderHtml(fixtureModel({ isExample: true }))).toContain('Exempeldata – inte verkliga resultat');
    expect(renderHtml(fixtureModel({ isExample: false }))).not.toContain('inte verkliga resultat');
  });
});

describe('the method appendix', () => {
  it('prints every rule as a Swedish sentence, never a raw key', () => {
    const model = fixtureModel();
    expect(model.appendix.rules.length).toBeGreaterThanOrEqual(8);
    for (const r of model.appendix.rules) {
      expect(r.label).not.toMatch(/_/);
      expect(r.value).not.toMatch(/[a-z]+_[a-z]+/);
      expect(r.value).toMatch(/^[A-ZÅÄÖ].*\.$/);
    }
    // The configuration keys are printed beside the rule, with their values (issue 11 point 8).
    expect(model.appendix.rules.map((r) => r.setting).join(' ')).toContain('forandring_minst_procentenheter = 5');
    const method = [...model.appendix.method, ...model.appendix.aggregation].join(' ');
    expect(method).toContain('också den egna');
    expect(method).not.toContain('visar den publicerade andelen när den finns');
  });

  it('has a page-number slot for every table-of-contents entry', () => {
    const html = renderHtml(fixtureModel());
    for (const id of ['sammanfattning', 'steg-1', 'steg-4', 'bilaga-3']) expect(html).toContain(`<span class="toc-page" data-page-of="${id}"></span>`);
  });
});
