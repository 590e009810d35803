// What the batch engine runs: tasks that prepare output in node (CPU) and, for PDFs, print it in Chromium.
import type { Rendered } from '../render/formats.ts';

/** Milliseconds per phase of one task, e.g. { analys: 25, text: 410 }. */
export type Timings = Record<string, number>;

/** A rendered output: HTML the engine prints, or bytes it writes. */
export type Prepared = Rendered & { timings?: Timings };

export interface BatchTask {
  /** Unique and stable within a run, e.g. "0380" or "lan-03.pdf". */
  key: string;
  /** Swedish name for progress and summary, e.g. "Uppsala" or "Uppsala län (länsrapport)". */
  label: string;
  /** The output file. */
  file: string;
  /** Its output is printed in Chromium (the engine starts the browser only when a task needs it). */
  needsBrowser: boolean;
  /** The CPU work in node: analysis, texts, charts, HTML (or the xlsx bytes). */
  prepare(): Promise<Prepared>;
}

export type TaskStage = 'prepare' | 'print';

/** Test-only: throw (or never resolve) to simulate a broken or hung report. */
export type TestHook = (key: string, stage: TaskStage, attempt: number) => void | Promise<void>;

export interface TaskOutcome {
  key: string;
  label: string;
  file: string;
  status: 'klar' | 'hoppad' | 'misslyckad';
  /** Swedish reason when failed. */
  reason?: string;
  attempts: number;
  /** Busy time of the successful attempt (prepare + print + write), ms. */
  ms?: number;
  timings?: Timings;
  /** Times the PDF was printed: 1, or 2 when its predicted contents page numbers were wrong. */
  prints?: number;
  /** process-tree memory (bytes) sampled when the task finished, when sampling is on. */
  rss?: number;
}

export interface ProgressSink {
  start(total: number): void;
  update(outcome: TaskOutcome, doneCount: number, total: number): void;
  stop(): void;
}
