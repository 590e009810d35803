// What the build in dist/ was made from: the number, total size and newest change time of the files under src/
// and templates/ (precompiled into dist/).
// The launcher compares it with dist/.stamp on every run, so it must stay cheap (stat calls only, no hashing).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const STAMP_NAME = '.stamp';

/** The stamp of the files under `src` (a folder path, or several; a missing folder counts as empty). */
export function sourceStamp(src) {
  let count = 0;
  let size = 0;
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        count++;
        size += st.size;
        newest = Math.max(newest, st.mtimeMs, st.ctimeMs);
      }
    }
  };
  for (const dir of [src].flat()) if (existsSync(dir)) walk(dir);
  return `${count} ${size} ${newest}`;
}

/** Whether `dist` was built from the files in `src` (one folder or several) as they are now. */
export function buildIsCurrent(src, dist) {
  try {
    return readFileSync(join(dist, STAMP_NAME), 'utf8') === sourceStamp(src);
  } catch {
    return false;
  }
}
