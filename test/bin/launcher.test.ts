// The launcher runs dist/ only when it was built from the sources as they are now; otherwise the TypeScript
// through tsx. Checked on a small fake package whose src/ and dist/ answer differently.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIsCurrent, sourceStamp, STAMP_NAME } from '../../bin/source-stamp.js';
import { ROOT } from '../../src/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'ojr-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('source stamp', () => {
  it('changes when a source file is edited, added or removed', () => {
    const src = join(dir, 'stamp', 'src');
    const dist = join(dir, 'stamp', 'dist');
    write(join(src, 'a.ts'), 'export const a = 1;\n');
    write(join(src, 'sub', 'b.ts'), 'export const b = 2;\n');
    expect(buildIsCurrent(src, dist)).toBe(false); // never built
    write(join(dist, STAMP_NAME), sourceStamp(src));
    expect(buildIsCurrent(src, dist)).toBe(true);

    const future = new Date(Date.now() + 60_000);
    utimesSync(join(src, 'sub', 'b.ts'), future, future);
    expect(buildIsCurrent(src, dist)).toBe(false); // edited
    write(join(dist, STAMP_NAME), sourceStamp(src));
    write(join(src, 'c.ts'), '');
    expect(buildIsCurrent(src, dist)).toBe(false); // added
    rmSync(join(src, 'c.ts'));
    write(join(dist, STAMP_NAME), sourceStamp(src));
    rmSync(join(src, 'a.ts'));
    expect(buildIsCurrent(src, dist)).toBe(false); // removed
  });
});

describe('launcher', () => {
  const pkg = join(dir, 'pkg');
  const run = (...args: string[]) => execFileSync(process.execPath, [join(pkg, 'bin', 'ojrapport.js'), ...args], { encoding: 'utf8' });
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  for (const f of ['ojrapport.js', 'source-stamp.js']) copyFileSync(join(ROOT, 'bin', f), join(pkg, 'bin', f));
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
  write(join(pkg, 'package.json'), '{ "type": "module", "version": "9.8.7" }\n');
  const main = (from: string) => `export async function main(args${from === 'src' ? ': string[]): Promise<number>' : ')'} {\n  process.stdout.write('${from} ' + args.join(' '));\n  return 0;\n}\n`;
  write(join(pkg, 'src', 'interrupt.ts'), 'export function installInterruptHandler(): void {}\n');
  write(join(pkg, 'src', 'cli', 'main.ts'), main('src'));
  write(join(pkg, 'dist', 'interrupt.js'), 'export function installInterruptHandler() {}\n');
  write(join(pkg, 'dist', 'cli', 'main.js'), main('dist'));

  it('answers --version from package.json', () => {
    expect(run('--version')).toBe('9.8.7\n');
  });

  it('runs dist/ when it is current, src/ through tsx when not, and dist/ in an installed package', () => {
    expect(run('kommun', 'Uppsala')).toBe('src kommun Uppsala'); // no build yet
    write(join(pkg, 'dist', STAMP_NAME), sourceStamp(join(pkg, 'src')));
    expect(run('kommun', 'Uppsala')).toBe('dist kommun Uppsala');
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(pkg, 'src', 'cli', 'main.ts'), future, future); // a developer edits the code
    expect(run('kommun', 'Uppsala')).toBe('src kommun Uppsala');
    // dist/ holds the templates precompiled: an edited template makes it stale too.
    write(join(pkg, 'templates', 'report.hbs'), '<p>{{namn}}</p>\n');
    write(join(pkg, 'dist', STAMP_NAME), sourceStamp([join(pkg, 'src'), join(pkg, 'templates')]));
    expect(run('kommun', 'Uppsala')).toBe('dist kommun Uppsala');
    const later = new Date(future.getTime() + 60_000);
    utimesSync(join(pkg, 'templates', 'report.hbs'), later, later);
    expect(run('kommun', 'Uppsala')).toBe('src kommun Uppsala');
    rmSync(join(pkg, 'src'), { recursive: true }); // an installed package ships dist/ only
    expect(run('kommun', 'Uppsala')).toBe('dist kommun Uppsala');
  });
});
