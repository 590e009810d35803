// Every test file loads data through its own empty cache folder (never the user's ~/.cache), so no test
// depends on what an earlier run left behind; child processes (CLI tests) inherit it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'ojrapport-cache-test-'));
process.env['OJRAPPORT_CACHE'] = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
