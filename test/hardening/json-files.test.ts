// Theme 7: --katalog and --regler files with JSON syntax errors (line and column) or schema errors (field and line).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/assess/rules.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { parseJson } from '../../src/load/jsonpos.ts';
import { ojError, tempDir } from './helpers.ts';

const dir = tempDir('json');
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('JSON syntax errors', () => {
  it('gives line, column and a Swedish reason', () => {
    const cases: [string, number, number, RegExp][] = [
      ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /kommatecken \(,\) eller } saknas/],
      ['{\n  "a": [1, 2,]\n}', 2, 14, /kommatecken före \]/],
      ['{\n  "a": 1,\n}', 3, 1, /kommatecken före }/],
      ["{ 'a': 1 }", 1, 3, /dubbla citattecken/],
      ['{ "a": tru }', 1, 8, /oväntat tecken "t"/],
      ['{ "a": "öppen\n}', 1, 14, /radbrytning.*inuti en sträng/],
      ['{ "a": 1 ', 1, 10, /filen tar slut/],
      ['', 1, 1, /filen är tom/],
      ['{} x', 1, 4, /text efter/],
    ];
    for (const [text, line, column, reason] of cases) {
      const r = parseJson(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect([r.line, r.column, r.reason], text).toEqual([line, column, expect.stringMatching(reason)]);
    }
  });

  it('agrees with JSON.parse on random text (fixed seed)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((j) => j.slice(0, -1)), fc.json().map((j) => `${j},`)), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const r = parseJson(text);
        expect(r.ok).toBe(valid);
        if (!r.ok) expect(r.line).toBeGreaterThanOrEqual(1);
      }),
      { seed: 8, numRuns: 2000 },
    );
  });
});

describe('--katalog', () => {
  it('names file, line and column of a syntax error', async () => {
    const e = await ojError(() => loadCatalog(file('k.json', '{\n  "indikatorer": [\n    { "id": "sip_barn" "patterns": {} }\n  ]\n}')));
    expect(e.message).toMatch(/k\.json, rad 3, är inte giltig JSON \(kolumn 24\): kommatecken \(,\) eller } saknas, fann ett citattecken/);
    expect(e.hint).toMatch(/kommatecken/);
  });

  it('names the field path and line of a schema error', async () => {
    const e = await ojError(() => loadCatalog(file('s.json', '{\n  "indikatorer": [\n    { "id": "sip_barn",\n      "type": "kanske" }\n  ]\n}')));
    expect(e.message).toMatch(/s\.json, rad 4, fältet indikatorer\.0\.type:/);
  });

  it('names a missing file', async () => {
    const e = await ojError(() => loadCatalog(join(dir, 'saknas.json')));
    expect(e.message).toMatch(/Indikatorkatalogen .*saknas\.json finns inte/);
  });
});

describe('--regler', () => {
  it('names file, line and column of a syntax error', async () => {
    const e = await ojError(() => loadRules(file('r.json', '{\n  "andel_svagaste_kvartil": 4,\n  "minsta_antal_svar_i_jamforelse": 3,\n}')));
    expect(e.message).toMatch(/r\.json kunde inte läsas som JSON: rad 4, kolumn 1: kommatecken före }/);
  });

  it('names the field and its line of a schema error, and the line of an unknown field', async () => {
    const bad = await ojError(() => loadRules(file('f.json', '{\n  "beskrivning": "egna",\n  "andel_svagaste_kvartil": 7\n}')));
    expect(bad.message).toMatch(/f\.json, rad 3, är felaktig i fältet andel_svagaste_kvartil:/);
    const unknown = await ojError(() => loadRules(file('u.json', '{\n  "beskrivning": "egna",\n  "utvecklingsomrade": 50\n}')));
    expect(unknown.message).toMatch(/u\.json, rad 3, har ett okänt fält: utvecklingsomrade/);
  });

  it('names a missing file and a folder', async () => {
    expect((await ojError(() => loadRules(join(dir, 'finns-inte.json')))).message).toMatch(/Regelfilen .*finns-inte\.json finns inte/);
    expect((await ojError(() => loadRules(dir))).message).toMatch(/är en katalog/);
  });
});
