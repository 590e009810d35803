// Building the CLI loads no command: each command's modules (and what they pull in) load only when it runs, so a
// cold `kommun` does not pay for the batch, underlag or hämta code.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/paths.ts';

// A module hook that lists every module loaded from src/commands/ on stdout.
const hooks = `export async function load(url, context, next) { if (url.includes('/src/commands/')) console.log('laddad ' + url.split('/src/')[1]); return next(url, context); }`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;

function loadedCommands(script: string): string[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\n').filter((l) => l.startsWith('laddad ')).map((l) => l.slice(7));
}

describe('command modules', () => {
  it('are not loaded by building the program; running one loads that one', { timeout: 300_000 }, () => {
    expect(loadedCommands(`const { buildProgram } = await import('./src/cli/main.ts'); buildProgram();`)).toEqual([]);
    const granska = loadedCommands(`const { main } = await import('./src/cli/main.ts'); await main(['granska', 'finns-inte.csv']);`);
    expect(granska).toContain('commands/granska.ts');
    expect(granska.filter((m) => !m.startsWith('commands/granska'))).toEqual([]);
  });
});
