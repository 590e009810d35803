import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OjError } from '../../src/errors.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ojrapport-katalog-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function errorOf(text: string): OjError {
  const file = join(tmp, 'k.json');
  writeFileSync(file, text);
  try {
    loadCatalog(file);
  } catch (e) {
    if (e instanceof OjError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('indicator catalogue', () => {
  it('maps the Kolada KPIs that match clearly', () => {
    const kpi = Object.fromEntries(loadCatalog().filter((i) => i.koladaKpi).map((i) => [i.id, i.koladaKpi]));
    expect(kpi).toEqual({
      enskildas_uppf_myndighet: 'U33620', enskildas_uppf_utforare: 'U33621', genomforandeplan_bostad: 'U28129', genomforandeplan_dv: 'U28143',
      bm_daglig_verksamhet: 'N28819', bm_boende: 'N28820', bm_barn_lss: 'N28891', bm_invanare: 'N01951',
    });
  });

  it('adds user patterns to a known indicator and takes new complete indicators', () => {
    const file = join(tmp, 'ok.json');
    const ny = { id: 'ny_rutin', name: 'Ny rutin', shortName: 'Ny', omrade: 'Test', type: 'janej', direction: 'upp', description: '', years: [2020] };
    writeFileSync(file, JSON.stringify({ indikatorer: [{ id: 'sip_barn', patterns: { '2020': ['SIP barn'] } }, ny] }));
    const cat = loadCatalog(file);
    const sip = cat.find((i) => i.id === 'sip_barn')!;
    expect(sip.patterns!['2020']).toEqual(['SIP barn']);
    expect(sip.patterns!['*']!.length).toBeGreaterThan(1);
    expect(sip.name).toBe('Aktuell rutin för information om SIP (LSS barn)');
    expect(cat.find((i) => i.id === 'ny_rutin')).toMatchObject({ years: [2020] });
  });

  it('names file, line and field of an error', () => {
    const bad = '{\n  "indikatorer": [\n    {\n      "id": "sip_barn",\n      "type": "jaja"\n    }\n  ]\n}\n';
    const e1 = errorOf(bad);
    expect(e1.message).toMatch(/k\.json, rad 5, fältet indikatorer\.0\.type/);
    const e2 = errorOf('{\n  "indikatorer": [\n    { "id": "helt_ny", "name": "X" }\n  ]\n}\n');
    expect(e2.message).toMatch(/k\.json, rad 3, fältet indikatorer\.0\.shortName/);
    const e3 = errorOf('{\n  "indikatorer": [\n    { "id": "sip_barn", "patterns": { "*": ["/(oavslutad/"] } }\n  ]\n}\n');
    expect(e3.message).toMatch(/rad 3, fältet indikatorer\.0\.patterns\.\*\.0: ogiltigt reguljärt uttryck/);
    const e4 = errorOf('{\n  "indikatorer": [\n    { "id": "x", }\n  ]\n}\n');
    expect(e4.message).toMatch(/k\.json, rad 3, är inte giltig JSON/);
  });
});
