import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { dataPath } from '../paths.ts';
import { slug } from './slug.ts';
import type { Delomrade, Kommun, Kommungrupp, Lan, LiknandeGrupp, Reference } from './types.ts';

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return parse(readFileSync(dataPath('referens', file), 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

function req(row: Row, col: string): string {
  const v = row[col];
  if (v === undefined) throw new Error(`referensdata saknar kolumnen ${col}`);
  return v;
}

const DELOMRADE_KINDS = ['stadsdelsområde', 'stadsdelsnämnd', 'socialförvaltning'] as const;

let cached: Reference | undefined;

/** Loads the bundled reference data once per process. */
export function loadReference(): Reference {
  if (cached) return cached;
  const kommuner = new Map<string, Kommun>();
  for (const r of readCsv('kommuner.csv')) {
    const k: Kommun = {
      code: req(r, 'kommunkod'),
      name: req(r, 'kommun'),
      lanCode: req(r, 'lan_kod'),
      lanName: req(r, 'lan_namn'),
      grupp2017: req(r, 'kommungrupp_2017_kod'),
      grupp2023: req(r, 'kommungrupp_2023_kod'),
      population: Number(req(r, 'folkmangd')),
      populationDate: req(r, 'folkmangd_datum'),
    };
    kommuner.set(k.code, k);
  }
  const lan = new Map<string, Lan>();
  for (const r of readCsv('lan.csv')) {
    lan.set(req(r, 'lan_kod'), { code: req(r, 'lan_kod'), name: req(r, 'lan_namn'), shortName: req(r, 'lan_namn_kort') });
  }
  const kommungrupper = new Map<string, Kommungrupp>();
  for (const r of readCsv('skr_kommungrupper.csv')) {
    kommungrupper.set(req(r, 'kod'), { code: req(r, 'kod'), name: req(r, 'namn'), mainGroup: req(r, 'huvudgrupp_namn') });
  }
  const liknande = new Map<string, LiknandeGrupp[]>();
  for (const r of readCsv('liknande_kommuner_lss.csv')) {
    const groups: LiknandeGrupp[] = [];
    for (const suffix of ['_tidigare', '']) {
      const id = r[`lss_grupp_id${suffix}`];
      if (!id) continue;
      groups.push({
        groupId: id,
        title: req(r, `lss_grupp_titel${suffix}`),
        year: Number(req(r, `lss_grupp_ar${suffix}`)),
        members: req(r, `lss_medlemmar_koder${suffix}`).split(';').filter(Boolean),
      });
    }
    liknande.set(req(r, 'kommunkod'), groups.sort((a, b) => a.year - b.year));
  }
  const delomraden: Delomrade[] = readCsv('delomraden_storstader.csv').map((r) => ({
    code: `${req(r, 'kommunkod')}-${slug(req(r, 'namn'))}`,
    parentCode: req(r, 'kommunkod'),
    name: req(r, 'namn'),
    kind: DELOMRADE_KINDS.find((k) => k === req(r, 'enhetstyp')) ?? 'stadsdelsområde',
    validFrom: req(r, 'giltig_fran'),
    validTo: r['giltig_till'] || undefined,
  }));
  cached = { kommuner, lan, kommungrupper, liknande, delomraden };
  return cached;
}

/** Stadsdelar/förvaltningar valid on 1 January of the given year. */
export function delomradenFor(ref: Reference, year: number): Delomrade[] {
  const day = `${year}-01-01`;
  return ref.delomraden.filter((d) => d.validFrom <= day && (!d.validTo || d.validTo >= day));
}

/** The kommungrupp code of the edition that applies to a data year (2017 edition up to 2022). */
export function kommungruppFor(k: Kommun, year: number): { code: string; edition: number } {
  return year <= 2022 ? { code: k.grupp2017, edition: 2017 } : { code: k.grupp2023, edition: 2023 };
}

/** The Liknande kommuner LSS vintage closest to the data year (earlier wins a tie). */
export function liknandeFor(ref: Reference, kommunCode: string, year: number): LiknandeGrupp | undefined {
  const groups = ref.liknande.get(kommunCode) ?? [];
  let best: LiknandeGrupp | undefined;
  for (const g of groups) {
    if (!best || Math.abs(g.year - year) < Math.abs(best.year - year)) best = g;
  }
  return best;
}
