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
  /** Unit codes of the members (kommuner or stadsdelar). */
  members: string[];
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
  /** "ny 2019", "upphör efter 2018": series breaks shown, never bridged. */
  breaks: string[];
}

export interface Position {
  rank: number;
  of: number;
  /** 1 = best quarter given the direction, 4 = weakest. */
  quartile: 1 | 2 | 3 | 4;
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
}
