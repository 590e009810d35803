// What compare + assess produce for one reportable unit and year; compose/render only read this.
import type { Indicator, MissingReason, Unit } from './types.ts';

export type SetKind = 'liknande' | 'kommungrupp' | 'lan' | 'riket' | 'stadsdelar' | 'egen';

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
  /** Code of the published aggregate row (län "03", riket "00") used when no member has a value. */
  publishedCode?: string;
}

export interface SetValue {
  setId: string;
  /** ja/nej: share Ja (0–100) among members that answered; andel/bakgrund: unweighted mean. */
  value: number | null;
  median?: number | null;
  /** Members with a usable value. */
  nAnswered: number;
  /** Members without (missing answer or absent row). nAnswered + nMissing = members.length. */
  nMissing: number;
  /** ja/nej only: members answering Ja. */
  nJa?: number;
  /** Where the number came from: computed from members, or the published län/riket row. */
  origin: 'beräknad' | 'publicerad';
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
  rank: number;
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
  learnFrom: LearnFrom[];
  /** Plain-Swedish sentence about the indicator (from compose). */
  text?: string;
}

export interface RankedFlag {
  indicatorId: string;
  flag: Flag;
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
    population?: number;
  };
  sets: ComparisonSet[];
  indicators: IndicatorResult[];
  /** Ranked, highest priority first. Includes utvecklingsomrade, gemensamt and forsamring. */
  developmentAreas: RankedFlag[];
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
  /** andel: change since last year (percentage points) that counts as worse/better in the score. */
  changePoints: number;
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
  /** Rules already loaded; otherwise read from rulesFile over data/regler.json. */
  rules?: Rules;
  rulesFile?: string;
}
