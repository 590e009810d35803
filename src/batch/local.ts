// Hook for --lokal KATALOG: a kommun's own local results merged into its report. Accepted and passed on
// today; the merge itself comes later (issue: per-kommun local data). Keep every call site going through here.
import type { UnitAnalysis } from '../model/analysis.ts';

export interface LocalInput {
  dir: string;
}

/** Returns the analysis with the unit's local results merged in. Not implemented yet: unchanged. */
export function applyLocal(analysis: UnitAnalysis, local: LocalInput | undefined): UnitAnalysis {
  void local;
  return analysis;
}

/** Part of the manifest key, so outputs are redone when the local folder changes (folder name for now). */
export function localKey(local: LocalInput | undefined): string {
  return local ? `lokal:${local.dir}` : '';
}
