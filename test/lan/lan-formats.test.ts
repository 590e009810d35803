// `lan --format html|json`: the batch renders through the same format table as `kommun`, no PDF hard-coded.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/capture.ts';

const KOMMUNER = ['0305-habo', '0319-alvkarleby', '0330-knivsta', '0331-heby', '0360-tierp', '0380-uppsala', '0381-enkoping', '0382-osthammar'];
const listed = (dir: string) => readdirSync(dir).filter((f) => !f.startsWith('.')).sort();

describe('ojrapport lan --format', () => {
  it('html: every unit report and the county report as HTML, the same HTML that kommun writes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-lan-html-'));
    const r = await run(['lan', '03', '--format', 'html', '--ut', out, '--parallell', '2']);
    expect(r.code, r.stderr).toBe(0);
    const dir = join(out, '2019');
    expect(listed(dir)).toEqual([...KOMMUNER.map((k) => `${k}.html`), 'lan-03-uppsala.html', 'lan-03-uppsala.xlsx'].sort());
    const county = readFileSync(join(dir, 'lan-03-uppsala.html'), 'utf8');
    expect(county).toMatch(/^<!DOCTYPE html>/i);
    expect(county).toContain('Uppsala län');
    expect(county).toContain('Exempeldata – inte verkliga resultat');

    const single = mkdtempSync(join(tmpdir(), 'ojr-kommun-html-'));
    expect((await run(['kommun', '0305', '--format', 'html', '--ut', single])).code).toBe(0);
    expect(readFileSync(join(dir, '0305-habo.html'), 'utf8')).toBe(readFileSync(join(single, '2019', '0305-habo.html'), 'utf8'));
  }, 300_000);

  it('json: each unit\'s analysis as JSON and the county workbook; no county report (it has no JSON form)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-lan-json-'));
    const r = await run(['lan', 'Uppsala', '--format', 'json', '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
    const dir = join(out, '2019');
    expect(listed(dir)).toEqual([...KOMMUNER.map((k) => `${k}.json`), 'lan-03-uppsala.xlsx'].sort());
    const doc = JSON.parse(readFileSync(join(dir, '0380-uppsala.json'), 'utf8'));
    expect(doc.format).toBe('ojrapport-analys');
    expect(doc.enhet).toMatchObject({ code: '0380', name: 'Uppsala' });
    expect(doc.ar).toBe(2019);

    const single = mkdtempSync(join(tmpdir(), 'ojr-kommun-json-'));
    expect((await run(['kommun', 'Uppsala', '--format', 'json', '--ut', single])).code).toBe(0);
    const alone = JSON.parse(readFileSync(join(single, '2019', '0380-uppsala.json'), 'utf8'));
    expect({ ...doc, skapad: '' }).toEqual({ ...alone, skapad: '' });
  }, 300_000);
});
