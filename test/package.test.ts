// `npm pack` gives a package that installs and runs on its own: compiled JavaScript, the example data, templates
// and fonts inside it, no tsx and no source tree. Packed from a copy of the project, so the checkout is untouched.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/paths.ts';
import { run } from './cli/capture.ts';

const dir = mkdtempSync(join(tmpdir(), 'ojr-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Without the generation time, which differs between any two runs. */
function analysis(file: string): unknown {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete json['skapad'];
  return json;
}

describe('npm package', () => {
  it('installs into an empty folder and runs --version and a kommun report', { timeout: 900_000 }, async () => {
    // 1. Pack a copy of the project (prepack builds dist/ there).
    const copy = join(dir, 'copy');
    for (const f of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md']) cpSync(join(ROOT, f), join(copy, f));
    for (const d of ['bin', 'src', 'data', 'templates', 'scripts']) cpSync(join(ROOT, d), join(copy, d), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const packed = join(dir, 'packed');
    mkdirSync(packed);
    const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', packed], copy)) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    expect(files).toContain('dist/cli/main.js');
    expect(files).toContain('data/exempel/oj-lss-2019-exempeldata.xlsx');
    expect(files).toContain('templates/report.hbs');
    expect(files).toContain('dist/precompiled-templates.cjs');
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('scripts/'))).toEqual([]);
    rmSync(copy, { recursive: true }); // nothing may be read from the source it was packed from

    // 2. Install it into an empty folder.
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
    npm(['install', join(packed, info!.filename), '--prefer-offline'], app);
    expect(existsSync(join(app, 'node_modules', 'ojrapport', 'dist', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(join(app, 'node_modules', 'tsx'))).toBe(false); // no compiler at run time

    // 3. Run it.
    const bin = join(app, 'node_modules', '.bin', 'ojrapport');
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(execFileSync(bin, ['--version'], { cwd: app, encoding: 'utf8' })).toBe(`${version}\n`);
    execFileSync(bin, ['kommun', 'Uppsala', '--format', 'json'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const installed = join(app, 'output', '2019', '0380-uppsala.json');
    const report = JSON.parse(readFileSync(installed, 'utf8')) as { enhet: { code: string; name: string }; exempeldata: boolean; ar: number };
    expect(report.enhet).toMatchObject({ code: '0380', name: 'Uppsala' });
    expect(report.exempeldata).toBe(true);
    expect(report.ar).toBe(2019);

    // The same analysis as the TypeScript sources give.
    const here = join(dir, 'here');
    expect((await run(['kommun', 'Uppsala', '--format', 'json', '--ut', here])).code).toBe(0);
    expect(analysis(installed)).toEqual(analysis(join(here, '2019', '0380-uppsala.json')));

    // The templates precompiled at build give the HTML that the sources, compiling them at run time, give.
    execFileSync(bin, ['kommun', 'Uppsala', '--format', 'html'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect((await run(['kommun', 'Uppsala', '--format', 'html', '--ut', here])).code).toBe(0);
    expect(readFileSync(join(app, 'output', '2019', '0380-uppsala.html'), 'utf8')).toBe(readFileSync(join(here, '2019', '0380-uppsala.html'), 'utf8'));
  });
});
