// Checks before an input file is parsed: it exists, can be read, is not too large, and is what its name says.
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { levenshtein } from '../reference/match.ts';
import { parseJson } from './jsonpos.ts';

export const DEFAULT_MAX_MB = 50;
const MB = 1024 * 1024;

/** The size limit in bytes: the option, else OJRAPPORT_MAX_MB, else 50 MB. */
export function maxBytes(maxMb?: number, env: NodeJS.ProcessEnv = process.env): number {
  if (maxMb !== undefined) {
    if (!(maxMb > 0)) throw new OjError(msg.invalidSizeLimit(maxMb), ExitCode.usage, msg.invalidSizeLimitHint);
    return maxMb * MB;
  }
  const raw = env['OJRAPPORT_MAX_MB']?.trim();
  if (!raw) return DEFAULT_MAX_MB * MB;
  const n = Number(raw.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) {
    throw new OjError(msg.invalidMaxMbEnv(raw), ExitCode.usage, msg.invalidMaxMbEnvHint);
  }
  return n * MB;
}

const mb = (bytes: number) => (bytes / MB).toLocaleString('sv-SE', { maximumFractionDigits: 1 });

/** A Swedish message for a failed stat/read, by error code; `what` is e.g. "Filen" or "Indikatorkatalogen". */
export function fileAccessError(file: string, err: unknown, what = 'Filen'): OjError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new OjError(msg.fileMissing(what, file), ExitCode.input, msg.fileMissingHint(similarNames(file)));
    case 'EACCES':
    case 'EPERM':
      return new OjError(msg.fileNoPermission(what, file), ExitCode.input, msg.fileNoPermissionHint);
    case 'EISDIR':
      return new OjError(msg.fileIsDirectory(file), ExitCode.input, msg.fileIsDirectoryHint);
    case 'EBUSY':
    case 'ETXTBSY':
      return new OjError(msg.fileLocked(what, file), ExitCode.input, msg.fileLockedHint);
    case 'EMFILE':
    case 'ENFILE':
      return new OjError(msg.tooManyOpenFiles(what, file), ExitCode.input, msg.tooManyOpenFilesHint);
    default:
      return new OjError(msg.fileUnreadable(what, file, code, err), ExitCode.input, msg.fileUnreadableHint);
  }
}

/** Files of the folder with nearly the same name. */
function similarNames(file: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return [];
  }
  const want = basename(file).toLowerCase();
  const stem = want.replace(/\.[^.]*$/, '');
  return names.filter((n) => {
    const l = n.toLowerCase();
    return l !== want && (l.replace(/\.[^.]*$/, '') === stem || levenshtein(l, want) <= 2);
  });
}

/** stat with Swedish errors. */
export function statInput(file: string, what = 'Filen'): Stats {
  try {
    return statSync(file);
  } catch (e) {
    throw fileAccessError(file, e, what);
  }
}

function specialKind(st: Stats): keyof typeof msg.SPECIAL_FILE_KIND {
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/**
 * Only regular files are read: a FIFO or /dev/stdin waits for ever, /dev/zero never ends, and their st.size
 * says 0, so the size limit alone does not stop them.
 */
export function assertRegularFile(file: string, st: Stats, what = 'Filen'): void {
  if (st.isDirectory()) throw fileAccessError(file, Object.assign(new Error('directory'), { code: 'EISDIR' }), what);
  if (!st.isFile()) {
    throw new OjError(msg.notRegularFile(what, file, specialKind(st)), ExitCode.input, msg.notRegularFileHint);
  }
}

/** Stats the file and checks that it is a regular file within the size limit; nothing is read. */
export function checkInputFile(file: string, maxMb?: number, what = 'Filen'): Stats {
  const st = statInput(file, what);
  assertRegularFile(file, st, what);
  const limit = maxBytes(maxMb);
  if (st.size > limit) {
    throw new OjError(msg.fileTooLarge(what, basename(file), mb(st.size), mb(limit)), ExitCode.input, msg.fileTooLargeHint);
  }
  return st;
}

/** Reads a data file after checking that it is a regular file within the size limit (refused before any byte is read). */
export function readInputFile(file: string, maxMb?: number): Buffer {
  checkInputFile(file, maxMb);
  try {
    return readFileSync(file);
  } catch (e) {
    throw fileAccessError(file, e);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
/** "EncryptedPackage" as a UTF-16LE directory-entry name of an encrypted OOXML (CFB) file. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Whether a zip ends with its central-directory record (a cut-off file does not). */
function hasEndOfCentralDirectory(b: Uint8Array): boolean {
  const from = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= from; i--) if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return true;
  return false;
}

export type FileKind = 'xlsx' | 'empty' | 'truncated-zip' | 'encrypted' | 'xls' | 'pdf' | 'utf16' | 'text' | 'binary';

/** What the bytes are, by magic numbers (never by the file name). */
export function sniff(b: Uint8Array): FileKind {
  if (b.length === 0) return 'empty';
  if (startsWith(b, ZIP)) return hasEndOfCentralDirectory(b) ? 'xlsx' : 'truncated-zip';
  if (startsWith(b, EMPTY_ZIP)) return 'truncated-zip';
  if (startsWith(b, CFB)) return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff]) || looksUtf16(b)) return 'utf16';
  const head = b.subarray(0, 4096);
  let control = 0;
  for (const x of head) if (x < 9 || (x > 13 && x < 32)) control++;
  return control > head.length / 20 ? 'binary' : 'text';
}

/** UTF-16 without BOM: every other byte of the start is NUL. */
function looksUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 200);
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) i % 2 ? oddNul++ : evenNul++;
  return Math.max(evenNul, oddNul) > n / 2 * 0.6;
}

/** Throws an OjError unless the bytes are a complete zip (the container of an .xlsx). */
export function assertWorkbookBytes(b: Uint8Array, name: string): void {
  const kind = sniff(b);
  switch (kind) {
    case 'xlsx':
      return;
    case 'empty':
      throw new OjError(msg.xlsxEmpty(name), ExitCode.input, msg.xlsxEmptyHint(name));
    case 'truncated-zip':
      throw new OjError(msg.xlsxTruncated(name), ExitCode.input, msg.xlsxTruncatedHint);
    case 'encrypted':
      throw new OjError(msg.xlsxEncrypted(name), ExitCode.input, msg.xlsxEncryptedHint);
    case 'xls':
      throw new OjError(msg.xlsxIsXls(name), ExitCode.input, msg.xlsxIsXlsHint);
    case 'pdf':
      throw new OjError(msg.xlsxIsPdf(name), ExitCode.input, msg.xlsxIsPdfHint);
    case 'text':
    case 'utf16':
      throw new OjError(msg.xlsxIsText(name), ExitCode.input, msg.xlsxIsTextHint(name));
    default:
      throw new OjError(msg.xlsxUnknown(name), ExitCode.input, msg.xlsxUnknownHint(name));
  }
}

/**
 * Reads a user's JSON file (rules, catalogue, groups): a clear error for a folder or an unreadable file,
 * BOM stripped; the parse result carries line and column of a syntax error for the caller's message.
 */
export function readUserJson(file: string, what: string, flag: string): { text: string; parsed: ReturnType<typeof parseJson> } {
  const st = statInput(file, what);
  if (st.isDirectory()) throw new OjError(msg.jsonIsDirectory(what, file), ExitCode.input, msg.jsonIsDirectoryHint(flag));
  assertRegularFile(file, st, what);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (e) {
    throw fileAccessError(file, e, what);
  }
  return { text, parsed: parseJson(text) };
}
