// A Kolada cache gets the same range and year checks as Excel and CSV: nothing out of range reaches a report.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OjError } from '../../../src/errors.ts';
import { writeCacheEntry } from '../../../src/load/kolada/cache.ts';
import { loadInput } from '../../../src/load/input.ts';

/** A cache folder holding one response with the given points. */
function cache(points: { kpi: string; municipality: string; period: number; value: number }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ojr-kolada-check-'));
  const base = [
    { kpi: 'U33620', municipality: '0380', period: 2019, value: 1 },
    { kpi: 'U28143', municipality: '0380', period: 2019, value: 45.5 },
  ];
  const values = [...base, ...points].map((p) => ({ kpi: p.kpi, municipality: p.municipality, period: p.period, values: [{ gender: 'T', value: p.value }] }));
  writeCacheEntry(dir, { url: 'https://api.kolada.se/v2/data/test', fetched: '2026-11-23T10:00:00Z', response: { values } });
  return dir;
}

async function refused(dir: string): Promise<string> {
  const err = await loadInput({ data: [dir] }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(OjError);
  return (err as OjError).message;
}

describe('Kolada cache checks', () => {
  it('a plausible cache still loads', async () => {
    const { data } = await loadInput({ data: [cache([])] });
    expect(data.years).toEqual([2019]);
  });

  it('refuses a share over 100 %, a huge number, a ja/nej value other than 0/1, and a future year, naming KPI, kommun and year', async () => {
    const share = await refused(cache([{ kpi: 'U28143', municipality: '0114', period: 2019, value: 150 }]));
    expect(share).toMatch(/^Kolada-cachen ojr-kolada-check-\w+: U28143 \(genomforandeplan_dv\) för Upplands Väsby \(0114\) 2019: värdet 150 är orimligt \(väntat en andel mellan 0 och 100\)\.$/);
    expect(await refused(cache([{ kpi: 'U28143', municipality: '0114', period: 2019, value: 1e308 }]))).toContain('värdet 1e+308 är orimligt');
    expect(await refused(cache([{ kpi: 'U33620', municipality: '0114', period: 2019, value: 7 }])))
      .toContain('U33620 (enskildas_uppf_myndighet) för Upplands Väsby (0114) 2019: värdet 7 är orimligt (väntat 1 för Ja eller 0 för Nej).');
    expect(await refused(cache([{ kpi: 'U33620', municipality: '0114', period: 2019, value: 0.5 }]))).toContain('värdet 0.5 är orimligt');
    expect(await refused(cache([{ kpi: 'U28143', municipality: '0114', period: 2031, value: 50 }])))
      .toContain('U28143 (genomforandeplan_dv) för Upplands Väsby (0114): året 2031 ligger i framtiden');
  });
});
