// Round trip: underlag → filled in Excel (here with exceljs) → report with --lokal; the team's text comes out as typed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/capture.ts';
import { pdftotext } from '../pdf-tools.ts';
import { edit, sheet } from '../underlag/helpers.ts';

const WHY_1 = 'Rutinen är inte beslutad än.\nHandläggarna på LSS vuxna använder den ändå – ”ibland”.';
const WHY_2 = '<script>alert("x")</script> och {{mall}} ska stå kvar & <b>orört</b>';
const WHY_3 = 'Åtgärdas när IT-stödet för Äldre- och Östra enheten är klart.';
const ACTION_1 = 'Ta fram och besluta en rutin.\nUtbilda alla handläggare.';
const ACTION_2 = 'Brukarenkät <img src=x> {{x}}';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('ojrapport kommun --lokal', () => {
  const out = mkdtempSync(join(tmpdir(), 'ojr-lokal-'));
  const workbook = join(out, '2019', '0380-uppsala-underlag.xlsx');
  let ids: { id: string; name: string }[] = [];
  let text = '';

  beforeAll(async () => {
    const made = await run(['underlag', 'Uppsala', '--ut', out]);
    expect(made.code, made.stderr).toBe(0);
    expect(existsSync(workbook)).toBe(true);
    await edit(workbook, (wb) => {
      const ws = sheet(wb, 'Analys');
      for (let r = 3; r <= ws.rowCount && ids.length < 3; r++) {
        const id = ws.getCell(r, 1).value;
        if (typeof id === 'string' && id) ids.push({ id, name: String(ws.getCell(r, 2).value) });
      }
      const rowOf = (id: string) => {
        for (let r = 3; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r;
        throw new Error(id);
      };
      // Priorities chosen against the computed order: the third flagged row first.
      const fill: [number, ExcelJS.CellValue, ExcelJS.CellValue, ExcelJS.CellValue][] = [
        [0, WHY_1, 'Ja', 3],
        [1, WHY_2, 'Delvis', 2],
        [2, WHY_3, 'Nej', 1],
      ];
      for (const [i, why, infl, prio] of fill) {
        const r = rowOf(ids[i]!.id);
        ws.getCell(r, 5).value = why;
        ws.getCell(r, 6).value = infl;
        ws.getCell(r, 7).value = prio;
      }
      const plan = sheet(wb, 'Handlingsplan');
      const rows: ExcelJS.CellValue[][] = [
        [ids[2]!.name, ACTION_1, 'Åsa Öberg, enhetschef', new Date(Date.UTC(2026, 5, 30)), 'ÖJ 2027'],
        [ids[0]!.name, ACTION_2, 'Kvalitetsutvecklare', new Date(Date.UTC(2026, 11, 31)), 'Egen enkät'],
      ];
      rows.forEach((cells, i) => cells.forEach((v, j) => (plan.getCell(3 + i, 2 + j).value = v)));
    });
    const r = await run(['kommun', 'Uppsala', '--lokal', workbook, '--ut', out]);
    expect(r.code, r.stderr).toBe(0);
    text = flat(pdftotext(join(out, '2019', '0380-uppsala.pdf'), [], 'reading'));
  });

  it('carries the team’s explanations exactly as typed (å/ä/ö, line breaks, <script>, {{)', () => {
    for (const t of [WHY_1, WHY_2, WHY_3, ACTION_1, ACTION_2]) expect(text).toContain(flat(t));
  });

  it('puts the team’s priorities in the chosen order and says that the team’s order wins', () => {
    expect(text).toContain('Arbetsgruppens ordning gäller före den beräknade rangordningen');
    // Layout mode keeps each table row on its lines, so positions follow the printed order.
    const layout = pdftotext(join(out, '2019', '0380-uppsala.pdf')).replace(/[ \t]+/g, ' ');
    const section = layout.slice(layout.indexOf('Arbetsgruppens ordning gäller före'));
    const pos = [2, 1, 0].map((i) => section.indexOf(ids[i]!.name));
    for (const p of pos) expect(p).toBeGreaterThan(-1);
    expect(pos[0]).toBeLessThan(pos[1]!);
    expect(pos[1]).toBeLessThan(pos[2]!);
  });

  it('has the action plan as a table in step 4 and on the summary page', () => {
    const summary = flat(pdftotext(join(out, '2019', '0380-uppsala.pdf'), ['-f', '2', '-l', '2'], 'reading'));
    expect(summary).toContain('Handlingsplan');
    expect(summary).toContain('Åsa Öberg, enhetschef');
    expect(summary).toContain('30 juni 2026');
    const step4 = text.slice(text.lastIndexOf('Steg 4. Åtgärda och följ upp'));
    expect(step4).toContain('Ansvarig');
    expect(step4).toContain('Klart senast');
    expect(step4).toContain(flat(ACTION_1));
    expect(step4).toContain('31 december 2026');
  });

  it('refuses another kommun’s workbook with a Swedish message', async () => {
    const r = await run(['kommun', 'Enköping', '--lokal', workbook, '--ut', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Uppsala|0380/);
    expect(existsSync(join(out, '2019', '0381-enkoping.pdf'))).toBe(false);
  });
});
