// What compare + assess produce for one reportable unit and year; compose/render only read this.
import type { Indicator, MissingReason, Unit } from './types.ts';

/** A kommun's population for a year (src/compare/population.ts). */
export interface Population {
  value: number;
  /** "underlag": the data's Invånare for the year asked; "referens": data/referens/kommuner.csv. */
  source: 'underlag' | 'referens';
  /** ÖJ year of the data figure, or the year of the reference figure's date. */
  year: number;
  /** The reference figure's date ("2016-12-31"); absent for the data's figure. */
  date?: string;
}

/** The kinds of comparison set; what each means and how it is named is in src/compare/set-kinds.ts. */
export type SetKind = 'liknande' | 'kommungrupp' | 'lan' | 'riket' | 'stadsdelar' | 'egen';

/** What a city's districts are called in the reference data (reference/types.ts Delomrade uses it too). */
export type DistrictKind = 'stadsdelsområde' | 'stadsdelsnämnd' | 'socialförvaltning';

/** A stadsdel's city and what its districts are (Stockholm's stadsdelsområden, Göteborg's stadsdelsnämnder). */
export interface District {
  city: string;
  kind: DistrictKind;
}

export interface ComparisonSet {
  /** Stable id, e.g. "liknande", "lan", "riket", "kommungrupp", "egen:Nätverket". */
  id: string;
  kind: SetKind;
  /** Swedish label for tables, e.g. "Liknande kommuner LSS", "Uppsala län", "Riket". */
  label: string;
  /** Longer description naming the edition/vintage, e.g. "Liknande kommuner LSS, Uppsala, 2021 (Kolada)". */
  description: string;
  /**
   * Unit codes of the members (kommuner or stadsdelar), sorted. Län, kommungrupp and riket are totals of
   * kommuner and include the kommun itself (a stadsdel's city, never the stadsdel); liknande kommuner,
   * stadsdelar and the user set never include the unit itself.
   */
  members: string[];
  /** Code of the published aggregate row (län "03", riket "00"), used whenever the data has it. */
  publishedCode?: string;
  /** Only the city's other stadsdelar: which city, and what its districts are called. */
  district?: District;
}

/**
 * Where a group value comes from: the published län/riket row, or computed from the members as a share of
 * kommuner answering Ja, an unweighted mean, a population-weighted mean or a sum (see src/compare/aggregation.ts).
 */
export type SetOrigin = 'publicerad' | 'beräknad-andel' | 'beräknad-medel' | 'beräknad-viktad' | 'beräknad-summa';

export interface SetValue {
  setId: string;
  /** ja/nej: share Ja (0–100) among members that answered; andel/bakgrund: as `origin` says. */
  value: number | null;
  median?: number | null;
  /** Members with a usable value. */
  nAnswered: number;
  /** Members without (missing answer or absent row). nAnswered + nMissing = members.length. */
  nMissing: number;
  /** ja/nej only, computed values only: members answering Ja. */
  nJa?: number;
  origin: SetOrigin;
  /** beräknad-viktad only: the weights were the data's Invånare, the reference population, or both. */
  weights?: 'underlag' | 'referens' | 'blandad';
  /** Computed from fewer answering members than fa_svar_farre_an: printed with "(få svar)". */
  fewAnswers?: boolean;
}

export interface YearPoint {
  year: number;
  value: number | null;
  raw: string;
  missing?: MissingReason;
  /** False in years the indicator did not exist (series break). */
  exists: boolean;
}

export interface Trend {
  points: YearPoint[];
  /** Change since the previous year (percentage points for andel; -1/0/1 for ja/nej). */
  changeLastYear: number | null;
  changeSinceFirst: number | null;
  /** Years in a row (ending this year) with the same ja/nej answer. */
  sameAnswerRun: number;
  /** The year changeSinceFirst is measured from (first year with a value in the unbroken series). */
  firstYear?: number;
  /** "ny 2019", "upphör efter 2018": series breaks shown, never bridged. */
  breaks: string[];
  /** Comparison sets' values per year (same ids as IndicatorResult.sets), for trend charts; null = missing or not measured. */
  sets?: SetTrend[];
}

export interface SetTrend {
  setId: string;
  points: { year: number; value: number | null; exists: boolean }[];
}

/** All kommuner's values this year (andel indicators) and the quartile limits used for status. */
export interface Distribution {
  /** Sorted by value, then code; includes the unit itself. */
  values: { code: string; value: number }[];
  /** 25th percentile, median and 75th percentile (linear interpolation), whatever the direction.
   * Status uses the rank (Position.quartile), which can differ from these limits at ties. */
  q1: number;
  median: number;
  q3: number;
}

export interface Position {
  /** Best place shared with tied kommuner: 1 + kommuner strictly better. */
  rank: number;
  /** Kommuner with the same value, the unit included; above 1 the place is shared (rank … rank + tied − 1). */
  tied: number;
  of: number;
  /** 1 = best quarter given the direction, 4 = weakest. */
  quartile: 1 | 2 | 3 | 4;
  /** A stadsdel is not a kommun: placed in a quartile of the kommuner (of = how many), without a rank. */
  stadsdel?: true;
}

export type FlagKind = 'utvecklingsomrade' | 'gemensamt' | 'forsamring' | 'styrka' | 'datakvalitet';

export interface Flag {
  kind: FlagKind;
  /** One Swedish sentence explaining the flag from the printed numbers. */
  reason: string;
  /** Higher = more important; used for ranking. */
  score: number;
  /** Comparison sets in which the kommun lags (or leads, for styrka). */
  sets: string[];
}

/** Status for colour + symbol + word. */
export type Status = 'bra' | 'mellan' | 'svag' | 'saknas' | 'ingen';

export interface LearnFrom {
  code: string;
  name: string;
  /** Which set they belong to, e.g. "liknande" or "lan". */
  via: string;
  raw: string;
}

/** The change since last year as judged by the rulebook's forandring rule. */
export interface ChangeVerdict {
  fromYear: number;
  /** Unrounded: percentage points for andel, −1/1/0 for ja/nej. */
  delta: number;
  direction: 'bättre' | 'sämre' | 'oförändrat';
  /** andel: the threshold in percentage points that a change must reach (forandring_minst_procentenheter). */
  threshold?: number;
  /** ja/nej: Ja last year, Nej this year. */
  lostJa?: boolean;
}

export interface IndicatorResult {
  indicator: Indicator;
  /** The unit's value this year (null when missing or when the indicator does not exist this year). */
  value: number | null;
  raw: string;
  missing?: MissingReason;
  status: Status;
  sets: SetValue[];
  trend: Trend;
  position?: Position;
  /** andel: every kommun's value this year, for the distribution chart. */
  distribution?: Distribution;
  flags: Flag[];
  /** Change since last year by the rules; absent when there is nothing to compare. */
  change?: ChangeVerdict;
  learnFrom: LearnFrom[];
  /** Plain-Swedish sentence about the indicator (from compose). */
  text?: string;
}

export interface RankedFlag {
  indicatorId: string;
  flag: Flag;
  /** Place in its list (local or common); from < to when several share the same score. */
  place: { from: number; to: number };
  /** ja/nej: the unit answered Ja last year and Nej this year (also when the flag shown is another kind). */
  lostJa?: boolean;
}

/** A Nej (or a share in the weakest quartile) that got no development flag, with the reason it is not prioritised. */
export interface OtherNej {
  indicatorId: string;
  reason: string;
}

export interface UnitAnalysis {
  unit: Unit;
  year: number;
  years: number[];
  /** Kommungrupp code/name/edition and population, for step 2. */
  context: {
    lanName?: string;
    kommungrupp?: { code: string; name: string; edition: number };
    liknande?: { title: string; year: number };
    /** The kommun's population: the data's Invånare for the analysis year, else the reference figure with its date. */
    population?: Population;
  };
  sets: ComparisonSet[];
  indicators: IndicatorResult[];
  /** Ranked, highest priority first. Includes utvecklingsomrade, gemensamt and forsamring. */
  developmentAreas: RankedFlag[];
  /** Every Nej answer without a development flag, so that each Nej is accounted for in step 3. */
  otherNej: OtherNej[];
  strengths: RankedFlag[];
  dataQuality: RankedFlag[];
  isExample: boolean;
  /** The flag rules in force and the ranking method, for the method appendix. */
  method?: { rules: Rules; ranking: string };
}

/** Flag thresholds (data/regler.json, or a user file via --regler). Shares and points are 0–100. */
export interface Rules {
  /** Nej is a utvecklingsområde when a set's Ja-share is at least this. */
  developmentMinShare: number;
  /** Nej is a gemensamt utvecklingsområde when riket's Ja-share is at most this (and no set lags). */
  sharedMaxRiketShare: number;
  /** Ja is a styrka when liknande's and riket's Ja-shares are below this. */
  strengthMaxShare: number;
  /** andel: quartile (1–4) from which a position counts as weakest. */
  weakestQuartile: number;
  /** andel: quartile (1–4) up to which a position counts as best. */
  bestQuartile: number;
  /** andel: percentage points below riket and liknande that count as clearly below. */
  clearlyBelowPoints: number;
  /** andel: change since last year (percentage points, unrounded) that counts as a change at all. */
  changePoints: number;
  /** A computed group value resting on fewer answering members than this is printed with a caution. */
  fewAnswers: number;
  /** A computed set value is used for flags only with at least this many answers. */
  minAnswers: number;
  /** The merged rule file content with its Swedish keys, for printing. */
  raw: Record<string, number | string>;
  /** Files the rules came from. */
  files: string[];
}

/** A user's named comparison group (--grupper FIL): a set of kind 'egen' with id "egen:<name>". */
export interface NamedGroup {
  name: string;
  /** Kommunkoder (or unit codes in the data). */
  members: string[];
}

export interface AnalysisOptions {
  /** Data year; default the latest year in the data. */
  year?: number;
  /**
   * Set ids in order ('liknande', 'kommungrupp', 'lan', 'riket', 'stadsdelar'); kommunkoder form the user
   * set 'egen'. Default liknande, lan, riket; a stadsdel always gets 'stadsdelar' first.
   */
  sets?: string[];
  /** Label of the user set; default "Egen jämförelsegrupp". */
  egenLabel?: string;
  /** Named groups, each a set of kind 'egen' after the sets above, in this order. */
  groups?: NamedGroup[];
  /** The rules in force, loaded in the load phase (data/regler.json, or --regler over it). */
  rules: Rules;
}
