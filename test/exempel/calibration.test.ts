import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCalibration } from '../../src/exempel/calibration.ts';
import { writeExampleWorkbooks } from '../../src/exempel/write.ts';
import { loadDataSet, loadExampleData } from '../../src/load/dataset.ts';
import { getValue, type DataSet, type Value } from '../../src/model/types.ts';

let data: DataSet;
const targets = readCalibration();

beforeAll(async () => {
  data = await loadExampleData();
});

function kommunValues(d: DataSet, year: number, indicator: string): Value[] {
  return [...d.values.values()].filter((v) => v.year === year && v.indicator === indicator && d.units.get(v.unit)?.kind === 'kommun');
}

describe('calibration of the example data', () => {
  it('has a target for every ja/nej indicator and year, each with a source', () => {
    for (const ind of data.indicators.values()) {
      if (ind.type !== 'janej') continue;
      for (const year of ind.years.filter((y) => data.years.includes(y))) {
        const t = targets.find((x) => x.indikator === ind.id && x.ar === year);
        expect(t, `${ind.id} ${year}`).toBeDefined();
        expect(t!.kalla.length).toBeGreaterThan(10);
      }
    }
    expect(targets.filter((t) => t.typ === 'publicerad').map((t) => `${t.indikator} ${t.ar} ${t.andel_ja}`)).toContain('dv_rutin_arbete 2019 19');
  });

  it('hits every target within ±1 percentage point among the 290 kommuner that answered', () => {
    for (const t of targets) {
      const values = kommunValues(data, t.ar, t.indikator);
      expect(values).toHaveLength(290);
      const answered = values.filter((v) => v.value !== null);
      const share = (100 * answered.filter((v) => v.value === 1).length) / answered.length;
      expect(Math.abs(share - t.andel_ja), `${t.indikator} ${t.ar}: ${share}`).toBeLessThanOrEqual(1);
      expect(answered.length).toBeGreaterThan(270);
    }
  });

  it('publishes riket and län rows equal to the computed shares and means', () => {
    for (const year of data.years) {
      for (const ind of data.indicators.values()) {
        if (!ind.years.includes(year) || ind.type === 'bakgrund') continue;
        for (const code of ['00', '03', '25']) {
          const members = kommunValues(data, year, ind.id).filter((v) => code === '00' || data.units.get(v.unit)!.lanCode === code);
          const answered = members.filter((v) => v.value !== null).map((v) => v.value!);
          const mean = answered.reduce((a, b) => a + b, 0) / answered.length;
          const expected = ind.type === 'janej' ? Math.round(100 * mean) : Math.round(mean * 10) / 10;
          expect(getValue(data, year, ind.id, code)?.value, `${ind.id} ${year} ${code}`).toBeCloseTo(expected, 6);
        }
      }
    }
  });

  it('lets answers persist from year to year, with more improvements than declines', () => {
    let same = 0;
    let pairs = 0;
    let up = 0;
    let down = 0;
    for (const ind of data.indicators.values()) {
      if (ind.type !== 'janej') continue;
      for (const year of ind.years.slice(1)) {
        for (const now of kommunValues(data, year, ind.id)) {
          const before = getValue(data, year - 1, ind.id, now.unit);
          if (now.value === null || before?.value == null) continue;
          pairs++;
          if (now.value === before.value) same++;
          else if (now.value === 1) up++;
          else down++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(8000);
    expect(same / pairs).toBeGreaterThan(0.8);
    expect(up).toBeGreaterThan(down);
  });

  it('leaves about 2–3 % of kommun survey answers missing, and most gaps are answered the next year', () => {
    let cells = 0;
    let missing = 0;
    let gapThenGap = 0;
    let gapThenAnswer = 0;
    for (const ind of data.indicators.values()) {
      if (ind.type === 'bakgrund') continue;
      for (const year of ind.years) {
        for (const v of kommunValues(data, year, ind.id)) {
          cells++;
          if (v.value !== null) continue;
          missing++;
          const next = getValue(data, year + 1, ind.id, v.unit);
          if (next) next.value === null ? gapThenGap++ : gapThenAnswer++;
        }
      }
    }
    expect(missing / cells).toBeGreaterThan(0.015);
    expect(missing / cells).toBeLessThan(0.035);
    expect(gapThenAnswer).toBeGreaterThan(3 * gapThenGap);
  });
});

describe('determinism', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ojrapport-exempel-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('regenerates the committed workbooks exactly', async () => {
    const files = await writeExampleWorkbooks(tmp);
    const fresh = await loadDataSet(files);
    expect(fresh.sources.map((s) => s.sha256)).toEqual(data.sources.map((s) => s.sha256));
    expect(fresh.values.size).toBe(data.values.size);
    for (const [key, v] of data.values) expect(fresh.values.get(key), key).toEqual(v);
    expect([...fresh.units.keys()]).toEqual([...data.units.keys()]);
  });
});
