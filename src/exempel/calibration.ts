// Target riket shares (share of answering kommuner with Ja) for the example data, read from data/exempel/kalibrering.json.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../paths.ts';

const TargetSchema = z.object({
  indikator: z.string(),
  ar: z.number().int(),
  andel_ja: z.number().min(0).max(100),
  typ: z.enum(['publicerad', 'antagande']),
  kalla: z.string().min(1),
});

const FileSchema = z.object({ beskrivning: z.string().optional(), mal: z.array(TargetSchema) });

export type CalibrationTarget = z.infer<typeof TargetSchema>;

export const CALIBRATION_FILE = dataPath('exempel', 'kalibrering.json');

export function readCalibration(file = CALIBRATION_FILE): CalibrationTarget[] {
  return FileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).mal;
}

/** Target share Ja (0–100) for an indicator and year, if the file has one. */
export function targetFor(targets: CalibrationTarget[], indicator: string, year: number): number | undefined {
  return targets.find((t) => t.indikator === indicator && t.ar === year)?.andel_ja;
}
