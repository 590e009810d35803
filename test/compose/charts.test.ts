import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { distribution, omradeProfile, renderChart, statusMatrix, trendChart, type Chart } from '../../src/compose/charts/index.ts';
import { STATUS_STYLES } from '../../src/compose/charts/config.ts';
import { missingGlyphs, textWidth } from '../../src/compose/charts/metrics.ts';
import { fontFile } from '../../src/model/fonts.ts';
import { formatPercent } from '../../src/sv/format.ts';
import { uppsalaAnalysis } from '../fixtures/analysis.ts';
import { matrixFixture } from '../fixtures/matrix.ts';
import { parseXml, textsOf } from './svg.ts';

const a = uppsalaAnalysis();
const NBSP = '\u00a0';

/** Checks every chart must pass: XML, Inter everywhere, no text outside the SVG, Inter covers all glyphs. */
function checkSvg(svg: string, minWidth = 300) {
  const root = parseXml(svg);
  expect(root.name).toBe('svg');
  const width = Number(root.attrs.width);
  expect(width).toBeGreaterThan(minWidth);
  expect(width).toBeLessThanOrEqual(640);
  const texts = textsOf(root).filter((t) => t.text.trim());
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) {
    expect(t.fontFamily).toBe('Inter');
    expect(missingGlyphs(t.text), t.text).toEqual([]);
    const w = textWidth(t.text, t.fontSize, t.fontWeight);
    const left = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
    expect(left, `"${t.text}" starts at ${left}`).toBeGreaterThanOrEqual(-0.5);
    expect(left + w, `"${t.text}" ends at ${left + w} > ${width}`).toBeLessThanOrEqual(width + 0.5);
  }
  return { root, texts: texts.map((t) => t.text), all: texts.map((t) => t.text).join(' | ') };
}

function checkAlt(c: Chart) {
  expect(c.alt).toMatch(/Uppsala/);
  expect(c.alt).toMatch(/\d/);
  expect(c.alt).not.toMatch(/^diagram/i);
}

describe('text metrics', () => {
  it('measures within 10 % of fontkit advance width', () => {
    const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(p: string): { unitsPerEm: number; layout(t: string): { advanceWidth: number } } };
    const sample = 'Samverkan med barn- och ungdomspsykiatrin 71,4 %';
    for (const w of [400, 600] as const) {
      const f = fontkit.openSync(fontFile(w));
      const expected = (f.layout(sample).advanceWidth / f.unitsPerEm) * 12;
      expect(Math.abs(textWidth(sample, 12, w) - expected) / expected).toBeLessThan(0.1);
    }
    expect(textWidth('Uppsala', 12, 700)).toBeGreaterThan(textWidth('Uppsala', 12, 400));
  });

  it('renders with the Swedish locale: decimal comma, non-breaking thousands, percent', async () => {
    const r = await renderChart({
      data: { values: [{ k: 'a', v: 1234.5 }, { k: 'b', v: 0.25 }] },
      mark: 'text',
      encoding: { y: { field: 'k', type: 'nominal' }, text: { field: 'v', type: 'quantitative', format: ',.1f' } },
    });
    expect(r.warnings).toEqual([]);
    const { all } = checkSvg(r.svg, 10);
    expect(all).toContain(`1${NBSP}234,5`);
    expect(all).toContain('0,3');
  });

  it('status colours reach 3:1 against white', () => {
    const lum = (h: string) => {
      const c = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    for (const k of ['bra', 'mellan', 'svag', 'saknas'] as const) {
      expect(1.05 / (lum(STATUS_STYLES[k].color) + 0.05)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('omradeProfile', () => {
  let samverkan: Chart;
  let delaktighet: Chart;
  beforeAll(async () => {
    samverkan = await omradeProfile(a, 'Samverkan');
    delaktighet = await omradeProfile(a, 'Delaktighet och inflytande');
  });

  it('shows names and the kommun answers as words (the set values are in the table beside it)', () => {
    const { all } = checkSvg(samverkan.svg);
    expect(all).toContain('Samverkan med skolan');
    expect(all).toContain('Samverkan med barn- och'); // wrapped over two lines
    for (const w of ['Ja', 'Nej', 'Saknas', 'Liknande kommuner LSS', 'Uppsala län']) expect(all).toContain(w);
  });

  it('writes the andel value and draws the kommun in the legend', () => {
    const { texts } = checkSvg(delaktighet.svg);
    // The table's precision: 71,4 % as in the results table, never a rounded 71 % beside it.
    expect(texts).toContain(`71,4${NBSP}%`);
    expect(texts).toContain('Uppsala');
    expect(texts).toContain('Aktuell genomförandeplan');
  });

  it('has an alt text with the message and numbers', () => {
    checkAlt(samverkan);
    expect(samverkan.alt).toContain('Uppsala svarar Ja på 1 av 3 ja/nej-frågor inom Samverkan (1 svar saknas).');
    expect(samverkan.alt).toContain(`71${NBSP}% av liknande kommuner LSS svarar Ja`);
    expect(delaktighet.alt).toContain(`Uppsala 71,4${NBSP}%`);
  });

  it('grows with the number of indicators', () => {
    const h = (svg: string) => Number(parseXml(svg).attrs.height);
    expect(h(samverkan.svg)).toBeGreaterThan(100);
  });
});

describe('trendChart', () => {
  let c: Chart;
  beforeAll(async () => {
    c = await trendChart(a, ['samv_bup', 'brukarundersokning', 'genomforandeplan']);
  });

  it('shows years, the kommun answers each year and line-end values', () => {
    const { all, texts } = checkSvg(c.svg);
    for (const y of ['2019', '2024']) expect(texts).toContain(y);
    expect(all).toContain('Samverkan med barn- och ungdomspsykiatrin (BUP)');
    expect(all).toContain(`Liknande 71${NBSP}%`);
    expect(texts).toContain(`71,4${NBSP}%`); // decimal comma where decimals are shown
    expect(texts).toContain('Ny 2021');
    expect(texts.filter((t) => t === 'Nej').length).toBeGreaterThanOrEqual(5);
  });

  it('leaves gaps for years the indicator did not exist', () => {
    // Brukarundersökning did not exist 2019–2020: its panel's lines start at 2021, so no path starts at the 2019 x.
    const firstX = (d: string) => Number(d.match(/^M([-\d.]+)/)?.[1]);
    const lineMarks = [...c.svg.matchAll(/<g class="mark-line[^"]*"[^>]*>([\s\S]*?)<\/g>/g)].map((m) => m[1]!).join('');
    const linePaths = (stroke: string) => [...lineMarks.matchAll(new RegExp(`<path[^>]* d="(M[^"]*)"[^>]*stroke="${stroke}"`, 'g'))].map((m) => m[1]!);
    const setLines = linePaths('#333333');
    expect(setLines.length).toBe(3); // liknande line in each panel
    expect(firstX(setLines[1]!)).toBeGreaterThan(firstX(setLines[0]!) + 100);
    // The andel panel has a missing 2021 value: the kommun's line is split into two sub-paths (two "M").
    const splitPaths = linePaths('#0072B2');
    expect(splitPaths.some((d) => (d.match(/M/g) ?? []).length === 2)).toBe(true);
  });

  it('has an alt text with the answers by year and the set trend', () => {
    checkAlt(c);
    expect(c.alt).toContain('Uppsala svarade Nej 2019–2021, Ja 2022 och Nej 2023–2024');
    expect(c.alt).toContain(`från 43${NBSP}% 2019 till 71${NBSP}% 2024`);
  });
});

describe('statusMatrix', () => {
  let c: Chart;
  beforeAll(async () => {
    const m = matrixFixture(a);
    c = await statusMatrix(m.rows, m.indicators, m.cell);
  });

  it('shows units, indicator names and a word in every cell', () => {
    const { all, texts } = checkSvg(c.svg);
    for (const n of ['Uppsala', 'Linköping', 'Örebro', 'Umeå', 'Samverkan', 'med skolan']) expect(all).toContain(n);
    expect(texts.filter((t) => t === "Ja").length).toBe(26); // the cells
    // The legend uses the tables' words: Ja/Nej for answers, Bra/Mellan/Svag for shares, here both.
    for (const w of ['Bra eller Ja', 'Mellan', 'Svag eller Nej', 'Saknas']) expect(texts).toContain(w);
    expect(texts.filter((t) => t === 'Saknas').length).toBe(3); // two cells and the legend, the tables' word

    expect(texts).toContain(`71,4${NBSP}%`);
  });

  it('summarises per unit in the alt text', () => {
    checkAlt(c);
    expect(c.alt).toContain('Av 6 indikatorer har Uppsala 2 Ja, 2 Nej och 1 saknas.');
  });
});

describe('distribution', () => {
  let c: Chart;
  beforeAll(async () => {
    c = await distribution(a, 'genomforandeplan');
  });

  it('marks and labels the kommun and the quartiles with decimal commas', () => {
    const { texts } = checkSvg(c.svg);
    expect(texts).toContain(`Uppsala 71,4${NBSP}%`);
    const dist = a.indicators.find((r) => r.indicator.id === 'genomforandeplan')!.distribution!;
    expect(texts).toContain(`Median ${formatPercent(dist.median, 1)}`);
    expect(texts).toContain(`Nedre kvartil ${formatPercent(dist.q1, 1)}`);
    expect(formatPercent(dist.median, 1)).toMatch(/^\d+,\d\u00a0%$/);
    expect(texts).toContain('Liknande kommuner LSS');
  });

  it('states position and spread in the alt text', () => {
    checkAlt(c);
    expect(c.alt).toMatch(/plats \d+ av 290/);
    expect(c.alt).toContain('Medianen bland de 290 kommunerna');
  });
});
