// `granska`: what each input file holds and what was not recognised, as Swedish text or JSON. Pure.
import type { Reference } from '../reference/types.ts';
import type { FileReport } from './report.ts';
import { unitNamer } from '../reference/names.ts';
import { svCollator } from '../sv/format.ts';

export interface InspectedFile {
  /** The path as given (or found in a folder). */
  path: string;
  reports: FileReport[];
  /** Set when the file could not be imported at all. */
  error?: { message: string; hint?: string };
}

export interface GranskaFile {
  path: string;
  usable: boolean;
  reason?: string;
  hint?: string;
  reports: (FileReport & { missingKommunerNames: string[] })[];
}

export interface Granska {
  usable: boolean;
  files: GranskaFile[];
}

function whyUnusable(f: InspectedFile): string | undefined {
  if (f.error) return f.error.message;
  if (!f.reports.some((r) => r.recognised.length)) return 'inga indikatorer kändes igen';
  if (!f.reports.some((r) => r.units.found.kommun + r.units.found.stadsdel > 0)) return 'inga kommuner kändes igen';
  return undefined;
}

export function buildGranska(files: InspectedFile[], ref: Reference): Granska {
  const out = files.map((f): GranskaFile => {
    const reason = whyUnusable(f);
    const reports = f.reports.map((r) => ({
      ...r,
      missingKommunerNames: r.units.missingKommuner.map(unitNamer(ref)).sort(svCollator.compare),
    }));
    return { path: f.path, usable: !reason, ...(reason ? { reason } : {}), ...(f.error?.hint ? { hint: f.error.hint } : {}), reports };
  });
  return { usable: out.every((f) => f.usable), files: out };
}

const num = (n: number) => n.toLocaleString('sv-SE');
const KIND: Record<string, string> = { excel: 'Excel', csv: 'CSV', kolada: 'Kolada-cache' };
const MAX_NAMES = 40;

function unitsLine(r: FileReport): string {
  const f = r.units.found;
  const parts = [`${num(f.kommun)} kommuner`, `${num(f.stadsdel)} stadsdelar`, `${num(f.lan)} län`, r.units.riketFound ? 'riket' : 'riket saknas'];
  return parts.join(', ');
}

function catalogHint(r: FileReport): string[] {
  const first = r.unrecognisedColumns[0];
  if (!first) return [];
  const example = JSON.stringify({ indikatorer: [{ id: 'befintligt_id', patterns: { [String(r.year)]: [first.header.split(' | ').pop()] } }] });
  return [
    '  Tips: lägg rubriken som mönster i en egen katalog och kör med --katalog FIL, t.ex.',
    `    ${example}`,
    '    (id = en indikator i data/indikatorer.json; en ny indikator behöver alla fält, se samma fil).',
  ];
}

function reportLines(r: GranskaFile['reports'][number]): string[] {
  const lines: string[] = [`  År: ${r.years && r.years.length > 1 ? r.years.join(', ') : r.year}${r.isExample ? ' (exempeldata – inte verkliga resultat)' : ''}`];
  if (r.kind === undefined || r.kind === 'excel') {
    lines.push(`  Blad som används: ${r.resultSheets.join(', ') || '–'}`);
    if (r.otherSheets.length) lines.push(`  Andra blad: ${r.otherSheets.join(', ')}`);
  }
  for (const sh of r.sheets ?? []) {
    const f = sh.units;
    const units = [f.kommun && `${num(f.kommun)} kommuner`, f.stadsdel && `${num(f.stadsdel)} stadsdelar`, f.lan && `${num(f.lan)} län`, f.riket && 'riket'].filter(Boolean).join(', ');
    lines.push(`  Blad "${sh.name}": år ${sh.years.join(', ')}; ${units || 'inga enheter'}; ${num(sh.indicators.length)} indikatorer (${sh.indicators.join(', ')})`);
  }
  lines.push(`  Enheter: ${unitsLine(r)}`);
  const missing = r.missingKommunerNames;
  if (missing.length) {
    const shown = missing.slice(0, MAX_NAMES).join(', ');
    lines.push(`  Kommuner som saknas (${num(missing.length)}): ${shown}${missing.length > MAX_NAMES ? ` … och ${num(missing.length - MAX_NAMES)} till` : ''}`);
  }
  lines.push(`  Indikatorer som känns igen (${num(r.recognised.length)}):`);
  for (const c of r.recognised) {
    const where = c.column ? `${c.sheet}!${c.column}` : c.header;
    const extra = `${c.year && r.years && r.years.length > 1 ? ` ${c.year}` : ''}${c.generic ? ' (ny, inte i katalogen)' : ''}`;
    lines.push(`    ${where.padEnd(16)} ${c.indicator}${extra}${c.column ? `  "${c.header}"` : ''}`);
  }
  if (r.newIndicators?.length) {
    lines.push(`  Indikatorer som inte finns i katalogen men lästs från kolumnrubriken (${num(r.newIndicators.length)}), område "Övriga indikatorer".`);
    lines.push('  Kontrollera namn, typ och riktning och lägg posterna i en egen katalog (--katalog FIL):');
    const entries = r.newIndicators.map(({ note: _note, description: _d, ...rest }) => ({ ...rest, description: '' }));
    for (const l of JSON.stringify({ indikatorer: entries }, null, 2).split('\n')) lines.push(`    ${l}`);
  }
  if (r.unrecognisedColumns.length) {
    lines.push(`  Kolumner som inte känns igen (${num(r.unrecognisedColumns.length)}):`);
    for (const c of r.unrecognisedColumns) lines.push(`    ${`${c.sheet}!${c.column}`.padEnd(16)} "${c.header}"${c.note ? ` (${c.note})` : ''}`);
    lines.push(...catalogHint(r));
  }
  if (r.unreadableCells.length) {
    lines.push(`  Värden som inte gick att läsa (${num(r.unreadableCells.length)}):`);
    for (const c of r.unreadableCells) lines.push(`    ${`${c.sheet}!${c.cell}`.padEnd(16)} "${c.text}" (${c.indicator}, ${c.unit})`);
  }
  if (r.unrecognisedRows.length) {
    lines.push(`  Rader som inte känns igen (${num(r.unrecognisedRows.length)}):`);
    for (const x of r.unrecognisedRows) lines.push(`    ${`${x.sheet} rad ${x.row}`.padEnd(16)} "${x.text}"`);
  }
  for (const w of r.warnings ?? []) lines.push(`  Varning: ${w}`);
  if (r.indicatorsMissing.length) lines.push(`  Katalogens indikatorer för ${r.years && r.years.length > 1 ? r.years.join(', ') : r.year} som saknas: ${r.indicatorsMissing.join(', ')}`);
  lines.push(`  Värden: ${num(r.valueCount)}, varav ${num(r.missingCount)} saknas`);
  return lines;
}

export function granskaText(g: Granska): string {
  const out: string[] = [];
  for (const f of g.files) {
    const kind = KIND[f.reports[0]?.kind ?? 'excel'] ?? 'Excel';
    out.push(`Fil: ${f.path}${f.reports.length ? ` (${kind})` : ''}`);
    for (const r of f.reports) out.push(...reportLines(r));
    out.push(f.usable ? '  Resultat: filen kan användas.' : `  Resultat: filen kan INTE användas: ${f.reason}`);
    if (f.hint) out.push(`  ${f.hint}`);
    out.push('');
  }
  return `${out.join('\n')}\n`.replace(/\n\n\n$/, '\n\n');
}
