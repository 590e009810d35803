// The generated example data before it becomes a workbook: one ExampleYear per ÖJ year.
import type { Indicator } from '../model/types.ts';
import type { Reference } from '../reference/types.ts';
import type { Profile } from './profiles.ts';

/** A generated cell: a value, or a missing answer in one of the spellings ÖJ files use. */
export type GenCell = { value: number } | { missing: string };

export interface ExampleYear {
  year: number;
  /** Catalogue indicators that exist this year, catalogue order. */
  indicators: Indicator[];
  /** Kommunkod or stadsdel code ("0180-bromma") → indicator id → cell. */
  units: Map<string, Map<string, GenCell>>;
  /** Länskod or "00" (riket) → indicator id → aggregate (null when no kommun answered). */
  aggregates: Map<string, Map<string, number | null>>;
}

export const EXAMPLE_SEED = 20190401;
export const EXAMPLE_YEARS = [2017, 2018, 2019] as const;
export const RIKET_CODE = '00';

/** Every missing-value spelling from the domain notes; each workbook uses all of them at least once. */
export const MISSING_SPELLINGS = ['-', '–', '..', '.', '', 'Uppgift saknas', 'Ej svar', 'Ej svarat', 'Vet ej', 'x'] as const;

export function exampleFileName(year: number): string {
  return `oj-lss-${year}-exempeldata.xlsx`;
}

export function isMissing(cell: GenCell | undefined): cell is { missing: string } {
  return cell !== undefined && 'missing' in cell;
}

export interface GenContext {
  seed: number;
  ref: Reference;
  profiles: Map<string, Profile>;
  /** All kommunkoder, sorted. */
  kommunCodes: string[];
}
