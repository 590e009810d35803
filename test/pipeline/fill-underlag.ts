// A fully filled underlag for the design tests: every flagged row explained and prioritised (the last ones
// "Ej prioriterad"), and a long action plan, so the summary page is as full as a real one gets.
import type ExcelJS from 'exceljs';
import { edit, sheet } from '../underlag/helpers.ts';

export async function fillUnderlag(workbook: string, actions = 6): Promise<{ id: string; name: string; priority: ExcelJS.CellValue }[]> {
  const filled: { id: string; name: string; priority: ExcelJS.CellValue }[] = [];
  await edit(workbook, (wb) => {
    const ws = sheet(wb, 'Analys');
    const rows: number[] = [];
    for (let r = 3; r <= ws.rowCount; r++) if (typeof ws.getCell(r, 1).value === 'string' && ws.getCell(r, 1).value) rows.push(r);
    rows.forEach((r, i) => {
      const priority: ExcelJS.CellValue = i < 3 ? 3 - i : 'Ej prioriterad';
      ws.getCell(r, 5).value = `Arbetsgruppens förklaring nummer ${i + 1}, med flera meningar om varför resultatet ser ut som det gör och vad som har hänt under året.`;
      ws.getCell(r, 6).value = 'Delvis';
      ws.getCell(r, 7).value = priority;
      filled.push({ id: String(ws.getCell(r, 1).value), name: String(ws.getCell(r, 2).value), priority });
    });
    const plan = sheet(wb, 'Handlingsplan');
    for (let i = 0; i < actions; i++) {
      const cells: ExcelJS.CellValue[] = [
        filled[i % filled.length]!.name,
        `Åtgärd ${i + 1}: ta fram, besluta och införa en gemensam rutin för hela förvaltningen, med utbildning av alla handläggare och uppföljning varje kvartal.`,
        'Enhetschef LSS vuxna',
        new Date(Date.UTC(2026, 5, 30)),
        'ÖJ 2027 och egen uppföljning',
      ];
      cells.forEach((v, j) => (plan.getCell(3 + i, 2 + j).value = v));
    }
  });
  return filled;
}
