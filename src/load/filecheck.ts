// Checks before an input file is parsed: it exists, can be read, is not too large, and is what its name says.
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ExitCode, OjError } from '../errors.ts';
import { levenshtein } from '../reference/match.ts';
import { parseJson } from './jsonpos.ts';

export const DEFAULT_MAX_MB = 50;
const MB = 1024 * 1024;

/** The size limit in bytes: the option, else OJRAPPORT_MAX_MB, else 50 MB. */
export function maxBytes(maxMb?: number, env: NodeJS.ProcessEnv = process.env): number {
  if (maxMb !== undefined) {
    if (!(maxMb > 0)) throw new OjError(`Ogiltig storleksgräns: ${maxMb} MB.`, ExitCode.usage, 'Ange ett positivt tal (megabyte).');
    return maxMb * MB;
  }
  const raw = env['OJRAPPORT_MAX_MB']?.trim();
  if (!raw) return DEFAULT_MAX_MB * MB;
  const n = Number(raw.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) {
    throw new OjError(`Miljövariabeln OJRAPPORT_MAX_MB har ett ogiltigt värde: "${raw}".`, ExitCode.usage, 'Ange storleksgränsen i megabyte, t.ex. OJRAPPORT_MAX_MB=100, eller ta bort variabeln (standard 50).');
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
      return new OjError(`${what} ${file} finns inte.`, ExitCode.input, `Kontrollera sökvägen och stavningen.${similarNames(file)}`);
    case 'EACCES':
    case 'EPERM':
      return new OjError(
        `${what} ${file} kunde inte läsas: behörighet saknas.`,
        ExitCode.input,
        'Kontrollera att ditt konto får läsa filen (och katalogen den ligger i), eller kopiera filen till en egen katalog och försök igen.',
      );
    case 'EISDIR':
      return new OjError(`${file} är en katalog, inte en fil.`, ExitCode.input, 'Ange en fil, eller en katalog med --data där sådana filer kan anges.');
    case 'EBUSY':
    case 'ETXTBSY':
      return new OjError(`${what} ${file} är låst av ett annat program.`, ExitCode.input, 'Stäng filen i Excel (eller det program som har den öppen) och försök igen.');
    case 'EMFILE':
    case 'ENFILE':
      return new OjError(`${what} ${file} kunde inte öppnas: för många öppna filer.`, ExitCode.input, 'Stäng andra program eller läs färre filer åt gången.');
    default:
      return new OjError(
        `${what} ${file} kunde inte läsas${code ? ` (${code})` : ''}: ${(err as Error | undefined)?.message ?? String(err)}`,
        ExitCode.input,
        'Kontrollera att filen finns, är läsbar och inte ligger på en nätverksenhet som kopplats bort.',
      );
  }
}

/** " Menade du …?" when the folder holds files with nearly the same name. */
function similarNames(file: string): string {
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return '';
  }
  const want = basename(file).toLowerCase();
  const stem = want.replace(/\.[^.]*$/, '');
  const near = names.filter((n) => {
    const l = n.toLowerCase();
    return l !== want && (l.replace(/\.[^.]*$/, '') === stem || levenshtein(l, want) <= 2);
  });
  return near.length ? ` Menade du ${near.slice(0, 3).join(', ')}?` : '';
}

/** stat with Swedish errors. */
export function statInput(file: string, what = 'Filen'): Stats {
  try {
    return statSync(file);
  } catch (e) {
    throw fileAccessError(file, e, what);
  }
}

function specialKind(st: Stats): string {
  if (st.isFIFO()) return 'en namngiven pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'en enhetsfil';
  if (st.isSocket()) return 'en socket';
  return 'ingen vanlig fil';
}

/**
 * Only regular files are read: a FIFO or /dev/stdin waits for ever, /dev/zero never ends, and their st.size
 * says 0, so the size limit alone does not stop them.
 */
export function assertRegularFile(file: string, st: Stats, what = 'Filen'): void {
  if (st.isDirectory()) throw fileAccessError(file, Object.assign(new Error('directory'), { code: 'EISDIR' }), what);
  if (!st.isFile()) {
    throw new OjError(
      `${what} ${file} är inte en vanlig fil utan ${specialKind(st)} och lästes inte.`,
      ExitCode.input,
      'Ange en sparad fil på disk; att läsa från en pipe, en terminal eller en enhet stöds inte.',
    );
  }
}

/** Stats the file and checks that it is a regular file within the size limit; nothing is read. */
export function checkInputFile(file: string, maxMb?: number, what = 'Filen'): Stats {
  const st = statInput(file, what);
  assertRegularFile(file, st, what);
  const limit = maxBytes(maxMb);
  if (st.size > limit) {
    throw new OjError(
      `${what} ${basename(file)} är ${mb(st.size)} MB, större än gränsen ${mb(limit)} MB, och lästes inte.`,
      ExitCode.input,
      'En ÖJ-fil är normalt under 5 MB: kontrollera att det är rätt fil. Behövs en större fil, höj gränsen med miljövariabeln OJRAPPORT_MAX_MB (t.ex. OJRAPPORT_MAX_MB=200).',
    );
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

const SAVE_AS_XLSX = 'Öppna filen i Excel och välj Arkiv > Spara som > Excel-arbetsbok (.xlsx).';

/** Throws an OjError unless the bytes are a complete zip (the container of an .xlsx). */
export function assertWorkbookBytes(b: Uint8Array, name: string): void {
  const kind = sniff(b);
  const lock = name.startsWith('~$') ? ' Filnamnet börjar med ~$: det är Excels låsfil för en öppen arbetsbok, inte själva arbetsboken.' : '';
  switch (kind) {
    case 'xlsx':
      return;
    case 'empty':
      throw new OjError(`Filen ${name} är inte en Excelfil (.xlsx): filen är tom (0 byte).`, ExitCode.input, `Filen kan ha avbrutits när den laddades ned eller kopierades. Hämta den igen.${lock}`);
    case 'truncated-zip':
      throw new OjError(
        `Filen ${name} är inte en Excelfil (.xlsx) som går att läsa: den är ofullständig (avkortad eller skadad).`,
        ExitCode.input,
        'Filen har troligen avbrutits när den laddades ned eller kopierades. Hämta eller kopiera den igen och kontrollera att den öppnas i Excel.',
      );
    case 'encrypted':
      throw new OjError(
        `Filen ${name} är lösenordsskyddad: spara en kopia utan lösenord.`,
        ExitCode.input,
        'Öppna filen i Excel, välj Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord, töm lösenordet och spara som en ny .xlsx-fil.',
      );
    case 'xls':
      throw new OjError(`Filen ${name} är inte en Excelfil (.xlsx): den är i det äldre formatet .xls (Excel 97–2003).`, ExitCode.input, `Öppna den i Excel och spara som .xlsx: Arkiv > Spara som > Excel-arbetsbok (.xlsx).`);
    case 'pdf':
      throw new OjError(`Filen ${name} är inte en Excelfil (.xlsx): den är en PDF.`, ExitCode.input, 'Hämta resultatfilen i Excelformat från Socialstyrelsens webbplats (Öppna jämförelser, LSS).');
    case 'text':
    case 'utf16':
      throw new OjError(
        `Filen ${name} är inte en Excelfil (.xlsx): den innehåller vanlig text.`,
        ExitCode.input,
        `Är det en CSV-fil, byt filändelse till .csv (formatet beskrivs i README). Annars: ${SAVE_AS_XLSX}${lock}`,
      );
    default:
      throw new OjError(`Filen ${name} är inte en Excelfil (.xlsx): innehållet känns inte igen.`, ExitCode.input, `${SAVE_AS_XLSX}${lock}`);
  }
}

/**
 * Reads a user's JSON file (rules, catalogue, groups): a clear error for a folder or an unreadable file,
 * BOM stripped; the parse result carries line and column of a syntax error for the caller's message.
 */
export function readUserJson(file: string, what: string, flag: string): { text: string; parsed: ReturnType<typeof parseJson> } {
  const st = statInput(file, what);
  if (st.isDirectory()) throw new OjError(`${what} ${file} är en katalog, inte en fil.`, ExitCode.input, `Ange JSON-filen efter ${flag}.`);
  assertRegularFile(file, st, what);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (e) {
    throw fileAccessError(file, e, what);
  }
  return { text, parsed: parseJson(text) };
}
