// --grupper files and --jamforelse lists, read against the real reference data.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGroups } from '../../src/compare/groups.ts';
import { resolveSetList, splitSetList } from '../../src/compare/request.ts';
import { OjError } from '../../src/errors.ts';
import { memoryLogger } from '../../src/log.ts';
import { loadReference } from '../../src/reference/load.ts';

const ref = loadReference();
const dir = mkdtempSync(join(tmpdir(), 'ojr-grupper-'));
const file = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const fail = (f: () => unknown): OjError => {
  try {
    f();
  } catch (e) {
    if (e instanceof OjError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('loadGroups', () => {
  it('reads named groups with kommunkoder and names (with or without å/ä/ö, "kommun")', () => {
    const f = file('ok.json', JSON.stringify({ grupper: [{ namn: 'Nätverket Mälardalen', kommuner: ['0380', 'Västerås', 'eskilstuna kommun', '1980'] }, { namn: 'Norr', kommuner: ['Pajala'] }] }, null, 2));
    const log = memoryLogger();
    expect(loadGroups(f, ref, log)).toEqual([
      { name: 'Nätverket Mälardalen', members: ['0380', '0484', '1980'] },
      { name: 'Norr', members: ['2521'] },
    ]);
    expect(log.lines).toEqual([]);
  });

  it('takes Habo as Habo (0643), not Håbo (0305)', () => {
    const f = file('habo.json', '{ "grupper": [{ "namn": "N", "kommuner": ["Habo", "Håbo"] }] }');
    expect(loadGroups(f, ref, memoryLogger())[0]!.members).toEqual(['0305', '0643']);
  });

  it('accepts a near miss with a warning naming what it was taken for', () => {
    const f = file('typo.json', '{ "grupper": [{ "namn": "N", "kommuner": ["Hudiksval"] }] }');
    const log = memoryLogger();
    expect(loadGroups(f, ref, log)[0]!.members).toEqual(['2184']);
    expect(log.lines[0]).toContain('Tolkar "Hudiksval" som Hudiksvall (2184)');
  });

  it('names every unknown kommun with its group and line', () => {
    const f = file('unknown.json', '{\n  "grupper": [\n    { "namn": "Nätverket", "kommuner": ["0380", "9999", "Qwxyzby"] }\n  ]\n}\n');
    const e = fail(() => loadGroups(f, ref, memoryLogger()));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain(`Gruppfilen ${f} har 2 okända kommuner`);
    expect(e.message).toContain('"9999" i gruppen "Nätverket" (rad 3)');
    expect(e.message).toContain('"Qwxyzby" i gruppen "Nätverket" (rad 3)');
  });

  it('names file, line and field for a wrong shape, and file, line and column for bad JSON', () => {
    const f1 = file('shape.json', '{\n  "grupper": [\n    { "namn": "A", "kommuner": [] }\n  ]\n}\n');
    expect(fail(() => loadGroups(f1, ref, memoryLogger())).message).toBe(`Gruppfilen ${f1}, rad 3: fältet grupper.0.kommuner får inte vara en tom lista.`);
    const f2 = file('key.json', '{ "grupper": [{ "namn": "A", "kommuner": ["0380"], "farg": "röd" }] }');
    expect(fail(() => loadGroups(f2, ref, memoryLogger())).message).toMatch(/Gruppfilen .*key\.json, rad 1: fältet grupper\.0 har okända fält: farg/);
    const f3 = file('type.json', '{ "grupper": { "namn": "A" } }');
    expect(fail(() => loadGroups(f3, ref, memoryLogger())).message).toMatch(/fältet grupper ska vara en lista/);
    const f4 = file('syntax.json', '{ "grupper": [ { "namn": "A", } ] }');
    expect(fail(() => loadGroups(f4, ref, memoryLogger())).message).toMatch(/^Gruppfilen .*syntax\.json kunde inte läsas som JSON: rad 1, kolumn \d+/);
    const f5 = file('dup.json', '{ "grupper": [{ "namn": "A", "kommuner": ["0380"] }, { "namn": "a", "kommuner": ["1980"] }] }');
    expect(fail(() => loadGroups(f5, ref, memoryLogger())).message).toMatch(/gruppnamnet "a" finns redan/);
    expect(fail(() => loadGroups(join(dir, 'saknas.json'), ref, memoryLogger())).message).toContain('saknas.json');
  });
});

describe('--jamforelse lists', () => {
  it('splits on commas and repeats, folds keywords and keeps the order', () => {
    expect(splitSetList(['kommungrupp,Riket', ' län ', '0380,,1980'])).toEqual(['kommungrupp', 'riket', 'lan', '0380', '1980']);
  });

  it('turns kommun names into codes and rejects unknown entries together', () => {
    expect(resolveSetList(['liknande', 'Västerås', '0380'], ref)).toEqual(['liknande', '1980', '0380']);
    const e = fail(() => resolveSetList(['grannar', '9999'], ref));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('Okänd jämförelsegrupp eller kommun efter --jamforelse: "grannar", "9999".');
  });
});
