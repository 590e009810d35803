import { z } from 'zod';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { Indicator } from '../model/types.ts';
import { dataPath } from '../paths.ts';
import { readUserJson } from './filecheck.ts';
import { lineOfPath } from './jsonpos.ts';
import { backtrackingRisk } from './regexrisk.ts';

const REGEX_PATTERN = /^\/(.+)\/([a-z]*)$/;

const PatternList = z.array(
  z.string().min(1).refine((p) => {
    const m = REGEX_PATTERN.exec(p);
    if (!m) return true;
    try {
      new RegExp(m[1]!, m[2]);
      return true;
    } catch {
      return false;
    }
  }, 'ogiltigt reguljärt uttryck (/…/)'),
);

const Patterns = z.record(z.string().regex(/^(\*|\d{4})$/, 'nyckeln ska vara ett årtal eller *'), PatternList);

const IndicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, 'id får bara innehålla a–z, 0–9 och _'),
  name: z.string().min(1),
  shortName: z.string().min(1),
  omrade: z.string().min(1),
  split: z.string().optional(),
  type: z.enum(['janej', 'andel', 'bakgrund']),
  direction: z.enum(['upp', 'ned', 'ingen']),
  description: z.string(),
  unit: z.string().optional(),
  years: z.array(z.number().int().min(2000).max(2100)).min(1),
  patterns: Patterns.optional(),
  koladaKpi: z.string().regex(/^[A-Z]\d{5}$/, 'Kolada-id ser ut som U33620 eller N28819').optional(),
  note: z.string().optional(),
});

/** A user catalogue may give only id + the fields it changes for an indicator that already exists. */
const PartialIndicatorSchema = IndicatorSchema.partial().extend({ id: IndicatorSchema.shape.id });

const CatalogSchema = z.object({
  version: z.number().optional(),
  beskrivning: z.string().optional(),
  indikatorer: z.array(IndicatorSchema),
});

const UserCatalogSchema = CatalogSchema.extend({ indikatorer: z.array(PartialIndicatorSchema) });

export type Catalog = Indicator[];
type PartialIndicator = z.infer<typeof PartialIndicatorSchema>;

function readJson(file: string): { text: string; json: unknown } {
  const { text, parsed } = readUserJson(file, 'Indikatorkatalogen', '--katalog');
  if (parsed.ok) return { text, json: parsed.json };
  throw new OjError(msg.catalogNotJson(file, parsed.line, parsed.column, parsed.reason), ExitCode.input, msg.catalogNotJsonHint);
}

function validate<T>(schema: z.ZodType<T>, file: string, text: string, json: unknown, prefix: (string | number)[] = []): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  const line = lineOfPath(text, path);
  const field = path.length ? path.join('.') : '(hela filen)';
  throw new OjError(msg.catalogInvalidField(file, line, field, issue.message), ExitCode.input, msg.catalogInvalidFieldHint);
}

/** Reads and validates a complete indicator catalogue file; errors name the file, line and field. */
export function readCatalog(file: string): Catalog {
  const { text, json } = readJson(file);
  return validate(CatalogSchema, file, text, json).indikatorer;
}

/**
 * Merges a user catalogue into the base: a known id takes the fields the user gives, and its patterns are
 * added to the bundled ones (per year key); a new id must be complete.
 */
export function mergeCatalog(base: Catalog, user: PartialIndicator[], file: string, text = ''): Catalog {
  const byId = new Map(base.map((i) => [i.id, i]));
  user.forEach((u, n) => {
    const before = byId.get(u.id);
    if (!before) {
      byId.set(u.id, validate(IndicatorSchema, file, text, u, ['indikatorer', n]) as Indicator);
      return;
    }
    const patterns = { ...(before.patterns ?? {}) };
    for (const [key, list] of Object.entries(u.patterns ?? {})) patterns[key] = [...new Set([...(patterns[key] ?? []), ...list])];
    const merged = { ...before, ...stripUndefined(u), patterns };
    byId.set(u.id, validate(IndicatorSchema, file, text, merged, ['indikatorer', n]) as Indicator);
  });
  return [...byId.values()];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The bundled catalogue, optionally extended/overridden (by id) by a user file. */
export function loadCatalog(userFile?: string): Catalog {
  const base = readCatalog(dataPath('indikatorer.json'));
  if (!userFile) return base;
  const { text, json } = readJson(userFile);
  const user = validate(UserCatalogSchema, userFile, text, json);
  assertSafePatterns(user.indikatorer, userFile, text);
  return mergeCatalog(base, user.indikatorer, userFile, text);
}

/** A pattern that can backtrack for hours (granska and every load would hang) is refused when the catalogue is read. */
function assertSafePatterns(user: PartialIndicator[], file: string, text: string): void {
  user.forEach((ind, n) => {
    for (const [key, list] of Object.entries(ind.patterns ?? {})) {
      list.forEach((p, j) => {
        const m = REGEX_PATTERN.exec(p);
        const why = m ? backtrackingRisk(m[1]!) : undefined;
        if (!why) return;
        const line = lineOfPath(text, ['indikatorer', n, 'patterns', key, j]);
        throw new OjError(msg.catalogSlowPattern(file, line, ind.id, p, why), ExitCode.input, msg.catalogSlowPatternHint);
      });
    }
  });
}
