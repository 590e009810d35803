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
  const district = { city: 'Stockholm', kind: 'stadsdelsområde' } as const;
  const cs: ComparisonSet[] = sets.map((s) => ({ id: s.kind, kind: s.kind, label: LABELS[s.kind], description: '', members: [], ...(s.kind === 'stadsdelar' ? { district } : {}) }));
  const values: SetValue[] = sets.map((s) => ({
    setId: s.kind,
    value: s.value,
    nAnswered: s.published ? 0 : (s.n ?? 0),
    nMissing: s.missing ?? 0,
    ...(s.nJa !== undefined ? { nJa: s.nJa } : {}),
    origin: s.published ? 'publicerad' : type === 'janej' ? 'beräknad-andel' : 'beräknad-medel',
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
    // Without an utvecklingsområde, the försämring reason gives this year's shares as context ("bara" when shared).
    expect(reasons(facts('janej', 0, [lik(1), riket(12)], { prev: 1 }))).toEqual([
      'Uppsala svarar Nej, liksom de flesta andra: bara 1 av 7 liknande kommuner (14 %) och 12 % av kommunerna i riket svarar Ja.',
      'Uppsala svarade Ja 2018 men svarar Nej 2019. I år svarar bara 1 av 7 liknande kommuner (14 %) och 12 % av kommunerna i riket Ja.',
    ]);
    expect(reasons(facts('janej', 0, [lik(2), riket(30)], { prev: 1 }))).toEqual(['Uppsala svarade Ja 2018 men svarar Nej 2019. I år svarar 2 av 7 liknande kommuner (29 %) och 30 % av kommunerna i riket Ja.']);
  });

  it('Ja while most others answer Nej → styrka; half is not "most"', () => {
    const f = facts('janej', 1, [lik(2), { kind: 'lan', value: 60, n: 7, nJa: 4 }, riket(19)]);
    const [flag] = assessFlags(f, RULES);
    expect(flag!.kind).toBe('styrka');
    expect(flag!.sets).toEqual(['liknande', 'riket']);
    expect(plain(flag!.reason)).toBe('Uppsala svarar Ja, medan bara 2 av 7 liknande kommuner (29 %) och 19 % av kommunerna i riket gör det.');
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

  it('counts in correct Swedish: ingen av de …, alla …, 1 av 1 … (singular)', () => {
    expect(reasons(facts('janej', 1, [lik(0), riket(19)]))).toEqual(['Uppsala svarar Ja, medan ingen av de 7 liknande kommunerna och bara 19 % av kommunerna i riket gör det.']);
    expect(reasons(facts('janej', 0, [lik(0), riket(19)]))).toEqual(['Uppsala svarar Nej, liksom de flesta andra: ingen av de 7 liknande kommunerna och bara 19 % av kommunerna i riket svarar Ja.']);
    expect(reasons(facts('janej', 0, [lik(7)]))).toEqual(['Uppsala svarar Nej, medan alla 7 liknande kommuner (100 %) svarar Ja.']);
    expect(reasons(facts('janej', 0, [lik(1)]))).toEqual([]);
    const one = { ...RULES, minAnswers: 1 };
    const single = facts('janej', 0, [{ kind: 'liknande', value: 100, n: 1, nJa: 1, missing: 6 }, { kind: 'egen', value: 100, n: 1, nJa: 1 }]);
    expect(assessFlags(single, one).map((x) => plain(x.reason))).toEqual([
      'Uppsala svarar Nej, medan 1 av 1 liknande kommun som har svarat (100 %, få svar) och 1 av 1 kommun i den egna jämförelsegruppen (100 %, få svar) svarar Ja.',
    ]);
    const stadsdel = facts('janej', 0, [{ kind: 'stadsdelar', value: 50, n: 2, nJa: 1 }]);
    expect(assessFlags(stadsdel, one).map((x) => plain(x.reason))).toEqual(['Uppsala svarar Nej, medan 1 av 2 andra stadsdelsområden i Stockholm (50 %, få svar) svarar Ja.']);
  });

  it('never prints a share that seems to contradict the rule: 49,6 %, not 50 %', () => {
    // Ja while riket's 49,6 % is just below the styrka threshold (below 50 %).
    expect(reasons(facts('janej', 1, [lik(2), riket(49.6)]))).toEqual(['Uppsala svarar Ja, medan bara 2 av 7 liknande kommuner (29 %) och 49,6 % av kommunerna i riket gör det.']);
    // Nej while riket is at 25,4 % (just above the gemensamt threshold): no flag; at 25,0 %: gemensamt, printed 25 %.
    expect(kinds(facts('janej', 0, [riket(25.4)]))).toEqual([]);
    expect(reasons(facts('janej', 0, [riket(25)]))).toEqual(['Uppsala svarar Nej, liksom de flesta andra: bara 25 % av kommunerna i riket svarar Ja.']);
    // Gemensamt with liknande at 3 of 7 (42,857 %) and riket 24,6 %: "25 %" would still be at most 25, so it stays whole.
    expect(reasons(facts('janej', 0, [lik(3), riket(24.6)]))).toEqual(['Uppsala svarar Nej, liksom de flesta andra: bara 3 av 7 liknande kommuner (43 %) och 25 % av kommunerna i riket svarar Ja.']);
    // A lagging set at 49,96 % is not one; at 50 % exactly it is, printed 50 %.
    expect(kinds(facts('janej', 0, [{ kind: 'lan', value: 49.96, n: 290, nJa: 145 }]))).toEqual([]);
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
    const f = facts('andel', 42, sets(61, 58), { position: { rank: 250, tied: 1, of: 280, quartile: 4 } });
    const [flag] = assessFlags(f, RULES);
    expect(flag!.kind).toBe('utvecklingsomrade');
    expect(flag!.sets).toEqual(['liknande', 'lan', 'riket']);
    expect(plain(flag!.reason)).toBe('Uppsala har 42 % och hör till den svagaste fjärdedelen av kommunerna (plats 250 av 280), under genomsnittet för liknande kommuner (61 %) och riket (58 %).');
    expect(statusOf(f, RULES)).toBe('svag');
  });

  it('at least 10 points below both riket and liknande → utvecklingsområde', () => {
    const f = facts('andel', 48, sets(58, 60), { position: { rank: 150, tied: 1, of: 280, quartile: 3 } });
    expect(reasons(f)).toEqual(['Uppsala har 48 %, klart under genomsnittet för liknande kommuner (58 %) och riket (60 %).']);
    expect(statusOf(f, RULES)).toBe('mellan');
    // 9 points below liknande is not clearly below.
    expect(kinds(facts('andel', 49, sets(58, 60), { position: { rank: 150, tied: 1, of: 280, quartile: 3 } }))).toEqual([]);
  });

  it('best quartile and above riket and liknande → styrka', () => {
    const f = facts('andel', 85, sets(61, 58), { position: { rank: 3, tied: 1, of: 280, quartile: 1 } });
    const [flag] = assessFlags(f, RULES);
    expect(flag!.kind).toBe('styrka');
    expect(flag!.sets).toEqual(['liknande', 'lan', 'riket']);
    expect(plain(flag!.reason)).toBe('Uppsala har 85 % och hör till den bästa fjärdedelen av kommunerna (plats 3 av 280), över genomsnittet för liknande kommuner (61 %) och riket (58 %).');
    expect(statusOf(f, RULES)).toBe('bra');
    expect(kinds(facts('andel', 60, sets(61, 58), { position: { rank: 60, tied: 1, of: 280, quartile: 1 } }))).toEqual([]);
  });

  it('lower is better: a high value is the weak one', () => {
    const f = facts('andel', 30, sets(15, 18), { direction: 'ned', position: { rank: 100, tied: 1, of: 280, quartile: 2 } });
    expect(reasons(f)).toEqual(['Uppsala har 30 %, klart över genomsnittet för liknande kommuner (15 %) och riket (18 %).']);
  });

  it('prints the table’s decimals, and more where rounding would contradict the comparison', () => {
    // 64,6 % vs riket 64,64 %: with one decimal both are 64,6 %, so two decimals show "under".
    const f = facts('andel', 64.6, [{ kind: 'liknande', value: 70.2, n: 7 }, { kind: 'riket', value: 64.64, n: 280 }], { position: { rank: 250, tied: 1, of: 280, quartile: 4 } });
    expect(reasons(f)).toEqual(['Uppsala har 64,60 % och hör till den svagaste fjärdedelen av kommunerna (plats 250 av 280), under genomsnittet för liknande kommuner (70,20 %) och riket (64,64 %).']);
    // 9,96 points below both is not clearly below (and 10,0 printed would look like it).
    expect(kinds(facts('andel', 50, sets(59.96, 61), { position: { rank: 150, tied: 1, of: 280, quartile: 3 } }))).toEqual([]);
    // 10,04 points below: the table's one decimal already shows a gap of at least 10.
    expect(reasons(facts('andel', 50.04, sets(60.08, 61), { position: { rank: 150, tied: 1, of: 280, quartile: 3 } }))).toEqual([
      'Uppsala har 50,0 %, klart under genomsnittet för liknande kommuner (60,1 %) och riket (61 %).',
    ]);
    // Best quartile just above riket: 70,04 % vs 70,0 % would print as equal with one decimal.
    expect(reasons(facts('andel', 70.04, [{ kind: 'liknande', value: 61, n: 7 }, { kind: 'riket', value: 70.01, n: 280 }], { position: { rank: 9, tied: 1, of: 280, quartile: 1 } }))).toEqual([
      'Uppsala har 70,04 % och hör till den bästa fjärdedelen av kommunerna (plats 9 av 280), över genomsnittet för liknande kommuner (61 %) och riket (70,01 %).',
    ]);
  });

  it('says which end is best when lower is better', () => {
    const f = facts('andel', 30, sets(15, 18), { direction: 'ned', position: { rank: 270, tied: 1, of: 280, quartile: 4 } });
    expect(reasons(f)).toEqual(['Uppsala har 30 % och hör till den svagaste fjärdedelen av kommunerna (plats 270 av 280, där plats 1 är den lägsta andelen), över genomsnittet för liknande kommuner (15 %) och riket (18 %).']);
  });

  it('bakgrundsmått never get flags, not even for a missing value', () => {
    expect(kinds(facts('bakgrund', 1, sets(61, 58)))).toEqual([]);
    expect(kinds(facts('bakgrund', null, sets(61, 58)))).toEqual([]);
    expect(statusOf(facts('bakgrund', 1, []), RULES)).toBe('ingen');
  });
});
