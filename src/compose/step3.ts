// Step 3 "Prioritera": local and common development areas, other Nej answers, strengths, with the rules.
import { RULES } from '../assess/rulebook.ts';
import type { IndicatorResult, RankedFlag, Rules } from '../model/analysis.ts';
import { formatPercent } from '../sv/format.ts';
import type { ReportModel } from './report-model.ts';
import { subLabel, type SectionContext } from './section-context.ts';
import { tidy } from '../sv/grammar.ts';
import { unbroken } from './wrap.ts';

/**
 * A local Ja/Nej area that few kommuner in riket answer Ja to: say why it is local and not common, so that a
 * reader who sees "9 % i riket" beside a "gemensamt" area at 17 % can follow the rule.
 */
function rareButLocal(f: RankedFlag, r: IndicatorResult | undefined, rules: Rules): string {
  if (f.flag.kind !== 'utvecklingsomrade' || r?.indicator.type !== 'janej') return '';
  const riket = r.sets.find((s) => s.setId === 'riket')?.value;
  if (riket === null || riket === undefined || !RULES.gemensamt.apply(riket, rules)) return '';
  return ` I riket svarar bara ${formatPercent(riket, 0)} Ja, men en jämförelsegrupp når gränsen för utvecklingsområde, så området räknas som lokalt och inte som gemensamt.`;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The strengths, also read by the summary. */
export function strengthItems(c: SectionContext): ReportModel['step3']['strengths'] {
  return c.analysis.strengths.map((f) => {
    const r = c.byId.get(f.indicatorId);
    return { name: r?.indicator.shortName ?? f.indicatorId, omrade: subLabel(r), reason: unbroken(tidy(f.flag.reason)) };
  });
}

export function buildStep3(c: SectionContext): ReportModel['step3'] {
  const ranked = c.analysis.developmentAreas;
  // Step 3 (not the summary) also says why a local area that is rare in riket is local.
  const local = ranked
    .filter((f) => f.flag.kind !== 'gemensamt')
    .map((f) => {
      const item = c.priorityItem(f);
      return { ...item, reason: tidy(item.reason + rareButLocal(f, c.byId.get(f.indicatorId), c.rules)) };
    });
  const common = ranked.filter((f) => f.flag.kind === 'gemensamt').map((f) => ({ ...c.priorityItem(f), priority: '' }));
  const otherNej = c.analysis.otherNej.map((o) => {
    const r = c.byId.get(o.indicatorId);
    return { name: r?.indicator.shortName ?? o.indicatorId, omrade: subLabel(r), reason: tidy(o.reason), learnFrom: c.learnFromText(r) };
  });
  return {
    local,
    common,
    otherNej,
    strengths: strengthItems(c),
    figures: (c.extras.figures?.priorities ?? []).map((f) => ({ ...f })),
    definitions: {
      local: `${RULES.utvecklingJaNej.statement(c.rules)} För andelar: ${lowerFirst(RULES.utvecklingAndel.statement(c.rules))}`,
      common: RULES.gemensamt.statement(c.rules),
    },
  };
}
