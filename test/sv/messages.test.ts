// Every error and notice the user reads comes from src/sv/messages: no OjError or log line is written inline.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OjError } from '../../src/errors.ts';
import * as msg from '../../src/sv/messages.ts';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** `new OjError(` or `log.warn(`/`.info(` whose first argument starts as a string or template literal. */
function inlineMessages(text: string): string[] {
  return [...text.matchAll(/(new OjError|\.(?:warn|info))\(\s*[`'"]/g)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return `${line}: ${text.split('\n')[line - 1]!.trim()}`;
  });
}

describe('one module for messages', () => {
  it('no new OjError(…) or log.warn/info(…) in src/ is called with a string literal', () => {
    const found = files(SRC)
      .filter((f) => !f.startsWith(join(SRC, 'sv', 'messages')))
      .flatMap((f) => inlineMessages(readFileSync(f, 'utf8')).map((hit) => `${relative(SRC, f)}:${hit}`));
    expect(found).toEqual([]);
  });

  it('the check finds an inline message', () => {
    expect(inlineMessages("throw new OjError(\n  `Filen ${f} finns inte.`, ExitCode.input);\nlog.warn('x');")).toHaveLength(2);
  });

  it('messages keep their wording', () => {
    expect(msg.unknownName('Mola', 'kommun', [{ code: '2062', name: 'Mora' }])).toBe('Hittar ingen kommun som heter "Mola". Menade du: Mora (2062)?');
    expect(msg.unknownName('Atlantis', 'län', [])).toBe('Hittar inget län som heter "Atlantis".');
    expect(msg.folderWithoutData('data', ['a.txt', 'b.ods'])).toBe('Katalogen data innehåller inga .xlsx- eller .csv-filer och inga Kolada-data (den innehåller: a.txt, b.ods).');
    expect(new OjError(msg.fileMissing('Filen', 'x.xlsx'), 3, msg.fileMissingHint(['X.xlsx'])).hint).toBe('Kontrollera sökvägen och stavningen. Menade du X.xlsx?');
  });
});
