// Theme 6: a year in the future, or no year anywhere.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.ts';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { assertPlausibleYear } from '../../src/load/year.ts';
import { HEADER, ojError, tempDir, workbook } from './helpers.ts';

const dir = tempDir('year');
const next = new Date().getFullYear() + 1;
const ROWS = [HEADER, ['0380', 'Uppsala', 'Ja', 40]];

describe('the year of a file', () => {
  it('refuses a year in the future from the file name, naming the file and what to do', async () => {
    const e = await ojError(loadDataSetWithReport([await workbook(dir, `oj-lss-${next}.xlsx`, ROWS)]));
    expect(e.message).toMatch(new RegExp(`Filen oj-lss-${next}\\.xlsx: året ${next} ligger i framtiden`));
    expect(e.hint).toMatch(/filnamnet.*--ar/);
  });

  it('refuses a future --ar as a usage error', async () => {
    const e = await ojError(loadDataSetWithReport([await workbook(dir, 'oj-lss-2019.xlsx', ROWS)], { year: next }));
    expect(e.message).toMatch(new RegExp(`--ar ${next}: året ${next} ligger i framtiden`));
    expect(e.exitCode).toBe(ExitCode.usage);
  });

  it('says to name the file with the year or use --ar when there is no year at all', async () => {
    const file = await workbook(dir, 'resultat.xlsx', ROWS);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(/Årtalet för resultat\.xlsx gick inte att avgöra/);
    expect(e.hint).toMatch(/Döp om filen så att året ingår.*--ar 2019/);
    // …and --ar then makes it readable.
    const { data } = await loadDataSetWithReport([file], { year: 2019 });
    expect(data.years).toEqual([2019]);
  });

  it('refuses a future year on a CSV line', async () => {
    const file = join(dir, 'framtid.csv');
    writeFileSync(file, `kommunkod;indikator;år;värde\n0380;ibic_utredning;2019;Ja\n0380;ibic_utredning;${next};Ja\n`);
    const e = await ojError(loadDataSetWithReport([file]));
    expect(e.message).toMatch(new RegExp(`framtid\\.csv, rad 3: året ${next} ligger i framtiden`));
  });

  it('accepts the current year and refuses years before 2000', () => {
    expect(() => assertPlausibleYear(2024, 'x', false, 2024)).not.toThrow();
    expect(() => assertPlausibleYear(1999, 'x', false, 2024)).toThrow(/orimligt/);
  });
});
