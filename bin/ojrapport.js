#!/usr/bin/env node
// Launcher: runs the compiled JavaScript in dist/ (built by scripts/setup.sh, `npm run build` and `npm pack`).
// In a source checkout whose src/ or templates/ changed since that build it runs the TypeScript through tsx instead
// (compiling the templates at run time), so an edit never runs stale code; `npm run build` makes the start fast
// again.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from './source-stamp.js';

const args = process.argv.slice(2);
// `--version` alone needs nothing but package.json.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const src = fileURLToPath(new URL('../src', import.meta.url));
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const templates = fileURLToPath(new URL('../templates', import.meta.url));
  // An installed package has dist/ and no src/.
  const compiled = !existsSync(src) || buildIsCurrent([src, templates], dist);
  if (!compiled) {
    const { register } = await import('tsx/esm/api');
    register();
    if (process.stderr.isTTY) process.stderr.write('ojrapport: källkoden är ändrad sedan senaste bygget; kör "npm run build" för en snabbare start.\n');
  }
  const base = compiled ? '../dist/' : '../src/';
  const ext = compiled ? '.js' : '.ts';
  const { installInterruptHandler } = await import(`${base}interrupt${ext}`);
  installInterruptHandler();
  const { main } = await import(`${base}cli/main${ext}`);
  process.exitCode = await main(args);
}
