// Fuzzing the importers (fast-check, fixed seeds): random workbooks, mutated bytes of a real example workbook,
// random CSV text and random cells. Every run ends in a DataSet or an OjError with a message, never another
// exception, and a value is never read from a missing cell.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OjError } from '../../src/errors.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { importCsvBytes } from '../../src/load/csv.ts';
import { importExcelBytes } from '../../src/load/excel.ts';
import { parseValue } from '../../src/load/missing.ts';
import type { Value } from '../../src/model/types.ts';
import { dataPath } from '../../src/paths.ts';
import { loadReference } from '../../src/reference/load.ts';

/** FUZZ_RUNS=10 FUZZ_SEED=n for a longer local search; CI uses the fixed seeds below. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1);
const STATS = process.env['FUZZ_STATS'] ? new Map<string, number>() : undefined;
const count = (k: string) => STATS?.set(k, (STATS.get(k) ?? 0) + 1);
const catalog = loadCatalog();
const ref = loadReference();
const ctx = { catalog, ref };

/** The missing spellings of domain.md §2.1 and a few more; written by the generators, they must give null. */
const MISSING = ['-', '–', '..', '.', '', 'Uppgift saknas', 'Ej svar', 'Ej svarat', 'Vet ej', 'x', 'X', '…', 'saknas', ' - ', '\u00a0..\u00a0'];
const kommuner = [...ref.kommuner.values()].slice(0, 40);
const lan = [...ref.lan.values()].slice(0, 5);
const headers = catalog.flatMap((i) => [i.name, i.shortName]).slice(0, 60);

/** An independent reading of a cell's text, for the check (not the importer's parser). */
function oracle(text: string): number | undefined {
  const s = text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
  const l = s.toLowerCase();
  if (l === 'ja' || l === 'yes') return 1;
  if (l === 'nej' || l === 'no') return 0;
  const t = s.replace(/^[−–]/, '-').replace(/\s*%$/, '');
  const grouped = /^-?\d{1,3}( \d{3})+([,.]\d+)?$/.test(t) ? t.replace(/ /g, '') : t;
  return /^-?\d+([,.]\d+)?$/.test(grouped) ? Number(grouped.replace(',', '.')) : undefined;
}

const isMissingText = (t: string) => MISSING.some((m) => m.replace(/\u00a0/g, ' ').trim().toLowerCase() === t.replace(/\u00a0/g, ' ').trim().toLowerCase());

function assertOutcome(e: unknown): void {
  if (!(e instanceof OjError)) throw e;
  count(e.message.replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 90));
  expect(e.message.trim().length).toBeGreaterThan(0);
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

// ---------- (d) single cells ----------

const cellText = fc.oneof(
  fc.constantFrom(...MISSING, 'Ja', 'Nej', 'ja', 'NEJ', 'Yes', 'no', 'Delvis', '1 234', '45,5 %', '−3', '0,45', '140', '10 001', '1e3', 'NaN', 'Infinity'),
  fc.tuple(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.boolean()).map(([n, comma]) => (comma ? String(n).replace('.', ',') : String(n))),
  fc.integer({ min: -200, max: 20000 }).map(String),
  fc.string({ maxLength: 12 }),
);

describe('fuzz: cells', () => {
  it('parseValue never throws, never reads a missing spelling and never returns an out-of-range number', () => {
    const kinds = ['kommun', 'stadsdel', 'lan', 'riket'] as const;
    fc.assert(
      fc.property(cellText, fc.constantFrom(...catalog), fc.constantFrom(...kinds), (text, ind, kind) => {
        const p = parseValue(text, ind.type, kind, ind.unit);
        expect(p.value === null).toBe(p.missing !== undefined);
        if (isMissingText(text)) expect(p.value).toBeNull();
        if (p.value === null) return;
        expect(Number.isFinite(p.value)).toBe(true);
        expect(p.value).toBeGreaterThanOrEqual(0);
        expect(p.value).toBe(oracle(text));
        if (ind.type === 'janej' && (kind === 'kommun' || kind === 'stadsdel')) expect([0, 1]).toContain(p.value);
        if (ind.type === 'andel' || ind.type === 'janej' || ind.unit === '%') expect(p.value).toBeLessThanOrEqual(100);
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 42), numRuns: 4000 * RUNS },
    );
  });
});

// ---------- (a) random workbooks ----------

type Spec = { kind: 'empty' } | { kind: 'text'; text: string } | { kind: 'number'; n: number; pct: boolean };

const specArb: fc.Arbitrary<Spec> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'empty' as const }) },
  { weight: 3, arbitrary: fc.constantFrom(...MISSING).map((text) => ({ kind: 'text' as const, text })) },
  { weight: 3, arbitrary: fc.constantFrom('Ja', 'Nej', 'ja', ' Nej ').map((text) => ({ kind: 'text' as const, text })) },
  { weight: 2, arbitrary: fc.constantFrom(...headers, 'Kommun', 'Kod', 'Namn', 'Kommunkod', 'Län').map((text) => ({ kind: 'text' as const, text })) },
  { weight: 2, arbitrary: fc.constantFrom(...kommuner.flatMap((k) => [k.code, k.name, `${k.code} ${k.name}`]), ...lan.map((l) => l.name), 'Riket').map((text) => ({ kind: 'text' as const, text })) },
  {
    weight: 3,
    arbitrary: fc.record({ n: fc.oneof(fc.integer({ min: -50, max: 15000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -2, max: 200 })), pct: fc.boolean() })
      .map(({ n, pct }) => ({ kind: 'number' as const, n, pct })),
  },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('45,5', '1 234', '140 %', '0,45', '−3')).map((text) => ({ kind: 'text' as const, text })) },
);

const gridArb = fc.record({
  title: fc.oneof({ weight: 6, arbitrary: fc.constant('Öppna jämförelser 2019 – LSS') }, fc.constantFrom('Exempeldata', '', 'Öppna jämförelser 2099')),
  sheetName: fc.constantFrom('Resultat', 'Blad1', 'LSS 2018'),
  keyRow: fc.integer({ min: 2, max: 4 }),
  useCode: fc.boolean(),
  headerCols: fc.array(fc.constantFrom(...headers), { minLength: 1, maxLength: 5 }),
  rows: fc.array(fc.record({ unit: fc.oneof(fc.constantFrom(...kommuner, ...lan), fc.constant(undefined)), cells: fc.array(specArb, { minLength: 5, maxLength: 5 }) }), { minLength: 0, maxLength: 12 }),
  noise: fc.array(fc.tuple(fc.integer({ min: 1, max: 18 }), fc.integer({ min: 1, max: 8 }), specArb), { maxLength: 6 }),
});
type Grid = typeof gridArb extends fc.Arbitrary<infer T> ? T : never;

function setCell(cell: ExcelJS.Cell, s: Spec): void {
  if (s.kind === 'empty') cell.value = null;
  else if (s.kind === 'text') cell.value = s.text;
  else if (s.kind === 'number') {
    cell.value = s.n;
    if (s.pct) cell.numFmt = '0.0%';
  }
}

/** The workbook and what each written cell holds (sheet!address → spec), for the check afterwards. */
async function build(g: Grid): Promise<{ bytes: Buffer; specs: Map<string, Spec> }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(g.sheetName);
  const specs = new Map<string, Spec>();
  const put = (r: number, c: number, s: Spec) => {
    const cell = ws.getCell(r, c);
    setCell(cell, s);
    specs.set(`${g.sheetName}!${cell.address}`, s);
  };
  if (g.title) ws.getCell(1, 1).value = g.title;
  const keyCols = g.useCode ? 2 : 1;
  if (g.useCode) put(g.keyRow, 1, { kind: 'text', text: 'Kod' });
  put(g.keyRow, keyCols, { kind: 'text', text: 'Kommun' });
  g.headerCols.forEach((h, i) => put(g.keyRow, keyCols + 1 + i, { kind: 'text', text: h }));
  g.rows.forEach((row, n) => {
    const r = g.keyRow + 1 + n;
    if (row.unit) {
      if (g.useCode) put(r, 1, { kind: 'text', text: row.unit.code });
      put(r, keyCols, { kind: 'text', text: row.unit.name });
    }
    row.cells.forEach((s, i) => put(r, keyCols + 1 + i, s));
  });
  for (const [r, c, s] of g.noise) put(r, c, s);
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), specs };
}

/** The value came from its cell: a missing spelling or empty cell gives null, a number is the cell's (×100 with a % format). */
function checkValue(v: Value, specs: Map<string, Spec>): void {
  expect(v.value === null).toBe(v.missing !== undefined);
  const s = specs.get(`${v.source!.sheet}!${v.source!.cell}`) ?? { kind: 'empty' };
  if (s.kind === 'empty' || (s.kind === 'text' && isMissingText(s.text))) {
    expect(v.value, `${v.source!.cell} "${v.raw}"`).toBeNull();
    return;
  }
  if (v.value === null) return;
  if (s.kind === 'number') {
    expect(near(v.value, s.pct ? s.n * 100 : s.n), `${v.source!.cell} ${s.n} → ${v.value}`).toBe(true);
  } else {
    const o = oracle(s.text);
    expect(o, `${v.source!.cell} "${s.text}"`).toBeDefined();
    expect(near(v.value, o!)).toBe(true);
  }
}

describe('fuzz: workbooks', () => {
  it('random cell grids give a DataSet whose values all come from their cells, or an OjError', async () => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(gridArb, async (g) => {
        const { bytes, specs } = await build(g);
        try {
          const imp = await importExcelBytes(bytes, 'fuzz.xlsx', ctx);
          imported++;
          count(`grid ok, ${imp.values.filter((v) => v.value !== null).length ? 'with' : 'no'} values`);
          for (const v of imp.values) checkValue(v, specs);
          expect(imp.report.valueCount).toBe(imp.values.length);
        } catch (e) {
          assertOutcome(e);
        }
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 7), numRuns: 200 * RUNS },
    );
    // The generator must reach the value-reading code, not only the error paths.
    expect(imported).toBeGreaterThan(40);
  });

  const example = readFileSync(dataPath('exempel', 'oj-lss-2019-exempeldata.xlsx'));
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat({ max: example.length }) }),
    fc.record({ op: fc.constant('flip' as const), at: fc.array(fc.nat({ max: example.length - 1 }), { minLength: 1, maxLength: 8 }), mask: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ op: fc.constant('overwrite' as const), at: fc.nat({ max: example.length - 1 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  );

  it('mutated bytes of a real example workbook (truncated, flipped, overwritten) give a DataSet or an OjError', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        let bytes: Buffer;
        if (m.op === 'truncate') bytes = example.subarray(0, m.at);
        else {
          bytes = Buffer.from(example);
          if (m.op === 'flip') for (const i of m.at) bytes[i] = bytes[i]! ^ m.mask;
          else bytes.set(m.bytes.subarray(0, bytes.length - m.at), m.at);
        }
        try {
          const imp = await importExcelBytes(bytes, 'oj-lss-2019-exempeldata.xlsx', ctx);
          count(`mutated ok ${m.op}`);
          for (const v of imp.values) {
            expect(v.value === null).toBe(v.missing !== undefined);
            if (isMissingText(v.raw)) expect(v.value).toBeNull();
            if (v.value !== null) expect(Number.isFinite(v.value)).toBe(true);
          }
        } catch (e) {
          assertOutcome(e);
        }
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 11), numRuns: 150 * RUNS },
    );
  });
});

// ---------- (c) random CSV text ----------

const ids = catalog.map((i) => i.id);
const csvField = fc.oneof(
  fc.constantFrom(...kommuner.map((k) => k.code), '00', '03', '0000', '0003', '0180-bromma', '9999', ''),
  fc.constantFrom(...ids, 'okänd'),
  fc.constantFrom('2017', '2018', '2019', '19', '2099', 'år'),
  fc.constantFrom(...MISSING, 'Ja', 'Nej', '45,5', '"45,5"', '140', '-3', '0,45', '1 234', '12'),
  fc.string({ maxLength: 8 }),
);
const csvArb = fc.record({
  sep: fc.constantFrom(';', ','),
  header: fc.oneof(fc.constant(['kommunkod', 'indikator', 'år', 'värde']), fc.shuffledSubarray(['kommunkod', 'indikator', 'år', 'värde', 'extra'], { minLength: 3 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 })),
  lines: fc.array(fc.oneof(
    { weight: 30, arbitrary: fc.tuple(fc.constantFrom(...kommuner.map((k) => k.code), '00', '03'), fc.constantFrom(...ids), fc.constantFrom('2017', '2018', '2019'), fc.constantFrom(...MISSING, 'Ja', 'Nej', '45', '45,5', '60', '0,5', '140')).map((t) => [...t]) },
    { weight: 1, arbitrary: fc.array(csvField, { maxLength: 5 }) },
  ), { maxLength: 25 }),
  tail: fc.oneof(fc.constant(''), fc.string({ maxLength: 20 })),
  crlf: fc.boolean(),
});

describe('fuzz: CSV', () => {
  it('random CSV text gives values that match their line, or an OjError', () => {
    let imported = 0;
    fc.assert(
      fc.property(csvArb, (c) => {
        const nl = c.crlf ? '\r\n' : '\n';
        const text = [c.header, ...c.lines].map((l) => l.join(c.sep)).join(nl) + nl + c.tail;
        try {
          const imp = importCsvBytes(Buffer.from(text), 'fuzz.csv', ctx);
          imported++;
          for (const v of imp.values) {
            expect(v.value === null).toBe(v.missing !== undefined);
            if (isMissingText(v.raw)) expect(v.value).toBeNull();
            else if (v.value !== null) expect(v.value).toBe(oracle(v.raw));
          }
        } catch (e) {
          assertOutcome(e);
        }
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 3), numRuns: 2500 * RUNS },
    );
    expect(imported).toBeGreaterThan(100);
  });

  it('random bytes as a CSV give an OjError or a DataSet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          importCsvBytes(Buffer.from(bytes), 'slump.csv', ctx);
        } catch (e) {
          assertOutcome(e);
        }
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 5), numRuns: 1000 * RUNS },
    );
  });
});

if (STATS) {
  const { afterAll } = await import('vitest');
  afterAll(() => console.log([...STATS].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}\t${k}`).join('\n')));
}
