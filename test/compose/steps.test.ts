// Steps 1–4 of the kommun report from the hand-built Uppsala 2019 analysis: rows, counts, areas and follow-up.
import { describe, expect, it } from 'vitest';
import { buildGlance, buildOmraden, buildStep1 } from '../../src/compose/step1.ts';
import { buildStep2 } from '../../src/compose/step2.ts';
import { buildStep3 } from '../../src/compose/step3.ts';
import { buildStep4 } from '../../src/compose/step4.ts';
import { reportAnalysis } from '../fixtures/report-analysis.ts';
import { fixtureContext, plain } from './section-fixture.ts';

const ind = (id: string) => reportAnalysis().indicators.find((r) => r.indicator.id === id)!.indicator;

describe('step 1', () => {
  const omraden = buildOmraden(fixtureContext());

  it('groups every indicator but the background ones by område, in catalogue order', () => {
    const ids = omraden.flatMap((o) => o.rows.map((r) => r.id));
    expect(ids).toHaveLength(21); // 26 in the fixture, 5 of them bakgrundsmått
    expect(ids).not.toContain('bm_invanare');
    for (const o of omraden) for (const r of o.rows) expect(ind(r.id).omrade).toBe(o.name);
    expect(omraden[0]!.id).toBe('omrade-systematisk-uppfoljning');
  });

  it('counts statuses per område and names indicators not in the year', () => {
    const arbete = omraden.find((o) => o.rows.some((r) => r.id === 'dv_rutin_arbete'))!;
    expect(plain(arbete.summary)).toBe('2 indikatorer: 1 bra, 1 svag. 1 indikator ingår inte i ÖJ 2019.');
    const skyddat = arbete.rows.find((r) => r.id === 'dv_till_skyddat_arbete')!;
    expect(skyddat.status).toEqual({ key: 'ingen', word: 'ingår inte i ÖJ 2019', value: '–' });
    expect(skyddat.sets).toEqual([1, 2, 3, 4].map(() => ({ value: '–', n: '' })));
  });

  it('prints group values with their count: 5 of 7 similar kommuner answer Ja to dv_rutin_arbete', () => {
    const row = omraden.flatMap((o) => o.rows).find((r) => r.id === 'dv_rutin_arbete')!;
    expect(row.status.word).toBe('Svag');
    expect(row.status.value).toBe('Nej');
    expect(plain(row.sets[0]!.value)).toBe('71 %');
    // Never broken inside the count: "5 av 7" with no-break spaces (the template adds the parentheses).
    expect(row.sets[0]!.n).toBe('5\u00a0av\u00a07');
  });

  it('the overview repeats the rows with their status only, and step 1 copies the figures', () => {
    const glance = buildGlance(omraden);
    expect(glance.map((g) => g.id)).toEqual(omraden.map((o) => `korthet-${o.id}`));
    expect(glance[0]!.rows[0]).toEqual({ name: omraden[0]!.rows[0]!.name, split: omraden[0]!.rows[0]!.split, status: omraden[0]!.rows[0]!.status });
    const figure = { svg: '<svg/>', alt: 'a', caption: 'c' };
    const c = fixtureContext();
    c.extras.figures = { overview: [figure] };
    const step1 = buildStep1(c, omraden);
    expect(step1.overview).toEqual([figure]);
    expect(step1.overview[0]).not.toBe(figure);
  });
});

describe('step 2', () => {
  const s = buildStep2(fixtureContext());

  it('describes the kommun, with one population figure and the similar kommuner by name', () => {
    expect(s.context.map((l) => `${l.label}: ${plain(l.value)}`)).toEqual([
      'Kommun: Uppsala',
      'Län: Uppsala län',
      'Kommungrupp (SKR 2017): B3 Större stad',
      'Invånare: 225 164 (ÖJ 2019)',
      'Liknande kommuner: Borås, Helsingborg, Jönköping, Linköping, Lund, Malmö, Västerås. Källa: Liknande kommuner LSS, Uppsala, 2021 (gruppindelning 2021).',
    ]);
    expect(s.background.map((b) => b.name)).not.toContain(ind('bm_invanare').shortName);
    expect(s.background).toHaveLength(4);
  });

  it('lists every Nej with who answers Ja, at most five names per group', () => {
    expect(s.learnFrom).toHaveLength(7);
    const rutin = s.learnFrom.find((l) => l.name === ind('dv_rutin_arbete').shortName)!;
    expect(rutin.who).toEqual(['Liknande kommuner: Linköping, Jönköping, Malmö, Lund, Helsingborg']);
    const sip = s.learnFrom.find((l) => l.name === ind('sip_barn').shortName)!;
    expect(plain(sip.who[0]!)).toBe('Liknande kommuner: Linköping, Jönköping, Malmö, Lund, Helsingborg och 1 till');
  });

  it('names the missing answer and the series breaks under data quality', () => {
    expect(s.dataQuality.map((d) => d.name)).toEqual([ind('samv_vuxenpsykiatri').shortName, ind('dv_till_skyddat_arbete').shortName, ind('intern_samordning_barn').shortName, ind('extern_samverkan_barn').shortName]);
    expect(s.dataQuality[1]!.text).toBe('Serieavbrott: upphör efter 2018. Åren jämförs inte över avbrottet.');
  });
});

describe('step 3', () => {
  const s = buildStep3(fixtureContext());

  it('separates local and common areas; only local ones get a priority', () => {
    expect(s.local.map((i) => [i.name, i.priority])).toEqual([
      [ind('dv_rutin_arbete').shortName, 'Hög'],
      [ind('sip_barn').shortName, 'Hög'],
      [ind('samv_bup').shortName, 'Hög'],
      [ind('genomforandeplan_bostad').shortName, 'Medel'],
      [ind('samv_arbetsformedlingen').shortName, 'Medel'],
    ]);
    expect(s.common.map((i) => [i.name, i.kind, i.priority])).toEqual([
      [ind('ibic_utredning').shortName, 'Gemensamt utvecklingsområde', ''],
      [ind('syst_uppfoljning').shortName, 'Gemensamt utvecklingsområde', ''],
    ]);
    expect(s.strengths.map((i) => i.name)).toEqual([ind('kompetensplan').shortName, ind('samv_forsakringskassan').shortName]);
  });

  it('says why a local Ja/Nej area is local when riket is at or below the common limit (19 % and 13 %, not 35 %)', () => {
    const why = 'så området räknas som lokalt och inte som gemensamt.';
    const reason = (id: string) => plain(s.local.find((i) => i.name === ind(id).shortName)!.reason);
    expect(reason('dv_rutin_arbete')).toContain(`I riket svarar bara 19 % Ja, men en jämförelsegrupp når gränsen för utvecklingsområde, ${why}`);
    expect(reason('samv_arbetsformedlingen')).toContain('I riket svarar bara 13 % Ja');
    expect(reason('samv_bup')).not.toContain(why);
    expect(reason('genomforandeplan_bostad')).not.toContain(why);
  });
});

describe('step 4', () => {
  it('rechecks every area once and the missing answer, with fewer empty action rows for a long list', () => {
    const s = buildStep4(fixtureContext());
    expect(s.recheck).toHaveLength(8);
    expect(s.recheck[1]).toEqual({ name: ind('sip_barn').shortName, why: 'Försämring' });
    expect(s.recheck[7]).toEqual({ name: ind('samv_vuxenpsykiatri').shortName, why: 'Svar saknas – se till att frågan besvaras' });
    expect(s.actionRows).toEqual([1, 2]); // max(2, 6 − ⌈8 / 2⌉)
  });
});
