import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { OjError } from '../errors.ts';
import type { Indicator } from '../model/types.ts';
import { dataPath } from '../paths.ts';

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
  patterns: z.record(z.string(), z.array(z.string())).optional(),
  koladaKpi: z.string().optional(),
  note: z.string().optional(),
});

const CatalogSchema = z.object({
  version: z.number().optional(),
  beskrivning: z.string().optional(),
  indikatorer: z.array(IndicatorSchema),
});

export type Catalog = Indicator[];

/** Reads and validates an indicator catalogue file; errors name the file and field. */
export function readCatalog(file: string): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new OjError(`Indikatorkatalogen ${file} kunde inte läsas: ${(e as Error).message}`, 3, 'Kontrollera att filen är giltig JSON.');
  }
  const parsed = CatalogSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new OjError(`Indikatorkatalogen ${file} är felaktig vid ${issue.path.join('.')}: ${issue.message}`, 3);
  }
  return parsed.data.indikatorer;
}

/** The bundled catalogue, optionally extended/overridden (by id) by a user file. */
export function loadCatalog(userFile?: string): Catalog {
  const base = readCatalog(dataPath('indikatorer.json'));
  if (!userFile) return base;
  const byId = new Map(base.map((i) => [i.id, i]));
  for (const i of readCatalog(userFile)) byId.set(i.id, i);
  return [...byId.values()];
}
