// Names typed by the user: an exact name always wins, a typo is corrected only when unambiguous and said aloud,
// and a kommun that exists but is missing from the data is an error, never its neighbour.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLan } from '../../src/commands/batch.ts';
import { OjError } from '../../src/errors.ts';
import type { RunContext } from '../../src/pipeline/context.ts';
import { loadReference } from '../../src/reference/load.ts';
import { correctionReach, matchUnit } from '../../src/reference/match.ts';
import { fold } from '../../src/reference/slug.ts';
import { run } from '../cli/capture.ts';

const kommuner = [...loadReference().kommuner.values()];

function lev(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OjError);
    return (e as OjError).message;
  }
  throw new Error('expected an OjError');
}

describe('matchUnit over the full reference list', () => {
  it('Habo is Habo (0643) and Håbo is Håbo (0305)', () => {
    expect(matchUnit(kommuner, 'Habo').code).toBe('0643');
    expect(matchUnit(kommuner, 'habo').code).toBe('0643');
    expect(matchUnit(kommuner, 'Håbo').code).toBe('0305');
    expect(message(() => matchUnit(kommuner, 'Habö'))).toBe('"Habö" kan vara flera kommuner: Habo (0643), Håbo (0305).');
  });

  it('no real kommun name is turned into another one within correction distance', () => {
    let pairs = 0;
    for (const a of kommuner) {
      for (const b of kommuner) {
        if (a === b || lev(fold(a.name), fold(b.name)) > correctionReach(fold(b.name))) continue;
        pairs++;
        expect(matchUnit(kommuner, a.name).code, `${a.name} → ${b.name}`).toBe(a.code);
        expect(matchUnit(kommuner, a.name.toUpperCase()).code).toBe(a.code);
      }
    }
    expect(pairs).toBeGreaterThan(30); // Åre/Ale, Sala/Malå, Nora/Mora, Linköping/Lidköping, …
  });

  it('a typo is corrected only when one name is within reach, and announced', () => {
    const said: string[] = [];
    expect(matchUnit(kommuner, 'Upsalla', 'kommun', (m) => said.push(m)).code).toBe('0380');
    expect(said).toEqual(['Tolkar "Upsalla" som Uppsala (0380).']);
    // "Mola" is one letter from Mora, Nora and Lomma's neighbours: never guessed.
    expect(message(() => matchUnit(kommuner, 'Mola'))).toMatch(/^Hittar ingen kommun som heter "Mola"\. Menade du: .*Mora \(2062\)/);
  });

  it('a län that does not exist is "inget län"', () => {
    const lan = [...loadReference().lan.values()].map((l) => ({ code: l.code, name: l.shortName }));
    expect(message(() => matchUnit(lan, 'Atlantis', 'län'))).toContain('Hittar inget län som heter "Atlantis".');
  });

  it('a corrected län name is announced too (lan Upsala)', () => {
    const said: string[] = [];
    expect(resolveLan({ ref: loadReference() } as RunContext, 'Upsala', (m) => said.push(m)).code).toBe('03');
    expect(said).toEqual(['Tolkar "Upsala" som Uppsala (03).']);
  });
});

/** A small long-format CSV with only the given kommuner. */
function smallCsv(dir: string, codes: string[]): string {
  const lines = ['kommunkod;indikator;år;värde'];
  for (const c of codes) lines.push(`${c};syst_uppfoljning;2019;Ja`, `${c};genomforandeplan_dv;2019;55,5`);
  const file = join(dir, 'resultat-2019.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('names on the command line', () => {
  it('kommun Habo writes Habo\'s report, not Håbo\'s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-habo-'));
    const r = await run(['kommun', 'Habo', '--format', 'json', '--ut', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, readdirSync(dir)[0]!))).toEqual(['0643-habo.json']);
  }, 300_000);

  it('a kommun missing from the data is an error naming it, not a neighbour with a similar name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-missing-'));
    const csv = smallCsv(dir, ['0581', '1494', '0380']); // Norrköping, Lidköping, Uppsala – no Linköping
    const r = await run(['kommun', 'Linköping', '--data', csv, '--format', 'json', '--ut', dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Underlaget har ingen rad för Linköping (0580). Det innehåller Lidköping, Norrköping, Uppsala (resultat-2019.csv).');
    const u = await run(['underlag', 'Linköping', '--data', csv, '--ut', dir]);
    expect(u.stderr).toContain('Underlaget har ingen rad för Linköping (0580).');
  }, 300_000);

  it('a corrected typo is announced on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-typo-'));
    const r = await run(['kommun', 'Upsalla', '--format', 'json', '--ut', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Tolkar "Upsalla" som Uppsala (0380).');
  }, 300_000);

  it('--jamforelse with only the kommun itself is refused; Habo is Habo there too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ojr-self-'));
    const r = await run(['kommun', 'Uppsala', '--jamforelse', 'Uppsala', '--format', 'json', '--ut', dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--jamforelse Uppsala (0380) är kommunen som rapporten gäller');
    const h = await run(['kommun', 'Uppsala', '--jamforelse', 'Habo', '--format', 'json', '--ut', dir]);
    expect(h.code, h.stderr).toBe(0);
  }, 300_000);
});
