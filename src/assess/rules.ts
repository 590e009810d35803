// Flag thresholds: data/regler.json, optionally overridden key by key by a user file (--regler).
import { z } from 'zod';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { Rules } from '../model/analysis.ts';
import { readUserJson } from '../load/filecheck.ts';
import { lineOfPath } from '../load/jsonpos.ts';
import { dataPath } from '../paths.ts';

const share = z.number().min(0).max(100);
const quartile = z.number().int().min(1).max(4);

const RuleFields = {
  beskrivning: z.string().optional(),
  utvecklingsomrade_minst_andel_ja_i_jamforelse: share,
  gemensamt_hogst_andel_ja_i_riket: share,
  styrka_hogst_andel_ja_i_jamforelse: share,
  andel_svagaste_kvartil: quartile,
  andel_basta_kvartil: quartile.optional(),
  andel_tydligt_under_procentenheter: share,
  forandring_minst_procentenheter: share,
  fa_svar_farre_an: z.number().int().min(1),
  minsta_antal_svar_i_jamforelse: z.number().int().min(1),
};

const BaseSchema = z.object(RuleFields).strict();
const OverrideSchema = BaseSchema.partial();

type RuleFile = z.infer<typeof BaseSchema>;

interface RuleText {
  file: string;
  text: string;
  json: unknown;
}

function readJson(file: string): RuleText {
  const { text, parsed } = readUserJson(file, 'Regelfilen', '--regler');
  if (parsed.ok) return { file, text, json: parsed.json };
  throw new OjError(msg.rulesNotJson(file, parsed.line, parsed.column, parsed.reason), ExitCode.input, msg.rulesNotJsonHint);
}

function parse<T>(schema: z.ZodType<T>, src: RuleText): T {
  const r = schema.safeParse(src.json);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const line = lineOfPath(src.text, [...path, issue.keys[0]!]);
    throw new OjError(msg.rulesUnknownField(src.file, line, issue.keys), ExitCode.input, msg.rulesUnknownFieldHint(Object.keys(RuleFields)));
  }
  const line = lineOfPath(src.text, path);
  const field = path.join('.') || '(hela filen)';
  throw new OjError(msg.rulesInvalidField(src.file, line, field, issue.message), ExitCode.input, msg.rulesInvalidFieldHint);
}

/** Reads data/regler.json and, if given, a user file whose fields replace the bundled ones. */
export function loadRules(userFile?: string, baseFile = dataPath('regler.json')): Rules {
  let merged: RuleFile = parse(BaseSchema, readJson(baseFile));
  const files = [baseFile];
  if (userFile) {
    const over = parse(OverrideSchema, readJson(userFile));
    merged = { ...merged, ...Object.fromEntries(Object.entries(over).filter(([, v]) => v !== undefined)) };
    files.push(userFile);
  }
  // Defaults of optional fields are printed too: the appendix lists every threshold in force.
  const withDefaults = { andel_basta_kvartil: 1, ...merged };
  const raw: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(withDefaults)) if (v !== undefined) raw[k] = v;
  return {
    developmentMinShare: merged.utvecklingsomrade_minst_andel_ja_i_jamforelse,
    sharedMaxRiketShare: merged.gemensamt_hogst_andel_ja_i_riket,
    strengthMaxShare: merged.styrka_hogst_andel_ja_i_jamforelse,
    weakestQuartile: merged.andel_svagaste_kvartil,
    bestQuartile: merged.andel_basta_kvartil ?? 1,
    clearlyBelowPoints: merged.andel_tydligt_under_procentenheter,
    changePoints: merged.forandring_minst_procentenheter,
    fewAnswers: merged.fa_svar_farre_an,
    minAnswers: merged.minsta_antal_svar_i_jamforelse,
    raw,
    files,
  };
}

const cache = new Map<string, Rules>();

/** loadRules, read once per process and file (a batch analyses 290 kommuner). */
export function cachedRules(userFile?: string): Rules {
  const key = userFile ?? '';
  let r = cache.get(key);
  if (!r) {
    r = loadRules(userFile);
    cache.set(key, r);
  }
  return r;
}
