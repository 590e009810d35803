// Clean stop on Ctrl-C, SIGTERM or SIGHUP (a closed terminal): temp files removed, browsers closed, then exit 130.
// A resumed run continues from the manifest. A run killed outright (SIGKILL) cannot clean up: its temp files carry
// its pid, and a later run removes those whose process is gone.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as msg from './sv/messages.ts';

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

/** Installs the SIGINT/SIGTERM/SIGHUP handler for the CLI. */
export function installInterruptHandler(write: (s: string) => void = (s) => process.stderr.write(s)): void {
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // second Ctrl-C: leave at once
    // After SIGHUP the terminal is gone: a failed write must not stop the cleanup.
    process.stderr.on('error', () => undefined);
    try {
      write(msg.interrupted(signal));
    } catch {
      // nowhere to write
    }
    void cleanupAfterInterrupt().finally(() => process.exit(130));
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, handler);
}

/** Whether a process with this pid runs (EPERM: it does, as another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The temp-file names writeFileAtomic uses: .<name>.<pid>.<8 hex>.tmp */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes the files or folders in dir whose name carries, as `pattern`'s first group, the pid of a run that is
 * gone (killed before it could clean up); returns their names. Temp files, Chromium profiles and cache temp files
 * all name their owner this way.
 */
export function removeStale(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => {
    const pid = Number(pattern.exec(n)?.[1] ?? 0);
    return pid > 0 && pid !== process.pid && !pidAlive(pid);
  });
  for (const n of stale) {
    try {
      rmSync(join(dir, n), { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // another user's, or busy: never a reason not to run
    }
  }
  return stale;
}

/** Removes temp files in dir that a killed run left behind; returns their names. */
export function removeStaleTempFiles(dir: string): string[] {
  return removeStale(dir, TEMP_FILE);
}
