// output/<år>/.ojrapport-manifest.json: per output file, the checksums of what it was built from and of the
// file itself, so --hoppa-over-befintliga skips outputs that are up to date and redoes the rest (also a
// truncated file, or one another run overwrote).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RunContext } from '../pipeline/context.ts';
import { writeFileAtomic } from '../render/write.ts';
import { version } from '../version.ts';

export const MANIFEST_NAME = '.ojrapport-manifest.json';

export interface BuildKey {
  /** SHA-256 over the data sources' checksums (DataSet.sources). */
  data: string;
  /** SHA-256 over the rules in force, the indicator catalogue, the step texts and wording, and local input. */
  rules: string;
  version: string;
}

interface ManifestFile {
  format: 'ojrapport-manifest';
  formatVersion: 1;
  entries: Record<string, BuildKey & { written: string; sha256?: string; size?: number }>;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const fileSha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** What every output of a run is built from; extra distinguishes e.g. a per-kommun local folder. */
export function buildKey(ctx: RunContext, extra = ''): BuildKey {
  const data = sha(JSON.stringify(ctx.data.sources.map((s) => [s.kind, s.name, s.sha256 ?? '', s.year ?? ''])));
  const rules = sha(
    JSON.stringify({
      rules: ctx.rules.raw,
      catalogue: [...ctx.data.indicators.values()],
      steps: ctx.steps,
      phrases: ctx.phrases,
      extra,
    }),
  );
  return { data, rules, version: version() };
}

export class Manifest {
  private entries: ManifestFile['entries'] = {};
  private dirty = false;
  private lastFlush = 0;
  private flushing: Promise<void> = Promise.resolve();
  readonly path: string;

  constructor(private readonly dir: string) {
    this.path = join(dir, MANIFEST_NAME);
    try {
      if (existsSync(this.path)) {
        const doc = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<ManifestFile>;
        if (doc.format === 'ojrapport-manifest' && doc.entries && typeof doc.entries === 'object') this.entries = doc.entries;
      }
    } catch {
      // A damaged manifest only means nothing counts as up to date.
      this.entries = {};
    }
  }

  private rel(file: string): string {
    return relative(this.dir, file).split('\\').join('/');
  }

  isUpToDate(file: string, key: BuildKey): boolean {
    const e = this.entries[this.rel(file)];
    if (!e || e.data !== key.data || e.rules !== key.rules || e.version !== key.version) return false;
    const size = statSync(file, { throwIfNoEntry: false })?.size;
    return size !== undefined && size === e.size && fileSha256(file) === e.sha256;
  }

  record(file: string, key: BuildKey): void {
    this.entries[this.rel(file)] = { ...key, written: new Date().toISOString(), sha256: fileSha256(file), size: statSync(file).size };
    this.dirty = true;
    // Written now and then during the run, so an interrupted run can be resumed.
    if (Date.now() - this.lastFlush > 2000) void this.flush();
  }

  flush(): Promise<void> {
    if (!this.dirty) return this.flushing;
    this.dirty = false;
    this.lastFlush = Date.now();
    const doc: ManifestFile = { format: 'ojrapport-manifest', formatVersion: 1, entries: Object.fromEntries(Object.entries(this.entries).sort(([a], [b]) => a.localeCompare(b))) };
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    this.flushing = this.flushing.then(() => writeFileAtomic(this.path, text)).catch(() => undefined);
    return this.flushing;
  }
}
