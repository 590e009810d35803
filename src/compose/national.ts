// One line of national context per indicator for Bilaga 1: how many kommuner answer Ja (andel: the mean)
// this year and the year before, computed from every kommun's own value.
import { isJa, mean } from '../compare/values.ts';
import type { UnitAnalysis } from '../model/analysis.ts';
import { getValue, type DataSet, type Indicator } from '../model/types.ts';
import { formatNumber, formatPercent } from '../sv/format.ts';

interface YearFigure {
  year: number;
  answered: number;
  ja: number;
  mean: number | null;
}

// The same for every report of a run: computed once per data set, year and indicator (290 look-ups each).
const figures = new WeakMap<DataSet, Map<string, YearFigure | undefined>>();

function figure(data: DataSet, kommuner: string[], who: string, ind: Indicator, year: number): YearFigure | undefined {
  let known = figures.get(data);
  if (!known) figures.set(data, (known = new Map()));
  const key = `${year}|${ind.id}|${who}`;
  if (!known.has(key)) known.set(key, count(data, kommuner, ind, year));
  return known.get(key);
}

function count(data: DataSet, kommuner: string[], ind: Indicator, year: number): YearFigure | undefined {
  const values = kommuner.map((c) => getValue(data, year, ind.id, c)?.value).filter((v): v is number => typeof v === 'number');
  if (values.length === 0) return undefined;
  return { year, answered: values.length, ja: values.filter(isJa).length, mean: mean(values) };
}

const pct = (v: number) => formatPercent(v, Number.isInteger(v) ? 0 : 1);

/** "I riket svarar 128 av 284 kommuner Ja 2019 (45 %); 2018 var det 42 %." per indicator id; none for bakgrund. */
export function nationalContext(analysis: UnitAnalysis, data: DataSet, kommuner: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const who = kommuner.join(',');
  for (const r of analysis.indicators) {
    const ind = r.indicator;
    if (ind.type === 'bakgrund') continue;
    const now = figure(data, kommuner, who, ind, analysis.year);
    if (!now) continue;
    const before = figure(data, kommuner, who, ind, analysis.year - 1);
    if (ind.type === 'janej') {
      const share = (f: YearFigure) => pct(Math.round((1000 * f.ja) / f.answered) / 10);
      out[ind.id] =
        `I riket svarar ${formatNumber(now.ja)} av ${formatNumber(now.answered)} kommuner Ja ${now.year} (${share(now)})` +
        (before ? `; ${before.year} var det ${share(before)}.` : '.');
    } else if (now.mean !== null) {
      const m = (f: YearFigure) => pct(Math.round(f.mean! * 10) / 10);
      out[ind.id] =
        `Genomsnittet för ${formatNumber(now.answered)} kommuner i riket är ${m(now)} ${now.year}` + (before?.mean != null ? `; ${before.year} var det ${m(before)}.` : '.');
    }
  }
  return out;
}
