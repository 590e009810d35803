// Step 2 "Analysera": the unit's context, background figures, who answers Ja where it answers Nej, data quality.
import { INVANARE_ID } from '../compare/population.ts';
import { formatNumber, svCollator } from '../sv/format.ts';
import type { LabelValue, ReportModel } from './report-model.ts';
import type { SectionContext } from './section-context.ts';
import { formatValue } from '../sv/format.ts';
import { tidy } from '../sv/grammar.ts';
import { unbroken } from './wrap.ts';

function contextLines(c: SectionContext): LabelValue[] {
  const { analysis, names } = c;
  const ctx = analysis.context;
  const liknandeSet = c.sets.find((s) => s.kind === 'liknande');
  const lines: LabelValue[] = [{ label: analysis.unit.kind === 'stadsdel' ? 'Stadsdel' : 'Kommun', value: analysis.unit.name }];
  if (ctx.lanName) lines.push({ label: 'Län', value: ctx.lanName });
  if (ctx.kommungrupp) lines.push({ label: `Kommungrupp (SKR ${ctx.kommungrupp.edition})`, value: `${ctx.kommungrupp.code} ${ctx.kommungrupp.name}` });
  // One population figure (the background table leaves Invånare out): the data's for the analysis year, else dated.
  const pop = ctx.population;
  if (pop) lines.push({ label: 'Invånare', value: `${formatNumber(pop.value)} (${pop.source === 'underlag' ? `ÖJ ${pop.year}` : `folkmängd ${pop.date ?? pop.year}, referensdata; underlaget saknar Invånare ${analysis.year}`})` });
  if (liknandeSet) {
    const memberNames = liknandeSet.members.map((m) => names.get(m) ?? m).sort(svCollator.compare);
    const vintage = ctx.liknande ? `${ctx.liknande.title} (gruppindelning ${ctx.liknande.year})` : liknandeSet.description;
    lines.push({ label: 'Liknande kommuner', value: `${memberNames.join(', ')}. Källa: ${vintage}.` });
  }
  return lines;
}

export function buildStep2(c: SectionContext): ReportModel['step2'] {
  const { analysis } = c;
  const pop = analysis.context.population;
  const background = analysis.indicators
    .filter((r) => r.indicator.type === 'bakgrund' && !(pop && r.indicator.id === INVANARE_ID))
    .map((r) => ({ name: r.indicator.shortName, unit: r.indicator.unit && r.indicator.unit !== '%' ? unbroken(r.indicator.unit) : '', value: formatValue(r.indicator, r.value, r.missing), sets: c.setCells(r) }));
  // Every Nej, also those that are not prioritised, so that "who answers Ja where we answer Nej" is complete.
  const learnFrom = analysis.indicators
    .filter((r) => r.indicator.type === 'janej' && r.value === 0)
    .map((r) => {
      const who = c.learnFromText(r);
      return { name: r.indicator.shortName, answer: 'Nej', who: who.length ? who : ['Ingen i jämförelsegrupperna svarar Ja.'] };
    });
  const dataQuality: { name: string; text: string }[] = analysis.dataQuality.map((f) => ({ name: c.nameOf(f.indicatorId), text: unbroken(tidy(f.flag.reason)) }));
  for (const r of analysis.indicators) {
    if (r.trend.breaks.length > 0) dataQuality.push({ name: r.indicator.shortName, text: `Serieavbrott: ${r.trend.breaks.join(', ')}. Åren jämförs inte över avbrottet.` });
  }
  const questions = c.extras.steps.steps[1]?.questions ?? [];
  return { context: contextLines(c), background, learnFrom, dataQuality, questions };
}
