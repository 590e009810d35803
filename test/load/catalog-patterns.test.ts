// Issue 13 item 14: a catalogue pattern with catastrophic backtracking is refused when the catalogue is read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode, OjError } from '../../src/errors.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { backtrackingRisk } from '../../src/load/regexrisk.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ojrapport-monster-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function catalogWith(pattern: string): string {
  const file = join(tmp, 'katalog.json');
  const text = JSON.stringify({ indikatorer: [{ id: 'ibic_utredning', patterns: { '*': ['Utredning', pattern] } }] }, null, 2);
  writeFileSync(file, text);
  return file;
}

describe('catalogue patterns', () => {
  it('refuses /^(\\w+\\s?)+$/ naming file, line, indicator and pattern', () => {
    const file = catalogWith('/^(\\w+\\s?)+$/');
    let err: unknown;
    try {
      loadCatalog(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OjError);
    const e = err as OjError;
    expect(e.message).toBe(
      `Indikatorkatalogen ${file}, rad 8, indikatorn ibic_utredning: mönstret /^(\\w+\\s?)+$/ kan ta orimligt lång tid att pröva (en upprepad grupp innehåller själv en upprepning).`,
    );
    expect(e.hint).toMatch(/utan en upprepad grupp/);
    expect(e.exitCode).toBe(ExitCode.input);
  });

  it('refuses a repeated group with overlapping alternatives', () => {
    expect(() => loadCatalog(catalogWith('/(a|aa)+$/'))).toThrow(/mönstret \/\(a\|aa\)\+\$\/ kan ta orimligt lång tid att pröva \(en upprepad grupp innehåller alternativ/);
  });

  it('accepts ordinary patterns, the bundled ones included', () => {
    expect(loadCatalog(catalogWith('/utredning.*(ibic|individens behov)/i')).length).toBeGreaterThan(10);
    for (const ok of ['^Andel\\s+personer', '(ibic|ivb) utredning', '[(+]+x', '\\(a+\\)+', '(?<namn>a+)b', '(ab)+']) expect(backtrackingRisk(ok), ok).toBeUndefined();
    for (const bad of ['(a*)*', '(?:x+y)+', '(x?){30}', '((a+))+']) expect(backtrackingRisk(bad), bad).toBeDefined();
  });
});
