// The report's charts, built from the analysis (and, for the matrix, the members' own answers).
import type { UnitAnalysis } from '../model/analysis.ts';
import { getValue, type DataSet } from '../model/types.ts';
import { distribution, omradeProfile, statusMatrix, trendChart, type MatrixCell } from './charts/index.ts';
import { inSentence } from './charts/text.ts';
import type { Figure, ReportFigures } from './report-model.ts';

function matrixCell(data: DataSet, year: number) {
  return (code: string, indicatorId: string): MatrixCell => {
    const v = getValue(data, year, indicatorId, code);
    if (!v || v.value === null) return 'Saknas';
    return v.value === 1 ? 'Ja' : 'Nej';
  };
}

export async function buildFigures(analysis: UnitAnalysis, data: DataSet, names: (code: string) => string): Promise<ReportFigures> {
  const figures: ReportFigures = { overview: [], omrade: {}, priorities: [] };
  const measured = analysis.indicators.filter((r) => r.trend.points.at(-1)?.exists);

  // 1. Matrix: the unit and its liknande kommuner (or other stadsdelar) × ja/nej indicators.
  const peers = analysis.sets.find((s) => s.kind === 'stadsdelar') ?? analysis.sets.find((s) => s.kind === 'liknande');
  const janej = measured.filter((r) => r.indicator.type === 'janej').map((r) => r.indicator);
  if (peers && janej.length) {
    const rows = [{ code: analysis.unit.code, name: analysis.unit.name }, ...peers.members.map((c) => ({ code: c, name: names(c) }))];
    const m = await statusMatrix(rows, janej, matrixCell(data, analysis.year));
    figures.overview!.push({ ...m, caption: `Svar ${analysis.year} för ${analysis.unit.name} och ${inSentence(peers)}` });
  }

  // 2. One profile per område with ja/nej or andel indicators.
  const omraden = [...new Set(measured.filter((r) => r.indicator.type !== 'bakgrund').map((r) => r.indicator.omrade))];
  for (const omrade of omraden) {
    const p = await omradeProfile(analysis, omrade);
    figures.omrade![omrade] = [{ ...p, caption: `${omrade}: ${analysis.unit.name} jämfört med jämförelsegrupperna ${analysis.year}` }];
  }

  // 3. For the top development areas, in priority order: a trend per ja/nej indicator (one small figure each,
  // so they flow over pages) and the distribution over all kommuner for an andel.
  const top = analysis.developmentAreas.slice(0, 5).map((d) => d.indicatorId);
  let trends = 0;
  for (const id of top) {
    const r = analysis.indicators.find((x) => x.indicator.id === id);
    if (!r) continue;
    if (r.indicator.type === 'janej' && analysis.years.length > 1 && trends < 4) {
      trends++;
      const t = await trendChart(analysis, [id]);
      figures.priorities!.push({ ...t, caption: `${r.indicator.shortName}: ${analysis.unit.name} och jämförelsegrupperna ${analysis.years[0]}–${analysis.year}` });
    } else if (r.indicator.type === 'andel' && r.distribution?.values.length) {
      const d = await distribution(analysis, id);
      figures.priorities!.push({ ...d, caption: `${r.indicator.shortName}: alla kommuners värden ${analysis.year}` } satisfies Figure);
    }
  }
  return figures;
}
