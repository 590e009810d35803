#!/usr/bin/env node
// Compiles src/ to dist/ (plain JavaScript, so no compiler runs when the tool starts), precompiles the handlebars
// templates into dist/precompiled-templates.cjs and writes dist/.stamp (of src/ and templates/).
// `--if-stale` builds only when dist/ is missing or older than them (scripts/setup.sh runs it every time).
// The new build goes to a temporary folder and replaces dist/ at once, so a running report never sees half of it.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIsCurrent, sourceStamp, STAMP_NAME } from '../bin/source-stamp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = [join(root, 'src'), join(root, 'templates')];
const dist = join(root, 'dist');

if (process.argv.includes('--if-stale') && buildIsCurrent(sources, dist)) process.exit(0);

process.stderr.write('ojrapport: bygger dist/ …\n');
const stamp = sourceStamp(sources); // taken before compiling: an edit made meanwhile leaves the build stale
const tmp = join(root, `dist.${process.pid}.tmp`);
const old = join(root, `dist.${process.pid}.old`);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', tmp], { stdio: 'inherit' });
  const { precompiledModule } = await import(pathToFileURL(join(tmp, 'render', 'templates.js')).href);
  writeFileSync(join(tmp, 'precompiled-templates.cjs'), precompiledModule());
  writeFileSync(join(tmp, STAMP_NAME), stamp);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(tmp, dist);
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
