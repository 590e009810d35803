// Builds the example data for all years at once, so answers can persist from year to year.
import type { Indicator } from '../model/types.ts';
import { delomradenFor } from '../reference/load.ts';
import type { Reference } from '../reference/types.ts';
import { aggregateGroups, aggregates } from './aggregate.ts';
import { andelAnswers, janejAnswers } from './answers.ts';
import { backgroundValues, population } from './background.ts';
import { targetFor, type CalibrationTarget } from './calibration.ts';
import { assignSpellings, gapKey, surveyGaps } from './gaps.ts';
import { EXAMPLE_SEED, EXAMPLE_YEARS, type ExampleYear, type GenCell, type GenContext } from './model.ts';
import { kommunProfiles } from './profiles.ts';
import { uniform } from './rng.ts';

export interface GenerateOptions {
  ref: Reference;
  catalog: Indicator[];
  targets: CalibrationTarget[];
  seed?: number;
  years?: readonly number[];
}

export function generateExampleData(opts: GenerateOptions): ExampleYear[] {
  const seed = opts.seed ?? EXAMPLE_SEED;
  const years = opts.years ?? EXAMPLE_YEARS;
  const ref = opts.ref;
  const ctx: GenContext = { seed, ref, profiles: kommunProfiles(ref, seed), kommunCodes: [...ref.kommuner.keys()].sort() };
  const indicatorsOf = (year: number): Indicator[] => opts.catalog.filter((i) => i.years.includes(year));
  const stadsdelarOf = (year: number) => delomradenFor(ref, year).filter((d) => d.parentCode === '0180');
  const unitsOf = (year: number): string[] => [...ctx.kommunCodes, ...stadsdelarOf(year).map((d) => d.code)];
  const gapsByYear = surveyGaps(ctx, unitsOf, indicatorsOf, years);
  const groups = aggregateGroups(ref.kommuner.values());

  return years.map((year) => {
    const indicators = indicatorsOf(year);
    const stadsdelar = stadsdelarOf(year);
    const gaps = gapsByYear.get(year)!;
    const units = new Map<string, Map<string, GenCell>>(unitsOf(year).map((u) => [u, new Map()]));
    const surveyMissing: string[] = [];
    const bgMissing: string[] = [];
    for (const ind of indicators) {
      let values: Map<string, number>;
      if (ind.type === 'janej') {
        const target = targetFor(opts.targets, ind.id, year);
        if (target === undefined) throw new Error(`kalibrering.json saknar målvärde för ${ind.id} ${year}`);
        values = janejAnswers(ctx, ind, year, target, stadsdelar, gaps);
      } else if (ind.type === 'andel') {
        values = andelAnswers(ctx, ind, year, stadsdelar, gaps);
      } else {
        values = backgroundValues(ctx, ind, year, stadsdelar);
      }
      for (const [unit, row] of units) {
        const v = values.get(unit);
        if (v !== undefined) row.set(ind.id, { value: v });
        else (ind.type === 'bakgrund' ? bgMissing : surveyMissing).push(gapKey(unit, ind.id));
      }
    }
    const spellings = assignSpellings(ctx, year, surveyMissing);
    for (const key of bgMissing) spellings.set(key, uniform(seed, 'bm-spell', year, key) < 0.7 ? '..' : '-');
    for (const [key, spelling] of spellings) {
      const [unit, ind] = key.split('|') as [string, string];
      units.get(unit)!.set(ind, { missing: spelling });
    }
    const agg = aggregates(indicators, units, groups, (code) => population(ctx, code, year));
    return { year, indicators, units, aggregates: agg };
  });
}
