// Editable report texts (data/steg.json) and per-indicator wording (data/formuleringar.json).
import { readFileSync } from 'node:fs';
import { OjError, ExitCode } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { dataPath } from '../paths.ts';
import type { Phrases } from '../sv/grammar.ts';

export interface StepText {
  number: number;
  title: string;
  intro: string;
  questions: string[];
}

export interface StepTexts {
  steps: [StepText, StepText, StepText, StepText];
  /** "Så läser du rapporten" paragraphs. */
  howToRead: string[];
  /** Placeholder for the administration's proposal on the summary page. */
  proposal: string;
  /** That ÖJ must be complemented with other data. */
  complementNote: string;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new OjError(msg.textsUnreadable(file, e), ExitCode.input);
  }
}

function str(v: unknown, file: string, field: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new OjError(msg.textsFieldMissing(file, field), ExitCode.input);
  return v;
}

function strList(v: unknown, file: string, field: string): string[] {
  if (!Array.isArray(v)) throw new OjError(msg.textsFieldNotList(file, field), ExitCode.input);
  return v.map((x, i) => str(x, file, `${field}[${i}]`));
}

/** Reads and checks the step texts; the file is meant to be edited when the guide's wording is available. */
export function loadStepTexts(file = dataPath('steg.json')): StepTexts {
  const j = readJson(file) as Record<string, any>;
  if (!Array.isArray(j.steg) || j.steg.length !== 4) throw new OjError(msg.textsNotFourSteps(file), ExitCode.input);
  const steps = j.steg.map((s: Record<string, unknown>, i: number) => ({
    number: i + 1,
    title: str(s.titel, file, `steg[${i}].titel`),
    intro: str(s.intro, file, `steg[${i}].intro`),
    questions: strList(s.fragor ?? [], file, `steg[${i}].fragor`),
  })) as StepTexts['steps'];
  return {
    steps,
    howToRead: strList(j.lasanvisning?.stycken, file, 'lasanvisning.stycken'),
    proposal: str(j.forslag, file, 'forslag'),
    complementNote: str(j.kompletteraNot, file, 'kompletteraNot'),
  };
}

/** Reads the per-indicator wording; indicators without an entry get a general sentence. */
export function loadPhrases(file = dataPath('formuleringar.json')): Phrases {
  const j = readJson(file) as { indikatorer?: Record<string, Record<string, unknown>> };
  const out: Phrases = {};
  for (const [id, p] of Object.entries(j.indikatorer ?? {})) {
    out[id] = { verb: str(p.verb, file, `${id}.verb`), ja: str(p.ja, file, `${id}.ja`), nej: str(p.nej, file, `${id}.nej`) };
  }
  return out;
}
