// The help and commander's own messages reach the user in Swedish.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.ts';
import { run } from './capture.ts';

const COMMANDS = ['kommun', 'granska', 'hamta', 'underlag', 'lan', 'alla'];
const ENGLISH = /\b(Usage|Options|Commands|Arguments|default|choices|display help|output the version|error)\b/;

describe('Swedish help', () => {
  it.each([['ojrapport', []], ...COMMANDS.map((c) => [c, [c]])] as [string, string[]][])('%s --hjalp is Swedish and exits 0', async (_, cmd) => {
    const r = await run([...cmd, '--hjalp']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Användning: ojrapport/);
    expect(r.stdout).toContain('Flaggor:');
    expect(r.stdout).not.toMatch(ENGLISH);
    expect(r.stderr).toBe('');
  });

  it('lists every command on the top-level help', async () => {
    const r = await run(['--hjalp']);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  it.each([[['-h']], [['--help']], [['help']], [['help', 'kommun']], [['kommun', '--help']], [['help', 'lan']], [['hjalp', 'granska']]])(
    '%j shows the same help',
    async (args) => {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Användning: ojrapport/);
      const command = args.find((a) => COMMANDS.includes(a));
      if (command) expect(r.stdout).toMatch(new RegExp(`^Användning: ojrapport ${command} `));
    },
  );
});

describe('exit codes', () => {
  it('the README lists every exit code of src/errors.ts', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const code of Object.values(ExitCode)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\| \\S`, 'm'));
  });
});

describe("commander's messages in Swedish", () => {
  const cases: [string[], RegExp][] = [
    [['kommun', 'Uppsala', '--okand'], /^Fel: okänd flagga --okand\.\n/],
    [['rapport'], /^Fel: okänt kommando rapport\.\n/],
    [['kommun'], /^Fel: argument saknas: kommun\.\n/],
    [['kommun', 'Uppsala', '--ut'], /^Fel: flaggan --ut <katalog> behöver ett värde\.\n/],
    [['kommun', 'Uppsala', '--format', 'docx'], /^Fel: ogiltigt värde "docx" för --format\. Tillåtna val: pdf, html, json\.\n/],
    [['kommun', 'Uppsala', 'Knivsta'], /^Fel: för många argument\.\n/],
  ];
  it.each(cases)('%j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Kör "ojrapport --hjalp" för att se kommandon och flaggor.');
    expect(r.stderr).not.toMatch(ENGLISH);
    expect(r.stdout).toBe('');
  });
});

describe('--version', () => {
  it('the launcher answers it without the compiler, with the same version as the CLI', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const bin = new URL('../../bin/ojrapport.js', import.meta.url).pathname;
    for (const flag of ['--version', '-v']) expect(execFileSync(process.execPath, [bin, flag], { encoding: 'utf8' })).toBe(`${pkg.version}\n`);
    expect((await run(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });
});
