import { describe, expect, it } from 'vitest';
import { loadPhrases } from '../../src/compose/steps.ts';
import { changeSummary, indicatorSentence, plural, summaryParagraph } from '../../src/sv/grammar.ts';
import { formatPointChange } from '../../src/sv/format.ts';
import { inSentence } from '../../src/compose/charts/text.ts';
import type { ComparisonSet, UnitAnalysis } from '../../src/model/analysis.ts';
import { reportAnalysis } from '../fixtures/report-analysis.ts';

const NBSP = '\u00a0';
const analysis = reportAnalysis();
const result = (id: string) => analysis.indicators.find((r) => r.indicator.id === id)!;

describe('texts', () => {
  it('writes the indicator sentence from the printed numbers', () => {
    expect(indicatorSentence(analysis, result('dv_rutin_arbete'), loadPhrases())).toBe(
      `Uppsala har ingen rutin för att pröva arbete eller praktik för personer i daglig verksamhet. Det har 5 av 7 liknande kommuner (71${NBSP}%) och 19${NBSP}% av kommunerna i riket. Uppsala har svarat Nej 3 år i rad.`,
    );
    expect(indicatorSentence(analysis, result('samv_forsakringskassan'), loadPhrases())).toContain('Det har också 1 av 7 liknande kommuner');
    expect(indicatorSentence(analysis, result('samv_vuxenpsykiatri'), loadPhrases())).toContain('räknas inte som Nej');
    expect(indicatorSentence(analysis, result('dv_till_skyddat_arbete'))).toBe('Indikatorn ingår inte i Öppna jämförelser 2019.');
    // andel: the flag reasons' set nouns and place, and the change judged by the threshold.
    expect(indicatorSentence(analysis, result('genomforandeplan_dv'))).toBe(
      `Andelen är 80${NBSP}% i Uppsala 2019. Genomsnittet är 73,1${NBSP}% för liknande kommuner och 71${NBSP}% för riket. ` +
        `Uppsala hör till den bästa fjärdedelen av kommunerna (plats 60 av 290). Sedan 2018: +6${NBSP}procentenheter (bättre).`,
    );
    expect(indicatorSentence(analysis, result('genomforandeplan_bostad'))).toContain(`Sedan 2018: −3${NBSP}procentenheter (räknas som oförändrat, under gränsen 5${NBSP}procentenheter).`);
  });

  it('uses singular and plural correctly', () => {
    expect(plural(1, 'styrka', 'styrkor')).toBe(`1${NBSP}styrka`);
    expect(plural(2, 'styrka', 'styrkor')).toBe(`2${NBSP}styrkor`);
  });

  it('summarises counts that match the tables', () => {
    const s = summaryParagraph(analysis);
    expect(s).toContain('svarar Uppsala Ja på 10 och Nej på 7 av 18');
    expect(s).toContain('för 1 saknas svar');
    expect(s).toContain(`7${NBSP}utvecklingsområden`);
    expect(s).toContain(`2${NBSP}styrkor`);
  });

  it('counts a change only from the threshold and names the questions (issue 11 point 1)', () => {
    const c = changeSummary(analysis);
    // genomforandeplan_bostad 61 → 58 (−3) and genomforandeplan_dv 74 → 80 (+6); sip_barn Ja → Nej;
    // ibic_uppfoljning Nej → Ja.
    expect(c.text).not.toContain('Genomförandeplan bostad');
    expect(c.text).toMatch(/har 1\u00a0andel blivit bättre: [^;]*\(\+6\u00a0procentenheter\)/);
    expect(c.text).toContain('svarar Uppsala Nej där svaret var Ja 2018: ');
    const still: UnitAnalysis = { ...analysis, indicators: analysis.indicators.map((r) => (r.change ? { ...r, change: { ...r.change, direction: 'oförändrat' as const, lostJa: false } } : r)) };
    expect(changeSummary(still).text).toContain('minst 5\u00a0procentenheter');
    expect(changeSummary(still).direction).toBe('oförändrat');
    expect(c.direction).toBe('blandat');
    expect(c.improved).toBe(2);
    expect(c.worsened).toBe(1);
    // The summary paragraph no longer repeats the change sentence (it has its own box).
    expect(summaryParagraph(analysis)).not.toContain('Jämfört med');
  });

  it('writes Swedish without the old wording bugs (issue 15 item 10)', () => {
    expect(formatPointChange(0.6)).toBe(`+1${NBSP}procentenhet`);
    expect(formatPointChange(1.4, 1)).toBe(`+1,4${NBSP}procentenheter`);
    const allNej: UnitAnalysis = {
      ...analysis,
      indicators: analysis.indicators.map((r) => (r.indicator.type === 'janej' && r.indicator.years.includes(2019) ? { ...r, value: 0 } : r)),
      strengths: [],
    };
    const s = summaryParagraph(allNej);
    expect(s).toContain('svarar Uppsala Nej på alla 18');
    expect(s).not.toMatch(/Ja på 0|0\u00a0styrkor/);
    const oneMissing: UnitAnalysis = { ...allNej, indicators: allNej.indicators.map((r) => (r.indicator.id === 'kompetensplan' ? { ...r, value: null } : r)) };
    expect(summaryParagraph(oneMissing)).toContain(`svarar Uppsala Nej på 17 av 18${NBSP}frågor om rutiner och arbetssätt och Ja på ingen; för 1 saknas svar.`);
    expect(s).toContain('och inga styrkor.');
    const others: UnitAnalysis = { ...allNej, otherNej: [{ indicatorId: 'kompetensplan', reason: '' }, { indicatorId: 'samv_bup', reason: '' }] };
    expect(summaryParagraph(others)).toMatch(/Ytterligare 2 Nej-svar prioriteras inte; skälen står i steg 3\.$/);
    const c = changeSummary(analysis);
    expect(c.text).toMatch(/^Jämfört med 2018 svarar/);
    const set = (kind: ComparisonSet['kind'], label: string): ComparisonSet => ({ id: kind, kind, label, description: '', members: [] });
    expect(inSentence(set('stadsdelar', 'Stadsdelsområden i Stockholm'))).toBe('stadsdelsområden i Stockholm');
    expect(inSentence(set('stadsdelar', 'Socialförvaltningar i Göteborg'))).toBe('socialförvaltningar i Göteborg');
    expect(inSentence(set('lan', 'Uppsala län'))).toBe('Uppsala län');
    expect(inSentence(set('egen', 'Nätverket Mälardalen'))).toBe('Nätverket Mälardalen');
  });
});
