import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (the folder holding package.json), wherever the tool is run from. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function dataPath(...parts: string[]): string {
  return join(ROOT, 'data', ...parts);
}

export function templatePath(...parts: string[]): string {
  return join(ROOT, 'templates', ...parts);
}
