import { describe, expect, it } from 'vitest';
import { loadReference } from '../../src/reference/load.ts';
import { matchUnit } from '../../src/reference/match.ts';
import { OjError } from '../../src/errors.ts';

const kommuner = [...loadReference().kommuner.values()];

describe('matchUnit', () => {
  it('finds a kommun by name in any case', () => {
    expect(matchUnit(kommuner, 'uppsala').code).toBe('0380');
    expect(matchUnit(kommuner, 'UPPSALA').code).toBe('0380');
  });
  it('finds a kommun by kod', () => {
    expect(matchUnit(kommuner, '0380').name).toBe('Uppsala');
  });
  it('ignores missing å/ä/ö', () => {
    expect(matchUnit(kommuner, 'Hoganas').name).toBe('Höganäs');
    expect(matchUnit(kommuner, 'ostersund').name).toBe('Östersund');
  });
  it('accepts a suffix "kommun"', () => {
    expect(matchUnit(kommuner, 'Upplands Väsby kommun').code).toBe('0114');
  });
  it('corrects a single typo', () => {
    expect(matchUnit(kommuner, 'Upsala').code).toBe('0380');
    expect(matchUnit(kommuner, 'Solleftå').name).toBe('Sollefteå');
  });
  it('lists the closest names when nothing matches', () => {
    let err: unknown;
    try {
      matchUnit(kommuner, 'Uppsalaxyz');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OjError);
    expect((err as OjError).message).toContain('Hittar ingen kommun som heter "Uppsalaxyz"');
    expect((err as OjError).message).toContain('Uppsala (0380)');
  });
  it('lists candidates for an ambiguous prefix', () => {
    expect(() => matchUnit(kommuner, 'Upp')).toThrow(/Upplands Väsby.*Upplands-Bro|Upplands-Bro.*Upplands Väsby/);
  });
});
