// The local team's analysis read back from a filled-in underlag workbook (steps 2–4).

export type Influence = 'Ja' | 'Delvis' | 'Nej';

/** 1 is most important; 'Ej prioriterad' = deliberately not prioritised this year. */
export type Priority = 1 | 2 | 3 | 'Ej prioriterad';

/** One row on the Analys sheet with something written by the team. Texts are exactly as typed. */
export interface Explanation {
  indicatorId: string;
  /** The indicator's short name (as in the drop-down). */
  indicatorName: string;
  /** Row on the Analys sheet. */
  row: number;
  /** True for rows ojrapport prefilled (flagged indicators), false for rows the team picked. */
  flagged: boolean;
  /** "Varför ser det ut så här?" */
  why?: string;
  canInfluence?: Influence;
  priority?: Priority;
  comment?: string;
}

/** One row of the action plan (Handlingsplan). */
export interface ActionRow {
  /** Row on the Handlingsplan sheet. */
  row: number;
  /** Absent for an overall action not tied to an indicator. */
  indicatorId?: string;
  indicatorName?: string;
  action: string;
  responsible?: string;
  /** ISO date yyyy-mm-dd. */
  due?: string;
  followUp?: string;
}

export interface LocalAnalysis {
  file: string;
  kommunCode: string;
  kommunName: string;
  year: number;
  /** ojrapport version that created the workbook, and when. */
  toolVersion: string;
  created: string;
  /** Rows with team input, in sheet order. */
  explanations: Explanation[];
  /**
   * Indicator ids of the explanations in the team's order: priority 1, 2, 3, then rows without a
   * priority, then "Ej prioriterad"; ties keep ojrapport's computed order.
   */
  priorityOrder: string[];
  /** Non-empty action-plan rows in sheet order. */
  actions: ActionRow[];
  /** Swedish notes that do not stop the report (long texts, results changed since the file was made). */
  warnings: string[];
}
