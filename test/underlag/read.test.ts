import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeUnit } from '../../src/analyze.ts';
import type { UnitAnalysis } from '../../src/model/analysis.ts';
import { loadReference } from '../../src/reference/load.ts';
import { readLokal } from '../../src/underlag/read.ts';
import type { LocalAnalysis } from '../../src/model/local.ts';
import { writeUnderlag } from '../../src/underlag/write.ts';
import { edit, exampleData, firstFreeAnalysRow, freshUnderlag, rowOfId, sheet, tempDir, uppsala } from './helpers.ts';

let analysis: UnitAnalysis;
let kompetensplan: string;

beforeAll(async () => {
  analysis = await uppsala();
  kompetensplan = analysis.indicators.find((r) => r.indicator.shortName === 'Kompetensplan för handläggare')!.indicator.id;
});

const read = (file: string, a = analysis) => readLokal(file, { kommunCode: '0380', year: 2019, analysis: a });

const WHY_IBIC = 'Rutinen för IBIC är inte beslutad än.\nHandläggarna på LSS vuxna använder den ändå – ”ibland”.';
const WHY_SCRIPT = '<script>alert("x")</script> och {{mall}} ska stå kvar & <b>orört</b>';
const WHY_SAMV = '  Försäkringskassan har inte haft tid; gäller nästan alla kommuner.  ';
const ACTION_1 = 'Ta fram och besluta en rutin för IBIC.\nUtbilda alla handläggare.';

/** A filled-in workbook as a team would leave it. */
async function filled(): Promise<string> {
  const file = await freshUnderlag(analysis);
  await edit(file, (wb) => {
    const ws = sheet(wb, 'Analys');
    const set = (id: string, values: Record<number, ExcelJS.CellValue>) => {
      const r = rowOfId(ws, id);
      for (const [c, v] of Object.entries(values)) ws.getCell(r, Number(c)).value = v;
    };
    // Columns: E why, F influence, G priority, H comment. Excel stores a picked "2" as the number 2.
    set('ibic_utredning', { 5: WHY_IBIC, 6: 'Ja', 7: 2 });
    set('enskildas_uppf_myndighet', { 5: WHY_SCRIPT, 6: 'Delvis', 7: '1', 8: 'Vi vill börja här.' });
    set('ibic_uppfoljning', { 7: 'Ej prioriterad', 8: 'Åtgärdas ihop med IBIC vid utredning.' });
    set('samv_forsakringskassan', { 5: WHY_SAMV, 6: 'Nej' });
    set('syst_uppfoljning', { 7: 2, 8: 'En styrka att behålla.' });
    const free = firstFreeAnalysRow(ws);
    ws.getCell(free, 2).value = 'Kompetensplan för handläggare';
    ws.getCell(free, 5).value = 'Planen är gammal.';
    ws.getCell(free, 7).value = 3;
    // A picked indicator with nothing written is no explanation.
    ws.getCell(free + 1, 2).value = 'Invånare';

    const plan = sheet(wb, 'Handlingsplan');
    const rows: ExcelJS.CellValue[][] = [
      ['IBIC vid utredning', ACTION_1, 'Åsa Öberg, enhetschef', new Date(Date.UTC(2025, 5, 30)), 'IBIC vid utredning i ÖJ 2026'],
      ['Enskildas uppfattning – myndighetsutövning', 'Brukarenkät <i>{{x}}</i>', 'Kvalitetsutvecklare', new Date(Date.UTC(2025, 11, 31)), 'Egen brukarenkät, svarsfrekvens'],
      [null, 'Gemensam workshop med länets kommuner', 'Förvaltningschef', new Date(Date.UTC(2026, 0, 15)), null],
    ];
    rows.forEach((cells, i) => cells.forEach((v, j) => (plan.getCell(3 + i, 2 + j).value = v)));
  });
  return file;
}

describe('readLokal', () => {
  let local: LocalAnalysis;
  beforeAll(async () => {
    local = await read(await filled());
  });

  it('reads the team’s explanations exactly as typed', () => {
    expect(local.kommunCode).toBe('0380');
    expect(local.kommunName).toBe('Uppsala');
    expect(local.year).toBe(2019);
    expect(local.created).toBe('2025-03-01T09:30:00.000Z');
    const rowOf = (id: string) => local.explanations.find((e) => e.indicatorId === id)!.row;
    expect(local.explanations).toEqual([
      { indicatorId: 'ibic_utredning', indicatorName: 'IBIC vid utredning', row: rowOf('ibic_utredning'), flagged: true, why: WHY_IBIC, canInfluence: 'Ja', priority: 2 },
      {
        indicatorId: 'enskildas_uppf_myndighet',
        indicatorName: 'Enskildas uppfattning – myndighetsutövning',
        row: rowOf('enskildas_uppf_myndighet'),
        flagged: true,
        why: WHY_SCRIPT,
        canInfluence: 'Delvis',
        priority: 1,
        comment: 'Vi vill börja här.',
      },
      { indicatorId: 'ibic_uppfoljning', indicatorName: 'IBIC vid uppföljning', row: rowOf('ibic_uppfoljning'), flagged: true, priority: 'Ej prioriterad', comment: 'Åtgärdas ihop med IBIC vid utredning.' },
      { indicatorId: 'samv_forsakringskassan', indicatorName: 'Samverkan vuxna – Försäkringskassan', row: rowOf('samv_forsakringskassan'), flagged: true, why: WHY_SAMV, canInfluence: 'Nej' },
      { indicatorId: 'syst_uppfoljning', indicatorName: 'Systematisk uppföljning', row: rowOf('syst_uppfoljning'), flagged: true, priority: 2, comment: 'En styrka att behålla.' },
      { indicatorId: kompetensplan, indicatorName: 'Kompetensplan för handläggare', row: 10, flagged: false, why: 'Planen är gammal.', priority: 3 },
    ]);
  });

  it('orders by the team’s priority: 1, 2, 3, none, Ej prioriterad; ties by the computed order', () => {
    // ibic_utredning (development area no. 1) and syst_uppfoljning (a strength) are both 2.
    expect(local.priorityOrder).toEqual(['enskildas_uppf_myndighet', 'ibic_utredning', 'syst_uppfoljning', kompetensplan, 'samv_forsakringskassan', 'ibic_uppfoljning']);
  });

  it('reads the action plan with ISO dates; an empty area is an overall action', () => {
    expect(local.actions).toEqual([
      { row: 3, indicatorId: 'ibic_utredning', indicatorName: 'IBIC vid utredning', action: ACTION_1, responsible: 'Åsa Öberg, enhetschef', due: '2025-06-30', followUp: 'IBIC vid utredning i ÖJ 2026' },
      {
        row: 4,
        indicatorId: 'enskildas_uppf_myndighet',
        indicatorName: 'Enskildas uppfattning – myndighetsutövning',
        action: 'Brukarenkät <i>{{x}}</i>',
        responsible: 'Kvalitetsutvecklare',
        due: '2025-12-31',
        followUp: 'Egen brukarenkät, svarsfrekvens',
      },
      { row: 5, action: 'Gemensam workshop med länets kommuner', responsible: 'Förvaltningschef', due: '2026-01-15' },
    ]);
    expect(local.warnings).toEqual([]);
  });

  it('reads an untouched workbook as empty, without warnings', async () => {
    const empty = await read(await freshUnderlag(analysis));
    expect(empty.explanations).toEqual([]);
    expect(empty.actions).toEqual([]);
    expect(empty.priorityOrder).toEqual([]);
    expect(empty.warnings).toEqual([]);
  });

  it('keeps very long texts whole and warns about them', async () => {
    const long = `${'Lång förklaring med å, ä och ö. '.repeat(100)}\nSlut.`;
    expect(long.length).toBeGreaterThan(2000);
    const file = await freshUnderlag(analysis);
    let cell = '';
    await edit(file, (wb) => {
      const ws = sheet(wb, 'Analys');
      const r = rowOfId(ws, 'ibic_utredning');
      ws.getCell(r, 5).value = long;
      cell = `E${r}`;
    });
    const l = await read(file);
    expect(l.explanations[0]!.why).toBe(long);
    expect(l.warnings).toHaveLength(1);
    expect(l.warnings[0]).toContain(`bladet Analys, cell ${cell}`);
    expect(l.warnings[0]).toMatch(/3\u00a0\d{3} tecken/);
  });

  it('accepts a date typed as text yyyy-mm-dd and a bare Excel serial date', async () => {
    const file = await freshUnderlag(analysis);
    await edit(file, (wb) => {
      const ws = sheet(wb, 'Handlingsplan');
      ws.getCell('C3').value = 'Åtgärd A';
      ws.getCell('E3').value = '2025-09-01';
      ws.getCell('C4').value = 'Åtgärd B';
      ws.getCell('E4').value = 45839; // 2025-07-01 (45658 is 2025-01-01)
      ws.getCell('E4').numFmt = 'General';
    });
    const l = await read(file);
    expect(l.actions.map((a) => a.due)).toEqual(['2025-09-01', '2025-07-01']);
  });

  it('warns, without failing, when the results behind the workbook differ from the report’s', async () => {
    const rules = { ...analysis.method!.rules, developmentMinShare: 90 };
    const other = analyzeUnit(await exampleData(), loadReference(), '0380', { year: 2019, rules });
    const file = await writeUnderlag(other, tempDir());
    const l = await read(file);
    expect(l.warnings).toHaveLength(1);
    expect(l.warnings[0]).toMatch(/skiljer sig från dem rapporten bygger på/);
  });
});
