// The kommun report's cover and document fields: title, who sends it, and what a stadsdel is.
import type { UnitAnalysis } from '../model/analysis.ts';
import type { Reference } from '../reference/types.ts';
import { coverLines, frame, yearsLabel, type Frame } from './frame.ts';
import type { ReportModel } from './report-model.ts';
import type { SectionContext } from './section-context.ts';

export const REPORT_TITLE = 'Lokal analys av Öppna jämförelser – stöd till personer med funktionsnedsättning (LSS)';
export const SHORT_TITLE = 'Lokal analys av Öppna jämförelser LSS';

/** "Uppsala kommun", "Bjurholms kommun", "Stockholms stad", "Bromma stadsdelsförvaltning, Stockholms stad". */
export function defaultSender(analysis: UnitAnalysis, names: Map<string, string>): string {
  const kommun = (code: string, name: string) => (code === '0180' ? 'Stockholms stad' : `${name}${/[aeiouyåäösxz]$/i.test(name) ? '' : 's'} kommun`);
  const u = analysis.unit;
  if (u.kind !== 'stadsdel' || !u.parentCode) return kommun(u.code, u.name);
  const parent = kommun(u.parentCode, names.get(u.parentCode) ?? u.parentCode);
  return /förvaltning/i.test(u.name) ? `${u.name}, ${parent}` : `${u.name} stadsdelsförvaltning, ${parent}`;
}

/** "Stadsdelsområde i Stockholms stad" for a stadsdel (it is not a kommun), '' for a kommun. */
export function stadsdelNote(analysis: UnitAnalysis, names: Map<string, string>, ref: Reference): string {
  const u = analysis.unit;
  if (u.kind !== 'stadsdel' || !u.parentCode) return '';
  const parent = defaultSender({ ...analysis, unit: { ...u, kind: 'kommun', code: u.parentCode, name: names.get(u.parentCode) ?? u.parentCode } }, names);
  const kind = ref.delomraden.find((d) => d.code === u.code)?.kind ?? 'stadsdelsområde';
  return `${kind === 'socialförvaltning' ? 'Socialförvaltning' : 'Stadsdelsområde'} i ${parent}`;
}

type CoverFields = Frame & Pick<ReportModel, 'subject' | 'sender' | 'unitKind' | 'yearsLabel' | 'cover'>;

export function buildCover(c: SectionContext): CoverFields {
  const { analysis, extras } = c;
  const unitNote = stadsdelNote(analysis, c.names, extras.ref);
  return {
    ...frame({
      title: REPORT_TITLE,
      shortTitle: SHORT_TITLE,
      name: analysis.unit.name,
      titleNote: unitNote ? `(${unitNote[0]!.toLowerCase()}${unitNote.slice(1)})` : '',
      year: analysis.year,
      isExample: analysis.isExample,
      generatedAt: extras.generatedAt,
    }),
    subject: `Underlag för nämndens analys, prioritering och handlingsplan utifrån Öppna jämförelser ${c.year}`,
    sender: extras.sender ?? defaultSender(analysis, c.names),
    unitKind: analysis.unit.kind === 'stadsdel' ? 'Stadsdel' : 'Kommun',
    yearsLabel: yearsLabel(analysis.years),
    cover: {
      subtitle: `${analysis.unit.name} ${c.year}`,
      unitNote,
      lines: coverLines({ dataYears: yearsLabel(analysis.years), comparedWith: c.sets.map((s) => s.label).join(', '), generatedAt: extras.generatedAt }),
    },
  };
}
