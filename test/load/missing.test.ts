import { describe, expect, it } from 'vitest';
import { missingReason, parseNumber, parseValue } from '../../src/load/missing.ts';

describe('parseValue', () => {
  it('reads Ja/Nej at kommun and stadsdel level', () => {
    expect(parseValue('Ja', 'janej', 'kommun')).toEqual({ value: 1 });
    expect(parseValue(' nej ', 'janej', 'kommun')).toEqual({ value: 0 });
    expect(parseValue('JA', 'janej', 'stadsdel')).toEqual({ value: 1 });
    expect(parseValue(1, 'janej', 'kommun')).toEqual({ value: 1 });
    expect(parseValue(0, 'janej', 'kommun')).toEqual({ value: 0 });
  });

  it('reads the share Ja at län and riket level as a number', () => {
    expect(parseValue(36, 'janej', 'riket')).toEqual({ value: 36 });
    expect(parseValue('36 %', 'janej', 'lan')).toEqual({ value: 36 });
    expect(parseValue('Ja', 'janej', 'riket')).toEqual({ value: null, missing: 'oläsbar' });
  });

  it('reads numbers with decimal comma, percent sign, spaces and minus signs', () => {
    expect(parseValue('45,5', 'andel', 'kommun')).toEqual({ value: 45.5 });
    expect(parseValue('45.5', 'andel', 'kommun')).toEqual({ value: 45.5 });
    expect(parseValue('45\u00a0%', 'andel', 'kommun')).toEqual({ value: 45 });
    expect(parseValue('1\u00a0234,5', 'bakgrund', 'kommun')).toEqual({ value: 1234.5 });
    expect(parseValue('149 245', 'bakgrund', 'riket')).toEqual({ value: 149245 });
    expect(parseNumber('−3,2')).toBe(-3.2);
    expect(parseNumber('12 34')).toBeUndefined();
  });

  it('maps every missing spelling to a reason and never to Nej (0)', () => {
    const cases: [string | null, string][] = [
      ['-', 'saknas'], ['–', 'saknas'], ['..', 'saknas'], ['.', 'saknas'], ['', 'tom'], [null, 'tom'],
      ['Uppgift saknas', 'saknas'], ['Ej svar', 'ej_svar'], ['Ej svarat', 'ej_svar'], ['Vet ej', 'vet_ej'], ['x', 'skyddad'], ['X', 'skyddad'],
    ];
    for (const [raw, reason] of cases) {
      for (const kind of ['kommun', 'riket'] as const) {
        for (const type of ['janej', 'andel', 'bakgrund'] as const) {
          expect(parseValue(raw, type, kind)).toEqual({ value: null, missing: reason });
        }
      }
    }
    expect(missingReason('  uppgift\u00a0saknas ')).toBe('saknas');
    expect(missingReason('Nej')).toBeUndefined();
  });

  it('marks text it cannot read as unreadable, not as a value', () => {
    expect(parseValue('Delvis', 'janej', 'kommun')).toEqual({ value: null, missing: 'oläsbar' });
    expect(parseValue('Ja', 'andel', 'kommun')).toEqual({ value: null, missing: 'oläsbar' });
    expect(parseValue(140, 'andel', 'kommun')).toEqual({ value: null, missing: 'oläsbar' });
    expect(parseValue(2, 'janej', 'kommun')).toEqual({ value: null, missing: 'oläsbar' });
  });

  it('accepts a cell content object with a number (percent cells already scaled)', () => {
    expect(parseValue({ text: '0.455', number: 45.5 }, 'andel', 'kommun')).toEqual({ value: 45.5 });
  });
});
