import { describe, expect, it } from 'vitest';
import { assessFlags, statusOf, type IndicatorFacts } from '../../src/assess/flags.ts';
import type { ComparisonSet, Position, SetKind, SetValue, YearPoint } from '../../src/model/analysis.ts';
import type { Indicator } from '../../src/model/types.ts';
import { plain, RULES } from '../fixtures/small.ts';

const LABELS: Record<SetKind, string> = {
  liknande: 'Liknande kommuner LSS',
  kommungrupp: 'Kommungrupp B3 Större stad',
  lan: 'Uppsala län',
  riket: 'Riket',
  stadsdelar: 'Stadsdelsområden i Stockholm',
  egen: 'Egen jämförelsegrupp',
};

interface S {
  kind: SetKind;
  value: number | null;
  n?: number;
  nJa?: number;
  missing?: number;
  published?: boolean;
}

function facts(type: Indicator['type'], value: number | null, sets: S[], extra: { prev?: number | null; position?: Position; direction?: Indicator['direction']; raw?: string; exists?: boolean } = {}): IndicatorFacts {
  const indicator: Indicator = { id: 'x', name: 'X', shortName: 'X', omrade: 'O', type, direction: extra.direction ?? (type === 'bakgrund' ? 'ingen' : 'upp'), description: '', years: [2018, 2019] };
  const cs: ComparisonSet[] = sets.map((s) => ({ id: s.kind, kind: s.kind, label: LABELS[s.kind], description: '', members: [] }));
  const values: SetValue[] = sets.map((s) => ({
    setId: s.kind,
    value: s.value,
    nAnswered: s.published ? 0 : (s.n ?? 0),
    nMissing: s.missing ?? 0,
    ...(s.nJa !== undefined ? { nJa: s.nJa } : {}),
    origin: s.published ? 'publicerad' : 'beräknad',
  }));
  const points: YearPoint[] = [
    { year: 2018, value: extra.prev ?? null, raw: '', exists: extra.prev !== undefined },
    { year: 2019, value, raw: extra.raw ?? '', exists: extra.exists ?? true },
  ];
  const change = extra.prev !== undefined && extra.prev !== null && value !== null ? value - extra.prev : null;
  const f: IndicatorFacts = {
    indicator,
    unitName: 'Uppsala',
    year: 2019,
    exists: extra.exists ?? true,
    value,
    raw: extra.raw ?? '',
    sets: cs,
    values,
    trend: { points, changeLastYear: change, changeSinceFirst: change, sameAnswerRun: 1, breaks: [] },
  };
  if (extra.position) f.position = extra.position;
  return f;
}

const kinds = (f: IndicatorFacts) => assessFlags(f, RULES).map((x) => x.kind);
const reasons = (f: IndicatorFacts) => assessFlags(f, RULES).map((x) => plain(x.reason));

describe('ja/nej flags', () => {
  const lik = (nJa: number, n = 7, missing = 0): S => ({ kind: 'liknande', value: (100 * nJa) / n, n, nJa, missing });
  const riket = (value: number): S => ({ kind: 'riket', value, n: 289, nJa: Math.round((value * 289) / 100) });

  it('Nej while at least half of a set answers Ja → utvecklingsområde, naming the sets lagged', () => {
    const f = facts('janej', 0, [lik(5), { kind: 'lan', value: 40, n: 7, nJa: 3 }, riket(62)]);
    const [flag] = assessFlags(f, RULES);
    expect(flag!.kind).toBe('utvecklingsomrade');
    expect(flag!.sets).toEqual(['liknande', 'riket']);
    expect(plain(flag!.reason)).toBe('Uppsala svarar Nej, medan 5 av 7 liknande kommuner (71 %) och 62 % av kommunerna i riket svarar Ja.');
  });

  it('exactly half counts; a set with too few answers does not', () => {
    expect(kinds(facts('janej', 0, [lik(2, 4), riket(40)]))).toEqual(['utvecklingsomrade']);
    expect(kinds(facts('janej', 0, [lik(1, 2, 5), riket(40)]))).toEqual([]);
    expect(reasons(facts('janej', 0, [lik(3, 6, 1), riket(40)]))).toEqual(['Uppsala svarar Nej, medan 3 av 6 liknande kommuner som har svarat (50 %) svarar Ja.']);
  });

  it('a published riket share counts without n', () => {
    expect(reasons(facts('janej', 0, [{ kind: 'riket', value: 55, published: true }]))).toEqual(['Uppsala svarar Nej, medan 55 % av kommunerna i riket svarar Ja.']);
  });

  it('Nej while few answer Ja anywhere → gemensamt (riket at most 25 %)', () => {
    const f = facts('janej', 0, [lik(2), { kind: 'kommungrupp', value: 30, n: 20, nJa: 6 }, riket(19)]);
    expect(kinds(f)).toEqual(['gemensamt']);
    expect(reasons(f)).toEqual(['Uppsala svarar Nej, liksom de flesta andra: bara 2 av 7 liknande kommuner (29 %) och 19 % av kommunerna i riket svarar Ja.']);
    expect(kinds(facts('janej', 0, [riket(25)]))).toEqual(['gemensamt']);
    expect(kinds(facts('janej', 0, [riket(26)]))).toEqual([]);
    expect(kinds(facts('janej', 0, [lik(2)]))).toEqual([]);
  });

  it('Ja last year, Nej this year → försämring in addition', () => {
    const f = facts('janej', 0, [lik(4), riket(62)], { prev: 1 });
    const flags = assessFlags(f, RULES);
    expect(flags.map((x) => x.kind)).toEqual(['utvecklingsomrade', 'forsamring']);
    expect(plain(flags[1]!.reason)).toBe('Uppsala svarade Ja 2018 men svarar Nej 2019.');
    expect(flags[1]!.sets).toEqual(['liknande', 'riket']);
    expect(kinds(facts('janej', 0, [lik(2), riket(30)], { prev: 1 }))).toEqual(['forsamring']);
  });

  it('Ja while most others answer Nej → styrka; half is not "most"', () => {
    const f = facts('janej', 1, [lik(2), { kind: 'lan', value: 60, n: 7, nJa: 4 }, riket(19)]);
    const [flag] = assessFlags(f, RULES);
    expect(flag!.kind).toBe('styrka');
    expect(flag!.sets).toEqual(['liknande', 'riket']);
    expect(plain(flag!.reason)).toBe('Uppsala svarar Ja, medan 2 av 7 liknande kommuner (29 %) och 19 % av kommunerna i riket gör det.');
    expect(kinds(facts('janej', 1, [lik(2), riket(50)]))).toEqual([]);
    expect(kinds(facts('janej', 1, [lik(4), riket(19)]))).toEqual([]);
  });

  it('a missing answer is datakvalitet only, never Nej', () => {
    const f = facts('janej', null, [lik(7), riket(90)], { prev: 1, raw: 'Ej svar' });
    expect(kinds(f)).toEqual(['datakvalitet']);
    expect(reasons(f)).toEqual(['Uppgift saknas för Uppsala 2019 (”Ej svar”), så indikatorn kan inte bedömas.']);
    expect(statusOf(f, RULES)).toBe('saknas');
    expect(reasons(facts('janej', null, []))).toEqual(['Uppgift saknas för Uppsala 2019, så indikatorn kan inte bedömas.']);
  });

  it('an indicator not measured this year gets no flag and no status', () => {
    const f = facts('janej', null, [riket(90)], { exists: false });
    expect(kinds(f)).toEqual([]);
    expect(statusOf(f, RULES)).toBe('ingen');
  });

  it('names other set kinds in plain Swedish', () => {
    const f = facts('janej', 0, [
      { kind: 'stadsdelar', value: 62.5, n: 8, nJa: 5, missing: 5 },
      { kind: 'kommungrupp', value: 51, n: 20, nJa: 10 },
      { kind: 'egen', value: 60, n: 5, nJa: 3 },
      { kind: 'lan', value: 75, n: 7, nJa: 5 },
    ]);
    expect(reasons(f)).toEqual([
      'Uppsala svarar Nej, medan 5 av 8 andra stadsdelsområden i Stockholm som har svarat (63 %), 51 % av kommunerna i kommungruppen B3 Större stad, 3 av 5 kommuner i den egna jämförelsegruppen (60 %) och 75 % av kommunerna i Uppsala län svarar Ja.',
    ]);
  });

  it('status: Ja bra, Nej svag', () => {
    expect(statusOf(facts('janej', 1, []), RULES)).toBe('bra');
    expect(statusOf(facts('janej', 0, []), RULES)).toBe('svag');
  });
});

describe('andel flags', () => {
  const sets = (lik: number, riket: number): S[] => [
    { kind: 'liknande', value: lik, n: 7 },
    { kind: 'lan', value: 50, n: 7 },
    { kind: 'riket', value: riket, n: 280 },
  ];

  it('weakest quartile → utvecklingsområde with rank and the means', () => {
    const f = facts('andel', 42, sets(61, 58), { position: { rank: 250, of: 280, quartile: 4 } });
    const [flag] = assessFlags(f, RULES);
    expect(flag!.kind).toBe('utvecklingsomrade');
    expect(flag!.sets).toEqual(['liknande', 'lan', 'riket']);
    expect(plain(flag!.reason)).toBe('Uppsala har 42 % och hör till den svagaste fjärdedelen av kommunerna (plats 250 av 280), under genomsnittet för liknande kommuner (61 %) och riket (58 %).');
    expect(statusOf(f, RULES)).toBe('svag');
  });

  it('at least 10 points below both riket and liknande → utvecklingsområde', () => {
    const f = facts('andel', 48, sets(58, 60), { position: { rank: 150, of: 280, quartile: 3 } });
    expect(reasons(f)).toEqual(['Uppsala har 48 %, klart under genomsnittet för liknande kommuner (58 %) och riket (60 %).']);
    expect(statusOf(f, RULES)).toBe('mellan');
    // 9 points below liknande is not clearly below.
    expect(kinds(facts('andel', 49, sets(58, 60), { position: { rank: 150, of: 280, quartile: 3 } }))).toEqual([]);
  });

  it('best quartile and above riket and liknande → styrka', () => {
    const f = facts('andel', 85, sets(61, 58), { position: { rank: 3, of: 280, quartile: 1 } });
    const [flag] = assessFlags(f, RULES);
    expect(flag!.kind).toBe('styrka');
    expect(flag!.sets).toEqual(['liknande', 'lan', 'riket']);
    expect(plain(flag!.reason)).toBe('Uppsala har 85 % och hör till den bästa fjärdedelen av kommunerna (plats 3 av 280), över genomsnittet för liknande kommuner (61 %) och riket (58 %).');
    expect(statusOf(f, RULES)).toBe('bra');
    expect(kinds(facts('andel', 60, sets(61, 58), { position: { rank: 60, of: 280, quartile: 1 } }))).toEqual([]);
  });

  it('lower is better: a high value is the weak one', () => {
    const f = facts('andel', 30, sets(15, 18), { direction: 'ned', position: { rank: 100, of: 280, quartile: 2 } });
    expect(reasons(f)).toEqual(['Uppsala har 30 %, klart över genomsnittet för liknande kommuner (15 %) och riket (18 %).']);
  });

  it('bakgrundsmått never get flags, not even for a missing value', () => {
    expect(kinds(facts('bakgrund', 1, sets(61, 58)))).toEqual([]);
    expect(kinds(facts('bakgrund', null, sets(61, 58)))).toEqual([]);
    expect(statusOf(facts('bakgrund', 1, []), RULES)).toBe('ingen');
  });
});
