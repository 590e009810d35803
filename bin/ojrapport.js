#!/usr/bin/env node
// Thin launcher: run the TypeScript CLI through tsx so a fresh clone needs no build step.
import { readFileSync } from 'node:fs';

// `--version` alone needs no compiler: answer it before tsx and the CLI load (about 2 s saved).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { installInterruptHandler } = await import('../src/interrupt.ts');
  installInterruptHandler();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(args);
}
