// Reading a Kolada cache folder (written by `hamta`) as a data source, offline.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { ExitCode, OjError } from '../../errors.ts';
import * as msg from '../../sv/messages.ts';
import type { Indicator, Unit, Value } from '../../model/types.ts';
import type { Reference } from '../../reference/types.ts';
import { isPercent, parseValue } from '../missing.ts';
import { emptyFileReport, summariseUnits } from '../report.ts';
import { assertPlausibleYear } from '../year.ts';
import type { SourceImport } from '../source.ts';
import { parseDataResponse, pointsOf, type KoladaPoint } from './api.ts';
import { cacheFiles, readCacheFolder } from './cache.ts';
import { unitForKoladaId } from './ids.ts';

export function isKoladaCache(path: string): boolean {
  try {
    return statSync(path).isDirectory() && cacheFiles(path).length > 0;
  } catch {
    return false;
  }
}

/**
 * Values from the cache: KPIs mapped to indicators through the catalogue's koladaKpi. Ja/nej KPIs are
 * coded Ja=1/Nej=0 for a kommun; for a region or riket Kolada gives the mean, i.e. the Ja-share, which
 * becomes 0–100 like the ÖJ file's län/riket rows.
 */
export function importKoladaCache(dir: string, opts: { catalog: Indicator[]; ref: Reference }): SourceImport {
  const entries = readCacheFolder(dir);
  if (!entries.length) throw new OjError(msg.koladaCacheEmpty(dir), ExitCode.input, msg.koladaCacheEmptyHint);
  const byKpi = new Map<string, Indicator>();
  for (const i of opts.catalog) if (i.koladaKpi) byKpi.set(i.koladaKpi, i);
  const points = new Map<string, KoladaPoint>();
  let fetched = '';
  for (const { file, entry } of entries) {
    for (const p of pointsOf(parseDataResponse(entry.response, file))) points.set(`${p.period}|${p.kpi}|${p.municipality}`, p);
    if (entry.fetched > fetched) fetched = entry.fetched;
  }
  const fractionShare = groupSharesAreFractions([...points.values()], byKpi);
  const values: Value[] = [];
  const units = new Map<string, Unit>();
  const indicators = new Map<string, Indicator>();
  for (const p of points.values()) {
    const ind = byKpi.get(p.kpi);
    const unit = unitForKoladaId(opts.ref, p.municipality);
    if (!ind || !unit) continue;
    const group = unit.kind === 'lan' || unit.kind === 'riket';
    const value = ind.type === 'janej' && group && fractionShare.has(`${p.kpi}|${p.period}`) ? p.value * 100 : p.value;
    checkPoint(basename(dir), p, ind, unit, value);
    values.push({ unit: unit.code, indicator: ind.id, year: p.period, value, raw: String(p.value), source: { file: basename(dir), sheet: p.kpi, cell: p.municipality } });
    units.set(unit.code, unit);
    indicators.set(ind.id, ind);
  }
  const day = fetched.slice(0, 10);
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  const reports = years.map((year) => {
    const inYear = values.filter((v) => v.year === year);
    const report = emptyFileReport(basename(dir), '', year, 'kolada');
    const ids = [...new Set(inYear.map((v) => v.indicator))];
    report.recognised = ids.map((id) => ({ sheet: '', column: '', indicator: id, header: byKpiId(byKpi, id) }));
    report.indicatorsMissing = opts.catalog.filter((i) => i.koladaKpi && i.years.includes(year) && !ids.includes(i.id)).map((i) => i.id);
    summariseUnits(report, new Map(inYear.map((v) => [v.unit, units.get(v.unit)!])), opts.ref);
    report.valueCount = inYear.length;
    return report;
  });
  return {
    sources: [{ kind: 'kolada', name: `Källa: Kolada, hämtat ${day}`, fetched: day }],
    years, isExample: false, values, units: [...units.values()], indicators: [...indicators.values()], reports,
  };
}

/** The same year and range checks as for Excel and CSV: a changed or damaged cache never reaches a report. */
function checkPoint(name: string, p: KoladaPoint, ind: Indicator, unit: Unit, value: number): void {
  const where = `Kolada-cachen ${name}: ${p.kpi} (${ind.id}) för ${unit.name} (${unit.code})`;
  assertPlausibleYear(p.period, where);
  if (parseValue(value, ind.type, unit.kind, ind.unit).missing !== 'oläsbar') return;
  const expected = ind.type === 'janej' && !isPercent(ind.type, unit.kind, ind.unit) ? 'answer' : isPercent(ind.type, unit.kind, ind.unit) ? 'percent' : 'count';
  throw new OjError(msg.koladaImplausible(where, p.period, p.value, expected), ExitCode.input, msg.koladaImplausibleHint);
}

function byKpiId(byKpi: Map<string, Indicator>, id: string): string {
  for (const [kpi, ind] of byKpi) if (ind.id === id) return kpi;
  return id;
}

/** KPI-years whose region/riket values of a ja/nej KPI are all ≤ 1 (a mean of 1/0), so they need × 100. */
function groupSharesAreFractions(points: KoladaPoint[], byKpi: Map<string, Indicator>): Set<string> {
  const max = new Map<string, number>();
  for (const p of points) {
    if (byKpi.get(p.kpi)?.type !== 'janej' || !/^00\d{2}$/.test(p.municipality)) continue;
    const key = `${p.kpi}|${p.period}`;
    max.set(key, Math.max(max.get(key) ?? 0, p.value));
  }
  return new Set([...max].filter(([, m]) => m <= 1).map(([k]) => k));
}
