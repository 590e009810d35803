// Atomic file writes: a temp file in the same folder, renamed into place; the temp file never survives a failure.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, copyFile, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { removeStaleTempFiles, trackTempFile } from '../interrupt.ts';

const swept = new Set<string>();

/** A Swedish explanation of why a file could not be written, with what to do. */
export function writeErrorMessage(path: string, e: NodeJS.ErrnoException): { message: string; hint: string } {
  return msg.writeFailed(path, dirname(path), e.code, e.message);
}

/** mkdir -p that reports why it failed: recursive mkdir says ENOENT even on a read-only file system. */
async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    let anc = dirname(dir);
    for (;;) {
      try {
        await access(anc, constants.F_OK);
        break;
      } catch {
        if (dirname(anc) === anc) break;
        anc = dirname(anc);
      }
    }
    await access(anc, constants.W_OK); // throws EROFS/EACCES when that is the real reason
    throw e;
  }
}

/** Creates the folder if needed and checks that it can be written to, before any work goes into its files. */
export async function ensureWritableDir(dir: string): Promise<void> {
  try {
    await ensureDir(dir);
    await access(dir, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new OjError(msg.dirReadOnly(dir), ExitCode.output, msg.dirReadOnlyHint);
    }
    const { message, hint } = writeErrorMessage(dir, e as NodeJS.ErrnoException);
    throw new OjError(message, ExitCode.output, hint);
  }
}

/**
 * `exists`: never replace an existing file (a concurrent run may have written it since the caller looked); the
 * file is hard-linked into place, which fails if the name is taken, and the error from `exists` is thrown.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, opts: { exists?: () => OjError } = {}): Promise<void> {
  return putAtomic(path, (tmp) => writeFile(tmp, data), opts);
}

/** A copy of `src` put in place the same way (a tracked temp file beside `path`, renamed). */
export async function copyFileAtomic(src: string, path: string): Promise<void> {
  return putAtomic(path, (tmp) => copyFile(src, tmp));
}

async function putAtomic(path: string, fill: (tmp: string) => Promise<void>, opts: { exists?: () => OjError } = {}): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Once per folder and process: temp files that a run killed outright (SIGKILL) left here.
  if (!swept.has(dirname(path))) {
    swept.add(dirname(path));
    removeStaleTempFiles(dirname(path));
  }
  const untrack = trackTempFile(tmp);
  try {
    await ensureDir(dirname(path));
    await fill(tmp);
    if (opts.exists) await linkExclusive(tmp, path);
    else await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    if (opts.exists && (e as NodeJS.ErrnoException).code === 'EEXIST') throw opts.exists();
    const { message, hint } = writeErrorMessage(path, e as NodeJS.ErrnoException);
    throw new OjError(message, ExitCode.output, hint);
  } finally {
    untrack();
  }
}

/** Exclusive creation from a finished temp file; without hard links (FAT, some network drives) an O_EXCL write. */
async function linkExclusive(tmp: string, path: string): Promise<void> {
  try {
    await link(tmp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    await writeFile(path, await readFile(tmp), { flag: 'wx' });
  }
  await rm(tmp, { force: true });
}
