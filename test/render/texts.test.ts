import { describe, expect, it } from 'vitest';
import { loadPhrases } from '../../src/compose/steps.ts';
import { indicatorSentence, plural, summaryParagraph } from '../../src/compose/texts.ts';
import { reportAnalysis } from '../fixtures/report-analysis.ts';

const NBSP = '\u00a0';
const analysis = reportAnalysis();
const result = (id: string) => analysis.indicators.find((r) => r.indicator.id === id)!;

describe('texts', () => {
  it('writes the indicator sentence from the printed numbers', () => {
    expect(indicatorSentence(analysis, result('dv_rutin_arbete'), loadPhrases())).toBe(
      `Uppsala har ingen rutin för att pröva arbete eller praktik för personer i daglig verksamhet. Det har 5 av 7 liknande kommuner och 19${NBSP}% av kommunerna i riket. Uppsala har svarat Nej 3 år i rad.`,
    );
    expect(indicatorSentence(analysis, result('samv_forsakringskassan'), loadPhrases())).toContain('Det har också 1 av 7 liknande kommuner');
    expect(indicatorSentence(analysis, result('samv_vuxenpsykiatri'), loadPhrases())).toContain('räknas inte som Nej');
    expect(indicatorSentence(analysis, result('dv_till_skyddat_arbete'))).toBe('Indikatorn ingår inte i Öppna jämförelser 2019.');
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
});
