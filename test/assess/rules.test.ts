import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/assess/rules.ts';
import { OjError } from '../../src/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'regler-'));
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

describe('rules', () => {
  it('reads the bundled data/regler.json', () => {
    const r = loadRules();
    expect(r).toMatchObject({
      developmentMinShare: 50,
      sharedMaxRiketShare: 25,
      strengthMaxShare: 50,
      weakestQuartile: 4,
      bestQuartile: 1,
      clearlyBelowPoints: 10,
      changePoints: 5,
      minAnswers: 3,
      fewAnswers: 5,
    });
    expect(r.raw).toMatchObject({ utvecklingsomrade_minst_andel_ja_i_jamforelse: 50, andel_basta_kvartil: 1, forandring_minst_procentenheter: 5, fa_svar_farre_an: 5 });
    expect(r.files).toHaveLength(1);
  });

  it('lets a user file override single fields', () => {
    const r = loadRules(file('egna.json', { minsta_antal_svar_i_jamforelse: 5, gemensamt_hogst_andel_ja_i_riket: 20 }));
    expect(r).toMatchObject({ minAnswers: 5, sharedMaxRiketShare: 20, developmentMinShare: 50 });
    expect(r.raw.minsta_antal_svar_i_jamforelse).toBe(5);
    expect(r.files[1]).toMatch(/egna\.json$/);
  });

  it('names the file and the field in errors', () => {
    const bad = file('fel.json', { andel_svagaste_kvartil: 7 });
    expect(() => loadRules(bad)).toThrow(OjError);
    expect(() => loadRules(bad)).toThrow(/fel\.json.*fältet andel_svagaste_kvartil/);
    expect(() => loadRules(file('okand.json', { utvecklingsomrade: 50 }))).toThrow(/okänt fält: utvecklingsomrade/);
    expect(() => loadRules(file('trasig.json', '{ inte json'))).toThrow(/trasig\.json kunde inte läsas/);
    expect(() => loadRules(join(dir, 'finns-inte.json'))).toThrow(/finns-inte\.json/);
  });
});
