// The progress bar writes no colour, so NO_COLOR is respected without a switch; failures get their own line.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/batch/progress.ts';
import type { TaskOutcome } from '../../src/batch/types.ts';

function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  Object.assign(stream, { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, text: () => text };
}

describe('progress on a terminal', () => {
  it('draws a bar with no colour codes (SGR) and names a failure', () => {
    const t = fakeTerminal();
    const p = createProgress('bar', t.stream);
    p.start(2);
    p.update({ key: 'a', label: 'Uppsala', file: 'a.pdf', status: 'klar', attempts: 1 } as TaskOutcome, 1, 2);
    p.update({ key: 'b', label: 'Knivsta', file: 'b.pdf', status: 'misslyckad', reason: 'trasig fil', attempts: 2 } as TaskOutcome, 2, 2);
    p.stop();
    expect(t.text()).toContain('2/2 klara');
    expect(t.text()).toContain('Misslyckades: Knivsta: trasig fil');
    expect(t.text()).not.toMatch(/\x1b\[[0-9;]*m/);
  });
});
