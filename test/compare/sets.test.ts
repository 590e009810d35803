import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSets, resolveUnit } from '../../src/compare/sets.ts';
import { populationLookup } from '../../src/compare/population.ts';
import { setValue } from '../../src/compare/values.ts';
import { OjError } from '../../src/errors.ts';
import type { ComparisonSet } from '../../src/model/analysis.ts';
import { valuesReplaced, type Unit, type Value } from '../../src/model/types.ts';
import { loadReference } from '../../src/reference/load.ts';
import { INDICATORS, K, makeDataSet, smallData, smallReference, smallUnits } from '../fixtures/small.ts';

const ref = smallReference();
const data = smallData();
const ind = (id: string) => INDICATORS.find((i) => i.id === id)!;
const ALL = ['liknande', 'kommungrupp', 'lan', 'riket'];
const sets = (code: string, opts: Parameters<typeof buildSets>[4] = { sets: ALL }) => buildSets(data, ref, resolveUnit(data, ref, code), 2019, opts);
const byId = (s: ComparisonSet[], id: string) => s.find((x) => x.id === id)!;

describe('comparison sets', () => {
  it('defaults to liknande, län and riket; kommungrupp only when asked for', () => {
    expect(sets('9101', {}).map((x) => x.id)).toEqual(['liknande', 'lan', 'riket']);
    expect(sets('9202-norr', {}).map((x) => x.id)).toEqual(['stadsdelar', 'liknande', 'lan', 'riket']);
    expect(sets('9101', { sets: ['kommungrupp', 'riket'] }).map((x) => x.id)).toEqual(['kommungrupp', 'riket']);
    // A stadsdel is always compared with its city's other stadsdelar, first.
    expect(sets('9202-norr', { sets: ['kommungrupp', 'riket'] }).map((x) => x.id)).toEqual(['stadsdelar', 'kommungrupp', 'riket']);
  });

  it('adds named groups as sets of kind egen after the asked-for sets, in file order, without the unit', () => {
    const groups = [
      { name: 'Nätverket Norr', members: ['9101', '9203', '9205'] },
      { name: 'Alfa-grannar', members: ['9102', '9103'] },
    ];
    const s = sets('9101', { sets: ['riket', '9204'], groups });
    expect(s.map((x) => x.id)).toEqual(['riket', 'egen', 'egen:Nätverket Norr', 'egen:Alfa-grannar']);
    expect(byId(s, 'egen:Nätverket Norr')).toEqual({ id: 'egen:Nätverket Norr', kind: 'egen', label: 'Nätverket Norr', description: 'Nätverket Norr: Karby, Ängby', members: ['9203', '9205'] });
    expect(sets('9101', { groups: [groups[1]!] }).map((x) => x.id)).toEqual(['liknande', 'lan', 'riket', 'egen:Alfa-grannar']);
    expect(() => sets('9101', { groups: [{ name: 'X', members: ['9101', '1234'] }] })).toThrow(/Jämförelsegruppen "X" har okända kommunkoder: 1234/);
  });

  it('gives Berga liknande (2021 vintage) without Berga, and kommungrupp, län and riket with Berga', () => {
    const s = sets('9101');
    expect(s.map((x) => x.id)).toEqual(['liknande', 'kommungrupp', 'lan', 'riket']);
    expect(byId(s, 'liknande')).toMatchObject({
      kind: 'liknande',
      label: 'Liknande kommuner LSS',
      description: 'Liknande kommuner LSS, Berga, 2021 (Kolada)',
      members: ['9102', '9201', '9202', '9203', '9204'],
    });
    // Totals: B3 2017 = Berga, Gullby, Hamra, Ödeby; Alfa län = 9101–9105; riket = all ten.
    expect(byId(s, 'kommungrupp')).toMatchObject({ label: 'Kommungrupp B3 Större stad', description: 'SKR:s kommungrupp B3 Större stad, indelning 2017', members: ['9101', '9201', '9202', '9204'] });
    expect(byId(s, 'lan')).toMatchObject({ label: 'Alfa län', members: ['9101', '9102', '9103', '9104', '9105'], publishedCode: '91' });
    expect(byId(s, 'riket')).toMatchObject({ label: 'Riket', members: [...K], publishedCode: '00' });
  });

  it('gives Gullby its own groups', () => {
    const s = sets('9201');
    expect(byId(s, 'liknande').members).toEqual(['9101', '9103', '9104', '9202', '9205']);
    expect(byId(s, 'kommungrupp').members).toEqual(['9101', '9201', '9202', '9204']);
    expect(byId(s, 'lan')).toMatchObject({ label: 'Beta län', members: ['9201', '9202', '9203', '9204', '9205'] });
  });

  it('uses the 2024 vintage and kommungrupp edition for 2024 data', () => {
    const d = makeDataSet(smallUnits(), [], INDICATORS, [2024]);
    const s = buildSets(d, ref, resolveUnit(d, ref, '9101'), 2024, { sets: ALL });
    expect(byId(s, 'liknande').description).toBe('Liknande kommuner LSS, Berga, 2024 (Kolada)');
    expect(byId(s, 'liknande').members).toEqual(['9202', '9203', '9205']);
    expect(byId(s, 'kommungrupp').description).toBe('SKR:s kommungrupp B3 Större stad, indelning 2023');
  });

  it('compares a stadsdel with the other stadsdelar of the year, the city’s liknande, the län and riket', () => {
    const s = sets('9202-norr', {});
    expect(s.map((x) => x.id)).toEqual(['stadsdelar', 'liknande', 'lan', 'riket']);
    expect(byId(s, 'stadsdelar')).toMatchObject({ label: 'Stadsdelsområden i Hamra', description: 'Övriga stadsdelsområden i Hamra 2019', members: ['9202-soder', '9202-vaster'] });
    expect(byId(s, 'liknande').members).toEqual(['9101', '9201', '9203', '9204', '9205']);
    // Län and riket are kommuner: Hamra (the city) is in them, the stadsdel never is.
    expect(byId(s, 'lan').members).toEqual(['9201', '9202', '9203', '9204', '9205']);
    expect(byId(s, 'riket').members).toEqual([...K]);
  });

  it('orders sets as asked and makes kommunkoder one user set', () => {
    const s = sets('9101', { sets: ['riket', '9203', 'liknande', '9101', '9205', 'stadsdelar'] });
    expect(s.map((x) => x.id)).toEqual(['riket', 'egen', 'liknande']);
    expect(byId(s, 'egen')).toMatchObject({ kind: 'egen', label: 'Egen jämförelsegrupp', description: 'Egen jämförelsegrupp: Karby, Ängby', members: ['9203', '9205'] });
    expect(sets('9101', { sets: ['9203'], egenLabel: 'Nätverket' })[0]!.label).toBe('Nätverket');
  });

  it('rejects an unknown set id and an unknown unit with a Swedish message', () => {
    expect(() => sets('9101', { sets: ['grannar'] })).toThrow(/Okänd jämförelsegrupp eller kommunkod: "grannar"/);
    expect(() => resolveUnit(data, ref, '9999')).toThrow(OjError);
    expect(() => resolveUnit(data, ref, '00')).toThrow(/kommun eller stadsdel/);
  });

  it('leaves the unit out of liknande, stadsdelar and the user set, and puts its kommun in län, kommungrupp and riket', () => {
    const codes = [...K, '9202-norr', '9202-soder'];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.subarray([...K]), (code, egen) => {
        const kommun = code.startsWith('9202-') ? '9202' : code;
        for (const set of sets(code, { sets: ['stadsdelar', 'liknande', 'kommungrupp', 'lan', 'riket', ...egen] })) {
          if (set.kind === 'lan' || set.kind === 'kommungrupp' || set.kind === 'riket') {
            expect(set.members).toContain(kommun);
            // Members are kommuner only: a stadsdel is never one.
            expect(set.members.every((m) => ref.kommuner.has(m))).toBe(true);
          } else {
            expect(set.members).not.toContain(code);
          }
          expect(set.members).toEqual([...set.members].sort());
        }
      }),
    );
  });

  it('sorts län, kommungrupp and riket members whatever the order of the reference', () => {
    const reversed = { ...ref, kommuner: new Map([...ref.kommuner].reverse()) };
    const s = buildSets(data, reversed, resolveUnit(data, reversed, '9201'), 2019, { sets: ALL });
    expect(byId(s, 'kommungrupp').members).toEqual(['9101', '9201', '9202', '9204']);
    expect(byId(s, 'lan').members).toEqual(['9201', '9202', '9203', '9204', '9205']);
    expect(byId(s, 'riket').members).toEqual([...K]);
  });
});

describe('set values', () => {
  const berga = sets('9101');
  const val = (setId: string, indicator: string, s = berga) => setValue(data, byId(s, setId), ind(indicator), 2019, populationLookup(data, ref));

  it('ja/nej: share Ja among members that answered, with nJa and n', () => {
    // jn_a 2019 riket (Berga included, answers Nej): 6 Ja (Dalby, Åsby, Forsby, Gullby, Hamra, Ödeby) of 9 answered,
    // Karby "Ej svar" → 600/9 %.
    expect(val('riket', 'jn_a')).toEqual({ setId: 'riket', value: 600 / 9, nJa: 6, nAnswered: 9, nMissing: 1, origin: 'beräknad-andel' });
    // liknande (Berga left out): Dalby J, Gullby J, Hamra J, Ängby N, Ödeby J → 4 of 5.
    expect(val('liknande', 'jn_a')).toEqual({ setId: 'liknande', value: 80, nJa: 4, nAnswered: 5, nMissing: 0, origin: 'beräknad-andel' });
    // jn_b kommungrupp B3: Berga N, Gullby J, Hamra N, Ödeby N → 1 of 4 = 25 %.
    expect(val('kommungrupp', 'jn_b')).toMatchObject({ value: 25, nJa: 1, nAnswered: 4 });
    // jn_b Alfa län: all five (Berga included) Nej.
    expect(val('lan', 'jn_b')).toMatchObject({ value: 0, nJa: 0, nAnswered: 5 });
  });

  it('andel and bakgrund in liknande kommuner: unweighted mean (with median for andel)', () => {
    // an_x 2019 liknande: 70, 90, 60, 50, 75.
    expect(val('liknande', 'an_x')).toEqual({ setId: 'liknande', value: 69, median: 70, nAnswered: 5, nMissing: 0, origin: 'beräknad-medel' });
    // bg_y 2019 liknande: 10, 20, 18, 6, 4.
    expect(val('liknande', 'bg_y')).toEqual({ setId: 'liknande', value: 11.6, nAnswered: 5, nMissing: 0, origin: 'beräknad-medel' });
  });

  it('counts members without a row, and an indicator not measured this year, as missing', () => {
    const d = makeDataSet(smallUnits(), smallValues2019Without('9202'));
    const s = buildSets(d, ref, resolveUnit(d, ref, '9101'), 2019);
    expect(setValue(d, byId(s, 'liknande'), ind('jn_a'), 2019, populationLookup(d, ref))).toMatchObject({ value: 75, nJa: 3, nAnswered: 4, nMissing: 1 });
    expect(val('liknande', 'jn_c')).toMatchObject({ value: null, nAnswered: 0, nMissing: 5 });
  });

  it('keeps nAnswered + nMissing = members for every set, indicator and year', () => {
    for (const code of K) {
      for (const set of sets(code, { sets: ['liknande', 'kommungrupp', 'lan', 'riket', '9101', '9205'] })) {
        for (const i of INDICATORS) {
          for (const y of [2017, 2018, 2019]) {
            const v = setValue(data, set, i, y, populationLookup(data, ref));
            expect(v.nAnswered + v.nMissing).toBe(set.members.length);
          }
        }
      }
    }
  });

  it('falls back to the published län/riket row when no member has a value', () => {
    const rows: Value[] = [
      { unit: '91', indicator: 'jn_a', year: 2019, value: 60, raw: '60' },
      { unit: '00', indicator: 'jn_a', year: 2019, value: 62, raw: '62' },
      { unit: '00', indicator: 'an_x', year: 2019, value: 58.5, raw: '58,5' },
    ];
    const d = makeDataSet(smallUnits(), rows);
    const s = buildSets(d, ref, resolveUnit(d, ref, '9101'), 2019);
    // All five kommuner of Alfa län and all ten of riket lack a row.
    expect(setValue(d, byId(s, 'lan'), ind('jn_a'), 2019, populationLookup(d, ref))).toEqual({ setId: 'lan', value: 60, nAnswered: 0, nMissing: 5, origin: 'publicerad' });
    expect(setValue(d, byId(s, 'riket'), ind('jn_a'), 2019, populationLookup(d, ref))).toEqual({ setId: 'riket', value: 62, nAnswered: 0, nMissing: 10, origin: 'publicerad' });
    expect(setValue(d, byId(s, 'riket'), ind('an_x'), 2019, populationLookup(d, ref))).toMatchObject({ value: 58.5, origin: 'publicerad' });
    expect(setValue(d, byId(s, 'liknande'), ind('jn_a'), 2019, populationLookup(d, ref))).toMatchObject({ value: null, origin: 'beräknad-andel' });
  });
});

function smallValues2019Without(code: string): Value[] {
  return [...smallData().values.values()].filter((v) => v.unit !== code);
}

describe('real reference data', () => {
  const real = loadReference();
  const units: Unit[] = [{ code: '0380', name: 'Uppsala', kind: 'kommun', lanCode: '03' }];
  const d = makeDataSet(units, [], INDICATORS, [2019]);

  it('gives Uppsala 2019 the 2021 liknande vintage without Uppsala, and the 2017 kommungrupp, län and riket with it', () => {
    const s = buildSets(d, real, resolveUnit(d, real, '0380'), 2019, { sets: ALL });
    const lik = byId(s, 'liknande');
    expect(lik.description).toBe('Liknande kommuner LSS, Uppsala, 2021 (Kolada)');
    expect(lik.members).toEqual(['0580', '0680', '1280', '1281', '1283', '1490', '1980']);
    expect(lik.members).not.toContain('0380');
    const kg = byId(s, 'kommungrupp');
    expect(kg.label).toBe('Kommungrupp B3 Större stad');
    expect(kg.description).toContain('indelning 2017');
    const b3 = [...real.kommuner.values()].filter((k) => k.grupp2017 === 'B3').map((k) => k.code).sort();
    expect(b3).toContain('0380');
    expect(kg.members).toEqual(b3);
    expect(byId(s, 'lan')).toMatchObject({ label: 'Uppsala län' });
    // Håbo, Älvkarleby, Knivsta, Heby, Tierp, Uppsala, Enköping, Östhammar.
    expect(byId(s, 'lan').members).toEqual(['0305', '0319', '0330', '0331', '0360', '0380', '0381', '0382']);
    // 290 kommuner in riket, Uppsala among them.
    expect(real.kommuner.size).toBe(290);
    expect(byId(s, 'riket').members).toHaveLength(290);
    expect(byId(s, 'riket').members).toContain('0380');
    expect(new Set(byId(s, 'riket').members).size).toBe(290);
  });

  it('compares a Stockholm stadsdel 2019 with the other 13 stadsdelsområden and all 290 kommuner', () => {
    const s = buildSets(d, real, resolveUnit(d, real, '0180-bromma'), 2019);
    expect(byId(s, 'stadsdelar').members).toHaveLength(13);
    expect(byId(s, 'stadsdelar').label).toBe('Stadsdelsområden i Stockholm');
    expect(byId(s, 'liknande').description).toBe('Liknande kommuner LSS, Stockholm, 2021 (Kolada)');
    expect(byId(s, 'lan').label).toBe('Stockholms län');
    expect(byId(s, 'riket').members).toHaveLength(290);
  });
});

describe('set values shared across units (riket, län, kommungrupp computed once per data set)', () => {
  const lan = (code: string) => byId(sets(code), 'lan');
  const pop = populationLookup(data, ref);

  it('gives two län with the same set id their own values', () => {
    // jn_b 2019: all of Alfa län answer Nej (0 %); Beta län is computed from its own five members.
    const alfa = setValue(data, lan('9101'), ind('jn_b'), 2019, pop);
    const beta = setValue(data, lan('9201'), ind('jn_b'), 2019, pop);
    expect(alfa).toMatchObject({ setId: 'lan', value: 0, nAnswered: 5 });
    expect(beta.value).not.toBe(alfa.value);
    expect(setValue(data, lan('9102'), ind('jn_b'), 2019, pop)).toEqual(alfa);
  });

  it('hands out a copy each time, so a caller changing its value cannot change the next report', () => {
    const first = setValue(data, lan('9101'), ind('jn_a'), 2019, pop);
    const expected = { ...first };
    first.value = -1;
    expect(setValue(data, lan('9103'), ind('jn_a'), 2019, pop)).toEqual(expected);
  });

  it('recomputes after the data got more values', () => {
    const d = makeDataSet(smallUnits(), smallValues2019Without('9202'));
    const s = () => buildSets(d, ref, resolveUnit(d, ref, '9201'), 2019);
    const before = setValue(d, byId(s(), 'lan'), ind('jn_a'), 2019, populationLookup(d, ref));
    for (const v of data.values.values()) if (v.unit === '9202' && v.year === 2019) d.values.set(`${v.year}|${v.indicator}|${v.unit}`, v);
    const after = setValue(d, byId(s(), 'lan'), ind('jn_a'), 2019, populationLookup(d, ref));
    expect(after.nAnswered).toBe(before.nAnswered + 1);
  });
});

describe('set values after a value was replaced under its key (a later file overriding an earlier one)', () => {
  it('recomputes once the replacement is reported, though the map kept its size', () => {
    const d = makeDataSet(smallUnits(), [...data.values.values()]);
    const pop = populationLookup(d, ref);
    const lanOf = () => byId(buildSets(d, ref, resolveUnit(d, ref, '9201'), 2019), 'lan');
    const before = setValue(d, lanOf(), ind('jn_a'), 2019, pop);
    const key = '2019|jn_a|9202';
    const old = d.values.get(key)!;
    const size = d.values.size;
    d.values.set(key, { ...old, value: old.value === 1 ? 0 : 1, raw: old.value === 1 ? 'Nej' : 'Ja' });
    valuesReplaced(d.values);
    expect(d.values.size).toBe(size);
    const after = setValue(d, lanOf(), ind('jn_a'), 2019, pop);
    // One member's answer flipped: the län's number of Ja moves by one, in the direction of the flip.
    expect(after.nJa! - before.nJa!).toBe(old.value === 1 ? -1 : 1);
  });
});
