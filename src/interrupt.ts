// Clean stop on Ctrl-C: temp files removed, browsers closed, then exit 130. A resumed run continues from the manifest.
import { rmSync } from 'node:fs';

const tempFiles = new Set<string>();
const cleanups = new Set<() => Promise<void> | void>();
let stopping = false;

/** Registers a temp file to delete if the run is interrupted; call the returned function when done. */
export function trackTempFile(path: string): () => void {
  tempFiles.add(path);
  return () => tempFiles.delete(path);
}

/** Registers cleanup work (e.g. closing the browser); call the returned function to unregister. */
export function onInterrupt(fn: () => Promise<void> | void): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

export function isInterrupted(): boolean {
  return stopping;
}

/** Runs all cleanups once (bounded in time) and removes temp files. */
export async function cleanupAfterInterrupt(timeoutMs = 5000): Promise<void> {
  stopping = true;
  const work = Promise.allSettled([...cleanups].map(async (fn) => fn()));
  await Promise.race([work, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  for (const f of tempFiles) rmSync(f, { force: true });
  tempFiles.clear();
}

/** Installs the SIGINT/SIGTERM handler for the CLI. */
export function installInterruptHandler(write: (s: string) => void = (s) => process.stderr.write(s)): void {
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // second Ctrl-C: leave at once
    write(`\nAvbryter (${signal === 'SIGINT' ? 'Ctrl-C' : signal}) … städar upp. Kör samma kommando igen med --hoppa-over-befintliga för att fortsätta.\n`);
    void cleanupAfterInterrupt().finally(() => process.exit(130));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
