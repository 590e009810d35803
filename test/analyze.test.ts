// Berga (9101) and Gullby (9201) 2019 in the small fixture; every number below is worked out by hand
// from the tables in test/fixtures/small.ts (column order Berga, Dalby, Åsby, Ekeby, Forsby, Gullby,
// Hamra, Ängby, Ödeby, Karby). Liknande kommuner leave the unit out; kommungrupp, län and riket are totals
// that include it. Berga: liknande Dalby, Gullby, Hamra, Ängby, Ödeby; kommungrupp B3 Berga, Gullby, Hamra,
// Ödeby; Alfa län 9101–9105; riket all ten. Gullby: liknande Berga, Åsby, Ekeby, Hamra, Karby; the same
// kommungrupp; Beta län 9201–9205; riket all ten.
import { describe, expect, it } from 'vitest';
import { analyzeUnit } from '../src/analyze.ts';
import { cachedRules } from '../src/assess/rules.ts';
import type { IndicatorResult, SetValue, UnitAnalysis } from '../src/model/analysis.ts';
import type { DataSet, Value } from '../src/model/types.ts';
import { loadReference } from '../src/reference/load.ts';
import { INDICATORS, makeDataSet, plain, RULES, smallData, smallReference, smallUnits } from './fixtures/small.ts';

const ref = smallReference();
// The hand-computed tables below use all four sets; the default (liknande, län, riket) is tested separately.
const ALL = ['liknande', 'kommungrupp', 'lan', 'riket'];
const berga = analyzeUnit(smallData(), ref, '9101', { rules: RULES, sets: ALL });
const gullby = analyzeUnit(smallData(), ref, '9201', { rules: RULES, sets: ALL });

const res = (a: UnitAnalysis, id: string): IndicatorResult => a.indicators.find((r) => r.indicator.id === id)!;
/** [value, nAnswered, nMissing, nJa?] per set in the order liknande, kommungrupp, lan, riket. */
const setNumbers = (r: IndicatorResult) => r.sets.map((s: SetValue) => [s.value === null ? null : Math.round(s.value * 1000) / 1000, s.nAnswered, s.nMissing, s.nJa]);
const flagSummary = (r: IndicatorResult) => r.flags.map((f) => ({ kind: f.kind, score: f.score, sets: f.sets, reason: plain(f.reason) }));
const names = (r: IndicatorResult) => r.learnFrom.map((l) => `${l.name}/${l.via}`);

describe('Berga 2019', () => {
  it('has the year, the sets and the context', () => {
    expect(berga.year).toBe(2019);
    expect(berga.years).toEqual([2017, 2018, 2019]);
    expect(berga.sets.map((s) => `${s.id}:${s.members.length}`)).toEqual(['liknande:5', 'kommungrupp:4', 'lan:5', 'riket:10']);
    expect(berga.context).toEqual({
      lanName: 'Alfa län',
      liknande: { title: 'Liknande kommuner LSS, Berga, 2021', year: 2021 },
      kommungrupp: { code: 'B3', name: 'Större stad', edition: 2017 },
      // The small data has no Invånare: the reference figure (no date in the fixture).
      population: { value: 60000, source: 'referens', year: 0 },
    });
    expect(berga.isExample).toBe(true);
    expect(berga.indicators.map((r) => r.indicator.id)).toEqual(['jn_a', 'jn_b', 'jn_c', 'jn_new', 'an_x', 'bg_y']);
  });

  it('jn_a: Nej against 4 of 5, 3 of 4, 3 of 5, 6 of 9 → utvecklingsområde and försämring', () => {
    const r = res(berga, 'jn_a');
    expect([r.value, r.raw, r.status]).toEqual([0, 'Nej', 'svag']);
    // 2019: liknande Dalby J, Gullby J, Hamra J, Ängby N, Ödeby J; kommungrupp Berga N + Gullby, Hamra, Ödeby J;
    // län Berga N, Dalby J, Åsby J, Ekeby N, Forsby J; riket 6 Ja of 9 answered (Karby "Ej svar").
    expect(setNumbers(r)).toEqual([
      [80, 5, 0, 4],
      [75, 4, 0, 3],
      [60, 5, 0, 3],
      [66.667, 9, 1, 6],
    ]);
    expect(r.sets.every((s) => s.origin === 'beräknad-andel')).toBe(true);
    expect(r.trend).toMatchObject({ changeLastYear: -1, changeSinceFirst: -1, sameAnswerRun: 1, breaks: [] });
    // Score: 2·4 sets + 0 (one year) + 2 (Ja→Nej) + min((80−50)/10, 5) = 13.
    const sets = ['liknande', 'kommungrupp', 'lan', 'riket'];
    expect(flagSummary(r)).toEqual([
      {
        kind: 'utvecklingsomrade',
        score: 13,
        sets,
        reason: 'Berga svarar Nej, medan 4 av 5 liknande kommuner (80 %), 75 % av kommunerna i kommungruppen B3 Större stad (få svar), 60 % av kommunerna i Alfa län och 67 % av kommunerna i riket svarar Ja.',
      },
      { kind: 'forsamring', score: 13, sets, reason: 'Berga svarade Ja 2018 men svarar Nej 2019.' },
    ]);
    expect(names(r)).toEqual(['Dalby/liknande', 'Gullby/liknande', 'Hamra/liknande', 'Ödeby/liknande', 'Forsby/lan', 'Åsby/lan']);
    expect(r.learnFrom[0]).toEqual({ code: '9102', name: 'Dalby', via: 'liknande', raw: 'Ja' });
  });

  it('jn_b: Nej where riket has 2 of 10 → gemensamt', () => {
    const r = res(berga, 'jn_b');
    // 2019 only Gullby and Ängby answer Ja: liknande 2 of 5, kommungrupp 1 of 4 (Gullby), län 0 of 5, riket 2 of 10.
    expect(setNumbers(r)).toEqual([
      [40, 5, 0, 2],
      [25, 4, 0, 1],
      [0, 5, 0, 0],
      [20, 10, 0, 2],
    ]);
    // Score: no set lagged, three Nej in a row (+2), no change, no gap = 2.
    expect(flagSummary(r)).toEqual([
      { kind: 'gemensamt', score: 2, sets: [], reason: 'Berga svarar Nej, liksom de flesta andra: bara 2 av 5 liknande kommuner (40 %) och 20 % av kommunerna i riket svarar Ja.' },
    ]);
    expect(names(r)).toEqual(['Gullby/liknande', 'Ängby/liknande']);
  });

  it('jn_c: not measured after 2018 → no value, no flag, break noted', () => {
    const r = res(berga, 'jn_c');
    expect([r.value, r.status, r.flags, r.learnFrom]).toEqual([null, 'ingen', [], []]);
    expect(r.trend.breaks).toEqual(['Redovisas inte efter 2018']);
    expect(setNumbers(r)).toEqual([
      [null, 0, 5, 0],
      [null, 0, 4, 0],
      [null, 0, 5, 0],
      [null, 0, 10, 0],
    ]);
  });

  it('jn_new: "Ej svar" → datakvalitet only', () => {
    const r = res(berga, 'jn_new');
    expect([r.value, r.raw, r.missing, r.status]).toEqual([null, 'Ej svar', 'ej_svar', 'saknas']);
    expect(flagSummary(r)).toEqual([{ kind: 'datakvalitet', score: 0, sets: [], reason: 'Uppgift saknas för Berga 2019 (”Ej svar”), så indikatorn kan inte bedömas.' }]);
    expect(r.trend.breaks).toEqual(['Ny indikator 2018']);
    // Berga's own "Ej svar" now counts as missing in kommungrupp, län and riket.
    // 2019: liknande Dalby J, Gullby N, Hamra J, Ängby N, Ödeby N → 2 of 5; kommungrupp Gullby N, Hamra J,
    // Ödeby N → 1 of 3; län Dalby J, Åsby N, Ekeby N, Forsby J → 2 of 4; riket Dalby, Forsby, Hamra J → 3 of 9.
    expect(setNumbers(r)).toEqual([
      [40, 5, 0, 2],
      [33.333, 3, 1, 1],
      [50, 4, 1, 2],
      [33.333, 9, 1, 3],
    ]);
  });

  it('an_x: 40 %, last of 9 → utvecklingsområde', () => {
    const r = res(berga, 'an_x');
    expect(r.position).toEqual({ rank: 9, tied: 1, of: 9, quartile: 4 });
    expect(r.status).toBe('svag');
    // liknande 70, 90, 60, 50, 75: 345/5, median 70; kommungrupp 40, 90, 60, 75: 265/4, median (60+75)/2;
    // län and riket are weighted by the reference populations (no Invånare in the data), no median:
    // län 40·60 + 70·12 + 55·8 + 80·9 + 65·7 (thousands) = 4 855 / 96; riket adds 90·55 + 60·120 + 50·6 + 75·50
    // (Karby "..") = 21 055 / 327.
    expect(r.sets.map((s) => [s.value, s.median, s.nAnswered, s.nMissing])).toEqual([
      [69, 70, 5, 0],
      [66.25, 67.5, 4, 0],
      [4855 / 96, undefined, 5, 0],
      [21055 / 327, undefined, 9, 1],
    ]);
    expect(r.sets.map((s) => s.origin)).toEqual(['beräknad-medel', 'beräknad-medel', 'beräknad-viktad', 'beräknad-viktad']);
    expect(r.sets[3]!.weights).toBe('referens');
    expect(r.trend).toMatchObject({ changeLastYear: -5, changeSinceFirst: -30, firstYear: 2017 });
    // Score: 2·4 + 1 (below riket 2018 and 2019) + 2 (−5 points) + (69−40)/10 (liknande, the largest gap) = 13.9.
    expect(flagSummary(r)).toEqual([
      {
        kind: 'utvecklingsomrade',
        score: 13.9,
        sets: ['liknande', 'kommungrupp', 'lan', 'riket'],
        reason: 'Berga har 40 % och hör till den svagaste fjärdedelen av kommunerna (plats 9 av 9), under genomsnittet för liknande kommuner (69 %) och riket (64,4 %).',
      },
    ]);
    expect(names(r)).toEqual(['Dalby/liknande', 'Gullby/liknande', 'Hamra/liknande', 'Ängby/liknande', 'Ödeby/liknande', 'Ekeby/lan', 'Forsby/lan', 'Åsby/lan']);
    expect(r.distribution).toMatchObject({ q1: 55, median: 65, q3: 75 });
    // Riket's series with this year's members, weighted (thousands): 20 530/332, 20 350/332, 21 055/327.
    const riket = r.trend.sets!.find((s) => s.setId === 'riket')!;
    expect(riket.points.map((p) => Math.round(p.value! * 1000) / 1000)).toEqual([61.837, 61.295, 64.388]);
  });

  it('bg_y: means only, never a flag', () => {
    const r = res(berga, 'bg_y');
    expect([r.status, r.flags, r.position]).toEqual(['ingen', [], undefined]);
    // liknande 10, 20, 18, 6, 4 → 58/5; kommungrupp 12, 20, 18, 4 → 54/4 (unweighted); a rate per 10 000
    // invånare, so län and riket are weighted: län 12·60 + 10·12 + 14·8 + 8·9 + 16·7 = 1 136 / 96;
    // riket adds 20·55 + 18·120 + 6·6 + 4·50 + 2·5 = 4 642 / 332.
    expect(r.sets.map((s) => Math.round(s.value! * 1000) / 1000)).toEqual([11.6, 13.5, 11.833, 13.982]);
  });

  it('ranks development areas, strengths and data quality', () => {
    // an_x (13.9) now ranks above jn_a (13); gemensamt last.
    expect(berga.developmentAreas.map((d) => [d.indicatorId, d.flag.kind, d.flag.score])).toEqual([
      ['an_x', 'utvecklingsomrade', 13.9],
      ['jn_a', 'utvecklingsomrade', 13],
      ['jn_b', 'gemensamt', 2],
    ]);
    expect(berga.strengths).toEqual([]);
    expect(berga.dataQuality.map((d) => d.indicatorId)).toEqual(['jn_new']);
    expect(berga.method?.rules).toBe(RULES);
  });
});

describe('Gullby 2019', () => {
  it('jn_a: Ja, but half of liknande also Ja → no flag', () => {
    const r = res(gullby, 'jn_a');
    expect(r.status).toBe('bra');
    // liknande Berga N, Åsby J, Ekeby N, Hamra J, Karby "Ej svar" → 2 of 4; kommungrupp Berga N, Gullby J,
    // Hamra J, Ödeby J → 3 of 4; län Gullby J, Hamra J, Ängby N, Ödeby J, Karby "Ej svar" → 3 of 4; riket 6 of 9.
    // liknande's 50 % is not below the styrka threshold, so no flag.
    expect(setNumbers(r)).toEqual([
      [50, 4, 1, 2],
      [75, 4, 0, 3],
      [75, 4, 1, 3],
      [66.667, 9, 1, 6],
    ]);
    expect(r.flags).toEqual([]);
    expect(r.trend.sameAnswerRun).toBe(3);
  });

  it('jn_b: Ja where 0 of 5 liknande and 2 of 10 in riket → styrka', () => {
    const r = res(gullby, 'jn_b');
    // Only Gullby and Ängby answer Ja: kommungrupp 1 of 4 (Gullby), län 2 of 5, riket 2 of 10.
    expect(setNumbers(r)).toEqual([
      [0, 5, 0, 0],
      [25, 4, 0, 1],
      [40, 5, 0, 2],
      [20, 10, 0, 2],
    ]);
    // Score: 2·4 (all four below 50 %) + 1 (Ja 2018–2019) + 0 + min((50−0)/10, 5) = 14.
    expect(flagSummary(r)).toEqual([
      { kind: 'styrka', score: 14, sets: ['liknande', 'kommungrupp', 'lan', 'riket'], reason: 'Gullby svarar Ja, medan ingen av de 5 liknande kommunerna och bara 20 % av kommunerna i riket gör det.' },
    ]);
    expect(r.learnFrom).toEqual([]);
  });

  it('jn_new: Ja → Nej while no usable set reaches half → försämring only', () => {
    const r = res(gullby, 'jn_new');
    // liknande Berga "Ej svar", Åsby N, Ekeby N, Hamra J, Karby N → 1 of 4; kommungrupp Berga "Ej svar",
    // Gullby N, Hamra J, Ödeby N → 1 of 3; län Gullby N, Hamra J, Ängby N, Ödeby N, Karby N → 1 of 5;
    // riket Dalby, Forsby, Hamra J of 9 answered. No set reaches 50 %; riket's 33 % is above 25 %, so not gemensamt.
    expect(setNumbers(r)).toEqual([
      [25, 4, 1, 1],
      [33.333, 3, 1, 1],
      [20, 5, 0, 1],
      [33.333, 9, 1, 3],
    ]);
    // With no other flag, the reason gives this year's liknande and riket shares as context.
    expect(flagSummary(r)).toEqual([
      { kind: 'forsamring', score: 2, sets: [], reason: 'Gullby svarade Ja 2018 men svarar Nej 2019. I år svarar 1 av 4 liknande kommuner som har svarat (25 %, få svar) och 33 % av kommunerna i riket Ja.' },
    ]);
    expect(r.learnFrom).toEqual([{ code: '9202', name: 'Hamra', via: 'liknande', raw: 'Ja' }]);
  });

  it('an_x: 90 %, first of 9 → styrka', () => {
    const r = res(gullby, 'an_x');
    expect(r.position).toEqual({ rank: 1, tied: 1, of: 9, quartile: 1 });
    // liknande 40, 55, 80, 60 (Karby ".."): 235/4, median (55+60)/2; kommungrupp 40, 90, 60, 75: 265/4, median 67.5;
    // län weighted: 90·55 + 60·120 + 50·6 + 75·50 (Karby "..") = 16 200 / 231; riket 21 055 / 327.
    expect(r.sets.map((s) => [Math.round(s.value! * 1000) / 1000, s.median, s.nAnswered, s.nMissing])).toEqual([
      [58.75, 57.5, 4, 1],
      [66.25, 67.5, 4, 0],
      [70.13, undefined, 4, 1],
      [64.388, undefined, 9, 1],
    ]);
    // Score: 2·4 + 2 (above riket 61.8, 61.3, 64.4 in 2017–2019) + 2 (+5 points) + (90 − 58.75)/10 = 15.125 → 15.13.
    expect(flagSummary(r)).toEqual([
      {
        kind: 'styrka',
        score: 15.13,
        sets: ['liknande', 'kommungrupp', 'lan', 'riket'],
        reason: 'Gullby har 90 % och hör till den bästa fjärdedelen av kommunerna (plats 1 av 9), över genomsnittet för liknande kommuner (58,8 %, få svar) och riket (64,4 %).',
      },
    ]);
  });

  it('ranks', () => {
    expect(gullby.developmentAreas.map((d) => [d.indicatorId, d.flag.kind, d.flag.score])).toEqual([['jn_new', 'forsamring', 2]]);
    expect(gullby.strengths.map((d) => [d.indicatorId, d.flag.score])).toEqual([
      ['an_x', 15.13],
      ['jn_b', 14],
    ]);
    expect(gullby.dataQuality).toEqual([]);
  });
});

describe('a stadsdel', () => {
  it('Hamra Norr: the other stadsdelar have too few answers; liknande, län and riket lag', () => {
    const a = analyzeUnit(smallData(), ref, '9202-norr', { rules: RULES });
    expect(a.sets.map((s) => s.id)).toEqual(['stadsdelar', 'liknande', 'lan', 'riket']);
    expect(a.context).toEqual({ lanName: 'Beta län', liknande: { title: 'Liknande kommuner LSS, Hamra, 2021', year: 2021 } });
    const r = res(a, 'jn_a');
    // stadsdelar Söder J, Väster J (Norr left out); liknande (Hamra's) Berga N, Gullby J, Ängby N, Ödeby J,
    // Karby "Ej svar"; Beta län includes Hamra (J): Gullby J, Hamra J, Ängby N, Ödeby J, Karby "Ej svar";
    // riket all ten kommuner, 6 Ja of 9 answered. The stadsdel itself is in neither län nor riket.
    expect(a.sets.find((s) => s.id === 'lan')!.members).toEqual(['9201', '9202', '9203', '9204', '9205']);
    expect(a.sets.find((s) => s.id === 'riket')!.members).toHaveLength(10);
    expect(setNumbers(r)).toEqual([
      [100, 2, 0, 2],
      [50, 4, 1, 2],
      [75, 4, 1, 3],
      [66.667, 9, 1, 6],
    ]);
    expect(plain(r.flags[0]!.reason)).toBe(
      'Hamra Norr svarar Nej, medan 2 av 4 liknande kommuner som har svarat (50 %, få svar), 75 % av kommunerna i Beta län (få svar) och 67 % av kommunerna i riket svarar Ja.',
    );
    expect(names(r)).toEqual(['Hamra Söder/stadsdelar', 'Hamra Väster/stadsdelar', 'Gullby/liknande', 'Ödeby/liknande', 'Hamra/lan']);
  });
});

function shuffled(data: DataSet, seed: number): DataSet {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const shuffle = <T>(xs: T[]): T[] => xs.map((x) => [rnd(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  return { ...data, units: new Map(shuffle([...data.units])), values: new Map(shuffle([...data.values])), years: shuffle([...data.years]) };
}

describe('default sets, --jamforelse order and --grupper groups', () => {
  it('Berga by default: liknande, län, riket; the same set values, scores from three sets', () => {
    const a = analyzeUnit(smallData(), ref, '9101', { rules: RULES });
    expect(a.sets.map((s) => `${s.id}:${s.members.length}`)).toEqual(['liknande:5', 'lan:5', 'riket:10']);
    const r = res(a, 'jn_a');
    expect(setNumbers(r)).toEqual([
      [80, 5, 0, 4],
      [60, 5, 0, 3],
      [66.667, 9, 1, 6],
    ]);
    // Score: 2·3 sets + 0 + 2 (Ja→Nej) + min((80−50)/10, 5) = 11.
    expect(flagSummary(r)[0]).toEqual({
      kind: 'utvecklingsomrade',
      score: 11,
      sets: ['liknande', 'lan', 'riket'],
      reason: 'Berga svarar Nej, medan 4 av 5 liknande kommuner (80 %), 60 % av kommunerna i Alfa län och 67 % av kommunerna i riket svarar Ja.',
    });
    // an_x: 2·3 + 1 + 2 + 2.9 = 11.9; jn_a 11; jn_b gemensamt 2.
    expect(a.developmentAreas.map((d) => [d.indicatorId, d.flag.score])).toEqual([
      ['an_x', 11.9],
      ['jn_a', 11],
      ['jn_b', 2],
    ]);
    // Context still names the kommungrupp (step 2 structure) even when it is not a comparison set.
    expect(a.context.kommungrupp).toEqual({ code: 'B3', name: 'Större stad', edition: 2017 });
  });

  it('--jamforelse kommungrupp,riket: only those, in that order', () => {
    const a = analyzeUnit(smallData(), ref, '9101', { rules: RULES, sets: ['kommungrupp', 'riket'] });
    expect(a.sets.map((s) => s.id)).toEqual(['kommungrupp', 'riket']);
    expect(res(a, 'jn_a').sets.map((s) => s.setId)).toEqual(['kommungrupp', 'riket']);
    // jn_a: kommungrupp 3 of 4 (75 %), riket 6 of 9 → 2·2 + 2 + (75−50)/10 = 8.5.
    expect(res(a, 'jn_a').flags[0]).toMatchObject({ kind: 'utvecklingsomrade', score: 8.5, sets: ['kommungrupp', 'riket'] });
    const b = analyzeUnit(smallData(), ref, '9101', { rules: RULES, sets: ['riket', 'lan', 'liknande'] });
    expect(b.sets.map((s) => s.id)).toEqual(['riket', 'lan', 'liknande']);
  });

  it('a named group from --grupper is a set of kind egen, counted in the reason and used to learn from', () => {
    // Nätverket: Dalby, Ängby, Karby (Berga itself left out). jn_a 2019: Dalby J, Ängby N, Karby "Ej svar" → 1 of 2,
    // too few answers (minAnswers 3) to count; an_x: 70, 50, Karby ".." → mean 60 of 2.
    const groups = [{ name: 'Nätverket', members: ['9101', '9102', '9203', '9205'] }];
    const a = analyzeUnit(smallData(), ref, '9101', { rules: RULES, groups });
    expect(a.sets.map((s) => s.id)).toEqual(['liknande', 'lan', 'riket', 'egen:Nätverket']);
    expect(a.sets[3]).toMatchObject({ kind: 'egen', label: 'Nätverket', description: 'Nätverket: Dalby, Karby, Ängby', members: ['9102', '9203', '9205'] });
    expect(res(a, 'jn_a').sets[3]).toEqual({ setId: 'egen:Nätverket', value: 50, nAnswered: 2, nMissing: 1, nJa: 1, origin: 'beräknad-andel', fewAnswers: true });
    expect(res(a, 'jn_a').flags[0]!.sets).toEqual(['liknande', 'lan', 'riket']);
    expect(res(a, 'an_x').sets[3]).toMatchObject({ value: 60, median: 60, nAnswered: 2, nMissing: 1 });
    // With two answers enough, the group lags too and is named in the reason (1 of 2 → 50 %).
    const two = analyzeUnit(smallData(), ref, '9101', { rules: { ...RULES, minAnswers: 2 }, groups });
    expect(plain(res(two, 'jn_a').flags[0]!.reason)).toBe(
      'Berga svarar Nej, medan 4 av 5 liknande kommuner (80 %), 60 % av kommunerna i Alfa län, 67 % av kommunerna i riket och 1 av 2 kommuner i Nätverket som har svarat (50 %, få svar) svarar Ja.',
    );
    // Who to learn from: liknande first, then the group (Dalby is already listed), then the län.
    expect(names(res(two, 'jn_a'))).toEqual(['Dalby/liknande', 'Gullby/liknande', 'Hamra/liknande', 'Ödeby/liknande', 'Forsby/lan', 'Åsby/lan']);
    expect(names(res(two, 'an_x'))).toEqual(['Dalby/liknande', 'Gullby/liknande', 'Hamra/liknande', 'Ängby/liknande', 'Ödeby/liknande', 'Ekeby/lan', 'Forsby/lan', 'Åsby/lan']);
  });
});

describe('determinism and options', () => {
  it('does not depend on the order of units, values or years in the data', () => {
    for (const seed of [1, 2, 3]) {
      for (const code of ['9101', '9201']) {
        const opts = { rules: RULES, sets: [...ALL, '9105'], groups: [{ name: 'Nätverket', members: ['9203', '9102', '9205'] }] };
        expect(analyzeUnit(shuffled(smallData(), seed), ref, code, opts)).toEqual(analyzeUnit(smallData(), ref, code, opts));
      }
    }
  });

  it('analyses an earlier year and a chosen list of sets', () => {
    const a = analyzeUnit(smallData(), ref, '9101', { rules: RULES, year: 2018, sets: ['riket', '9203', '9204'] });
    expect(a.year).toBe(2018);
    expect(a.sets.map((s) => s.id)).toEqual(['riket', 'egen']);
    expect(res(a, 'jn_a').trend.points.map((p) => p.year)).toEqual([2017, 2018]);
    expect(() => analyzeUnit(smallData(), ref, '9101', { rules: RULES, year: 2020 })).toThrow(/Året 2020 finns inte i underlaget/);
  });

  it('reports the bundled rules (data/regler.json) it was given', () => {
    expect(analyzeUnit(smallData(), ref, '9101', { rules: cachedRules() }).method?.rules.minAnswers).toBe(3);
  });
});

describe('real reference data', () => {
  it('Uppsala 2019: 2021 liknande vintage with 7 members, kommungrupp 2017, all 290 kommuner in riket', () => {
    const real = loadReference();
    const riketRow: Value = { unit: '00', indicator: 'jn_a', year: 2019, value: 99, raw: '99' };
    const d = makeDataSet(smallUnits(ref).filter((u) => u.kind === 'riket'), [riketRow], INDICATORS, [2019]);
    const a = analyzeUnit(d, real, '0380', { rules: RULES, sets: ALL });
    expect(a.context).toEqual({
      lanName: 'Uppsala län',
      liknande: { title: 'Liknande kommuner LSS, Uppsala, 2021', year: 2021 },
      kommungrupp: { code: 'B3', name: 'Större stad', edition: 2017 },
      // No Invånare in the data: the reference figure, with its date.
      population: { value: 214559, source: 'referens', year: 2016, date: '2016-12-31' },
    });
    const bySet = Object.fromEntries(a.sets.map((s) => [s.id, s.members.length]));
    // Uppsala län has 8 kommuner and riket 290, Uppsala included; liknande leaves Uppsala out.
    expect(bySet).toMatchObject({ liknande: 7, lan: 8, riket: 290 });
    expect(a.sets.find((s) => s.id === 'liknande')!.members).not.toContain('0380');
    expect(a.sets.find((s) => s.id === 'riket')!.members).toContain('0380');
    expect(a.sets.find((s) => s.id === 'kommungrupp')!.label).toBe('Kommungrupp B3 Större stad');
    // Only the published riket row exists: it is used, with no n.
    expect(res(a, 'jn_a').sets.find((s) => s.setId === 'riket')).toEqual({ setId: 'riket', value: 99, nAnswered: 0, nMissing: 290, origin: 'publicerad' });
  });
});
