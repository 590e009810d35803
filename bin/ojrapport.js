#!/usr/bin/env node
// Thin launcher: run the TypeScript CLI through tsx so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';
register();
const { installInterruptHandler } = await import('../src/interrupt.ts');
installInterruptHandler();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
