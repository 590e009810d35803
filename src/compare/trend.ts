// A unit's series for one indicator over the data years up to the analysis year; breaks are never bridged.
import type { ComparisonSet, SetTrend, Trend, YearPoint } from '../model/analysis.ts';
import type { DataSet, Indicator } from '../model/types.ts';
import { getValue } from '../model/types.ts';
import type { PopulationLookup } from './population.ts';
import { isJa, measured, setValue } from './values.ts';

/** Data years up to and including the analysis year, ascending. */
export function trendYears(data: DataSet, year: number): number[] {
  return [...new Set(data.years)].filter((y) => y <= year).sort((a, b) => a - b);
}

function yearRange(years: number[]): string {
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}

/** Swedish notes for years without the indicator: not in the catalogue (a series break) or not in the data. */
export function seriesBreaks(indicator: Indicator, points: YearPoint[]): string[] {
  const first = points.findIndex((p) => p.exists);
  if (first < 0) return [];
  const last = points.length - 1 - [...points].reverse().findIndex((p) => p.exists);
  const notes: string[] = [];
  let i = 0;
  while (i < points.length) {
    if (points[i]!.exists) {
      i++;
      continue;
    }
    const inCatalogue = indicator.years.includes(points[i]!.year);
    const run: number[] = [];
    while (i < points.length && !points[i]!.exists && indicator.years.includes(points[i]!.year) === inCatalogue) run.push(points[i++]!.year);
    if (inCatalogue) notes.push(`Saknas i underlaget ${yearRange(run)}`);
    else if (run[0]! < points[first]!.year) notes.push(`Ny indikator ${points[first]!.year}`);
    else if (run[0]! > points[last]!.year) notes.push(`Redovisas inte efter ${points[last]!.year}`);
    else notes.push(`Redovisas inte ${yearRange(run)}`);
  }
  return notes;
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** Points, changes, the run of equal ja/nej answers and the series-break notes. */
export function computeTrend(data: DataSet, indicator: Indicator, unitCode: string, year: number): Trend {
  const points: YearPoint[] = trendYears(data, year).map((y) => {
    const exists = measured(data, indicator, y);
    const v = exists ? getValue(data, y, indicator.id, unitCode) : undefined;
    const p: YearPoint = { year: y, value: v?.value ?? null, raw: v?.raw ?? '', exists };
    if (v?.missing) p.missing = v.missing;
    return p;
  });
  const trend: Trend = { points, changeLastYear: null, changeSinceFirst: null, sameAnswerRun: 0, breaks: seriesBreaks(indicator, points) };
  const cur = points[points.length - 1];
  if (!cur || cur.year !== year || !cur.exists || cur.value === null) return trend;
  const prev = points[points.length - 2];
  if (prev?.exists && prev.value !== null) trend.changeLastYear = round(cur.value - prev.value);
  // First year with a value in the unbroken series ending this year.
  let i = points.length - 1;
  while (i > 0 && points[i - 1]!.exists) i--;
  const first = points.slice(i).find((p) => p.value !== null)!;
  if (first.year !== year) {
    trend.changeSinceFirst = round(cur.value - first.value!);
    trend.firstYear = first.year;
  }
  if (indicator.type === 'janej') {
    const ja = isJa(cur.value);
    trend.sameAnswerRun = countBack(points, (p) => p.value !== null && isJa(p.value) === ja);
  }
  return trend;
}

/** Years in a row, ending with the last point, for which the point exists and pred holds. */
export function countBack(points: YearPoint[], pred: (p: YearPoint) => boolean): number {
  let n = 0;
  for (let i = points.length - 1; i >= 0 && points[i]!.exists && pred(points[i]!); i--) n++;
  return n;
}

/** Each set's value per year, with this year's members throughout (one group over time). */
export function setTrends(data: DataSet, sets: ComparisonSet[], indicator: Indicator, points: YearPoint[], population: PopulationLookup): SetTrend[] {
  return sets.map((s) => ({
    setId: s.id,
    points: points.map((p) => ({ year: p.year, exists: p.exists, value: p.exists ? setValue(data, s, indicator, p.year, population).value : null })),
  }));
}
