// The frame both reports share (title fields, cover lines, contents of the appendices, the status legend) and
// the appendices: the county report takes Bilaga 1 and 3 from the same builders as the kommun report.
import { describe, expect, it } from 'vitest';
import { indicatorDefinitions, referenceNotes, sourceFiles, unitAppendix } from '../../src/compose/appendix.ts';
import { buildCover, REPORT_TITLE, SHORT_TITLE } from '../../src/compose/cover.ts';
import { buildReportModel } from '../../src/compose/report-model.ts';
import { sectionContext } from '../../src/compose/section-context.ts';
import { loadRules } from '../../src/assess/rules.ts';
import { analyzeLan } from '../../src/lan/analysis.ts';
import { buildLanModel, LAN_REPORT_TITLE } from '../../src/lan/model.ts';
import type { UnitSummary } from '../../src/lan/summary.ts';
import { reportAnalysis } from '../fixtures/report-analysis.ts';
import { fixtureContext, fixtureExtras, GENERATED_AT, plain } from './section-fixture.ts';

const RULES = loadRules();

describe('kommun cover', () => {
  it('titles the document with unit and year, and says the data are made up', () => {
    const c = buildCover(fixtureContext());
    expect(c.documentTitle).toBe(`${REPORT_TITLE} – Uppsala 2019 (exempeldata, inte verkliga resultat)`);
    expect(c.header).toEqual({ left: SHORT_TITLE, right: 'Uppsala 2019' });
    expect(c.sender).toBe('Uppsala kommun');
    expect(c.unitKind).toBe('Kommun');
    expect(c.cover.unitNote).toBe('');
    expect(c.cover.lines).toEqual([
      { label: 'Underlag', value: 'Öppna jämförelser 2017–2019, Socialstyrelsen' },
      { label: 'Jämförs med', value: 'Liknande kommuner, Större stad, Uppsala län, Riket' },
      { label: 'Framtagen', value: '12 maj 2025' },
    ]);
    expect(buildCover(fixtureContext({ isExample: false })).documentTitle).toBe(`${REPORT_TITLE} – Uppsala 2019`);
  });

  it('says what a stadsdel is, in the title and on the cover, and who sends its report', () => {
    const a = reportAnalysis();
    const bromma = { ...a, unit: { code: '0180-bromma', name: 'Bromma', kind: 'stadsdel' as const, parentCode: '0180', lanCode: '01' } };
    const c = buildCover(sectionContext(bromma, fixtureExtras()));
    expect(c.cover.unitNote).toBe('Stadsdelsområde i Stockholms stad');
    expect(c.documentTitle).toContain('– Bromma (stadsdelsområde i Stockholms stad) 2019');
    expect(c.sender).toBe('Bromma stadsdelsförvaltning, Stockholms stad');
    expect(c.unitKind).toBe('Stadsdel');
  });
});

describe('kommun appendix', () => {
  it('defines every indicator, names the files with checksums and the unit’s reference groups', () => {
    const a = reportAnalysis();
    const app = unitAppendix(a, RULES, fixtureExtras().sources, { bm_invanare: 'I riket 10 000 invånare' });
    expect(app.definitions).toHaveLength(26);
    expect(plain(app.definitions.find((d) => d.name === a.indicators.at(-1)!.indicator.name)!.national)).toBe('I riket 10 000 invånare');
    expect(app.files).toEqual([{ name: 'oj_lss_exempel_2019.xlsx', kind: 'Exempeldata (genererad av ojrapport)', year: '2019', checksum: `SHA-256 ${'ab'.repeat(32)}`, fetched: '' }]);
    expect(app.reference.map((r) => r.name)).toEqual(['Liknande kommuner LSS', 'Kommungruppsindelning', 'Kommuner och län']);
    expect(app.rules.length).toBeGreaterThan(5);
  });
});

describe('the county report shares the frame and the appendices', () => {
  const units: UnitSummary[] = ['0305', '0380'].map((code, i) => ({
    unit: { code, name: code === '0380' ? 'Uppsala' : 'Håbo', kind: 'kommun', lanCode: '03' },
    year: 2019,
    isExample: true,
    cells: new Map([['dv_rutin_arbete', { value: i, raw: '', status: i ? 'bra' : 'svag' }]]),
    developmentAreas: [],
    strengths: [],
    lan: new Map(),
    riket: new Map(),
  }));
  const a = reportAnalysis();
  const indicator = a.indicators.find((r) => r.indicator.id === 'dv_rutin_arbete')!.indicator;
  const lanAnalysis = analyzeLan({ code: '03', name: 'Uppsala län', shortName: 'Uppsala' }, 2019, units, [indicator], (c) => (c === '0380' ? 'Uppsala' : 'Håbo'), 5);
  const kommun = buildReportModel(a, fixtureExtras());
  const lan = buildLanModel(lanAnalysis, {
    appendix: { definitions: indicatorDefinitions(a.indicators.map((r) => r.indicator)), files: sourceFiles(fixtureExtras().sources.files), reference: referenceNotes() },
    rules: RULES,
    generatedAt: GENERATED_AT,
    yearsLabel: '2017–2019',
  });

  it('same frame fields, with the county’s own title and what it covers first on the cover', async () => {
    const m = await lan;
    expect(m.documentTitle).toBe(`${LAN_REPORT_TITLE} – Uppsala län 2019 (exempeldata, inte verkliga resultat)`);
    expect(m.header.right).toBe('Uppsala län 2019');
    expect([m.generatedAt, m.exampleLabel, m.lang]).toEqual([kommun.generatedAt, kommun.exampleLabel, kommun.lang]);
    expect(m.cover.lines.map((l) => l.label)).toEqual(['Omfattar', 'Underlag', 'Jämförs med', 'Framtagen']);
    expect(plain(m.cover.lines[0]!.value)).toBe('2 kommuner');
    expect(m.toc.slice(-3)).toEqual(kommun.toc.slice(-3));
  });

  it('one legend: the county adds one sentence to Svag', async () => {
    const m = await lan;
    expect(m.read.legend.map((l) => l.key)).toEqual(kommun.howToRead.legend.map((l) => l.key));
    m.read.legend.forEach((l, i) => {
      const k = kommun.howToRead.legend[i]!;
      expect(l.value).toBe(l.key === 'svag' ? `${k.value} Kommunen ligger efter.` : k.value);
    });
  });

  it('Bilaga 1 and 3 as in the kommun report, without one kommun’s groups', async () => {
    const m = await lan;
    expect(m.appendix.definitions).toEqual(kommun.appendix.definitions);
    expect(m.appendix.files).toEqual(kommun.appendix.files);
    expect(m.appendix.reference).toEqual(kommun.appendix.reference.filter((r) => r.name === 'Kommuner och län'));
  });
});
