// Generates and writes the bundled example workbooks.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../load/catalog.ts';
import { loadReference } from '../reference/load.ts';
import { readCalibration } from './calibration.ts';
import { generateExampleData } from './generate.ts';
import { EXAMPLE_SEED, exampleFileName } from './model.ts';
import { buildWorkbook, writeWorkbook } from './workbook.ts';

/** Writes oj-lss-<år>-exempeldata.xlsx for 2017–2019 into outDir; returns the file paths. */
export async function writeExampleWorkbooks(outDir: string, seed = EXAMPLE_SEED): Promise<string[]> {
  const ref = loadReference();
  const years = generateExampleData({ ref, catalog: loadCatalog(), targets: readCalibration(), seed });
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const data of years) {
    const file = join(outDir, exampleFileName(data.year));
    await writeWorkbook(buildWorkbook(ref, data, seed), file);
    files.push(file);
  }
  return files;
}
