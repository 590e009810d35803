// Chromium missing: a Swedish message that says how to install it, exit 4, nothing written.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OjError } from '../../src/errors.ts';
import { findChromium } from '../../src/render/browser.ts';
import { run } from '../cli/capture.ts';

describe('Chromium missing', () => {
  const saved = process.env['PUPPETEER_EXECUTABLE_PATH'];
  afterEach(() => {
    if (saved === undefined) delete process.env['PUPPETEER_EXECUTABLE_PATH'];
    else process.env['PUPPETEER_EXECUTABLE_PATH'] = saved;
  });

  it('finds none on a platform without any of the standard paths and says how to install', () => {
    let err: unknown;
    try {
      findChromium({}, 'win32');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OjError);
    expect((err as OjError).message).toContain('Hittar ingen Chromium eller Chrome');
    expect((err as OjError).hint).toContain('apt-get install chromium');
    expect((err as OjError).hint).toContain('PUPPETEER_EXECUTABLE_PATH');
  });

  it('the CLI exits 4 with the message and writes no PDF', async () => {
    process.env['PUPPETEER_EXECUTABLE_PATH'] = '/finns/inte/chromium';
    const out = mkdtempSync(join(tmpdir(), 'ojr-nochrome-'));
    const r = await run(['kommun', 'Uppsala', '--ut', out]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('Hittar ingen webbläsare på /finns/inte/chromium');
    expect(r.stderr).toContain('sudo apt-get install chromium');
    expect(existsSync(join(out, '2019', '0380-uppsala.pdf'))).toBe(false);
  });
});
