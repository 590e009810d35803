// `lan --lokal KATALOG`: each kommun gets its own filled underlag, picked by the kommunkod inside the workbook.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/capture.ts';
import { pdftotext } from '../pdf-tools.ts';
import { edit, sheet } from '../underlag/helpers.ts';

describe('ojrapport lan --lokal', () => {
  it('merges Knivsta’s workbook (under another file name) into Knivsta’s report only', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ojr-lanlokal-'));
    expect((await run(['underlag', 'Knivsta', '--ut', out])).code).toBe(0);
    const lokal = join(out, 'ifyllda');
    mkdirSync(lokal);
    const file = join(lokal, 'från-knivsta-v2.xlsx');
    copyFileSync(join(out, '2019', '0330-knivsta-underlag.xlsx'), file);
    const why = 'Knivstas förklaring: rutinen finns men är inte beslutad – ”snart”.';
    await edit(file, (wb) => {
      const ws = sheet(wb, 'Analys');
      ws.getCell(3, 5).value = why;
      ws.getCell(3, 7).value = 1;
    });
    const r = await run(['lan', 'Uppsala', '--lokal', lokal, '--ut', out, '--parallell', '2']);
    expect(r.code, r.stderr).toBe(0);
    // The other kommuner of the county have no workbook: named, not silently left out.
    expect(r.stderr).toMatch(/Inget lokalt underlag för 2019 i .*ifyllda för 7 enheter; deras rapporter görs utan lokal analys: .*Enköping.*Uppsala/);
    const flat = (f: string) => pdftotext(join(out, '2019', f), [], 'reading').replace(/\s+/g, ' ');
    expect(flat('0330-knivsta.pdf')).toContain(why.replace(/\s+/g, ' '));
    expect(flat('0330-knivsta.pdf')).toContain('Arbetsgruppens ordning gäller före');
    expect(flat('0331-heby.pdf')).not.toContain('Knivstas förklaring');
    expect(flat('0380-uppsala.pdf')).not.toContain('Arbetsgruppens ordning gäller före');
  });
});
