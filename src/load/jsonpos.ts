// Line numbers inside JSON text, so catalogue errors can say where in the file a field is.
import { createRequire } from 'node:module';
import type * as Jsonc from 'jsonc-parser';

// Needed only to place an error: loaded then, not at start-up.
let loaded: typeof Jsonc | undefined;
const jsonc = (): typeof Jsonc => (loaded ??= createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc);

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The line where the value at `path` (keys and array indexes, as zod reports them) starts; the deepest
 * part of the path that exists when the rest does not (a missing field gives its object's line).
 */
export function lineOfPath(text: string, path: (string | number)[]): number | undefined {
  const { findNodeAtLocation, parseTree } = jsonc();
  const root = parseTree(text);
  if (!root) return undefined;
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return lineAt(text, node.offset);
  }
  return lineAt(text, root.offset);
}

/** A JSON syntax error with its place (1-based line and column) and a Swedish reason. */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  reason: string;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length));
  const lastBreak = before.lastIndexOf('\n');
  return { line: lineAt(text, offset), column: before.length - lastBreak };
}

/**
 * Parses JSON; on a syntax error says where and why in Swedish. JSON.parse decides whether the text is
 * valid; jsonc-parser finds the first error (its offset, and from its events what was expected there and
 * in which object or array), since V8's messages give a position only sometimes and differ between
 * versions. The string check and the depth limit are kept from the former hand-written scanner, so the
 * reasons and places are the same as before.
 */
export function parseJson(text: string): { ok: true; json: unknown } | ({ ok: false } & JsonSyntaxProblem) {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    const { offset, reason } = syntaxProblem(text) ?? { offset: text.length, reason: (e as Error).message };
    return { ok: false, ...positionAt(text, offset), reason };
  }
}

type Expecting = 'key' | 'colon' | 'value' | 'comma';

interface FirstError {
  code: string;
  offset: number;
  /** The object or array the error is in; undefined at the top level. */
  container: '{' | '[' | undefined;
  /** What the parser expected where the error is. */
  expecting: Expecting;
  /** The error follows a comma. */
  afterComma: boolean;
}

function firstError(text: string): FirstError | undefined {
  const stack: ('{' | '[')[] = [];
  let expecting: Expecting = 'value';
  let afterComma = false;
  let first: FirstError | undefined;
  const set = (e: Expecting, comma = false) => () => {
    expecting = e;
    afterComma = comma;
  };
  // The old scanner's limit: a value nested more than 500 deep is reported where it starts (in an
  // object: right after the colon).
  const tooDeep = (offset: number) => {
    if (first || stack.length <= 500) return false;
    while (stack.at(-1) === '{' && offset > 0 && ' \t\n\r'.includes(text[offset - 1]!)) offset--;
    first = { code: 'TooDeep', offset, container: stack.at(-1), expecting, afterComma };
    return true;
  };
  const begin = (c: '{' | '[') => (offset: number) => {
    tooDeep(offset);
    stack.push(c);
    set(c === '{' ? 'key' : 'value')();
  };
  const close = () => {
    stack.pop();
    set('comma')();
  };
  try {
    jsonc().visit(
      text,
      {
        onObjectBegin: begin('{'),
        onObjectEnd: close,
        onArrayBegin: begin('['),
        onArrayEnd: close,
        onObjectProperty: set('colon'),
        onLiteralValue: (_value, offset) => (tooDeep(offset), set('comma')()),
        onSeparator: (c) => (c === ':' ? set('value')() : set(stack.at(-1) === '{' ? 'key' : 'value', true)()),
        onError: (code, offset) => {
          if (expecting === 'value' && tooDeep(offset)) return;
          first ??= { code: jsonc().printParseErrorCode(code), offset, container: stack.at(-1), expecting, afterComma };
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch {
    // Nesting too deep for the visitor's recursion: say only that the text is not JSON.
  }
  return first;
}

const STRING_ERRORS = new Set(['UnexpectedEndOfString', 'InvalidCharacter', 'InvalidEscapeCharacter', 'InvalidUnicode']);

/** Where and why (in Swedish) the text is not JSON, from jsonc-parser's first error and what it expected there. */
function syntaxProblem(text: string): { offset: number; reason: string } | undefined {
  if (/^[ \t\n\r]*$/.test(text)) return { offset: 0, reason: 'filen är tom' };
  const err = firstError(text);
  if (!err) return undefined;
  const { container } = err;
  let at = err.offset;
  const shown = () => (text[at] === '\n' || text[at] === '\r' ? 'en radbrytning' : text[at] === '"' ? 'ett citattecken' : `"${text[at]}"`);
  const commaMissing = () => (container ? `kommatecken (,) eller ${container === '{' ? '}' : ']'} saknas, fann ${shown()}` : `text efter JSON-innehållet: ${shown()}`);
  const reason = (): string => {
    if (err.code === 'TooDeep') return 'för djupt nästlad';
    if (err.expecting === 'comma') return commaMissing();
    if (err.expecting === 'colon') return `kolon (:) saknas efter namnet, fann ${shown()}`;
    // A string jsonc-parser rejects: the old scanner's loop finds the character and the reason.
    if (text[at] === '"' && STRING_ERRORS.has(err.code)) return badCharInString(text, at, (i) => (at = i));
    if (err.expecting === 'key') {
      if (text[at] === '}' && err.afterComma) return 'kommatecken före } (ta bort det sista kommatecknet)';
      return `namnet ska stå inom dubbla citattecken, fann ${shown()}`;
    }
    if (text[at] === ']' && err.afterComma) return 'kommatecken före ] (ta bort det sista kommatecknet)';
    // jsonc-parser reads a word or number up to a separator; JSON ends the value after its longest valid start.
    const literal = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = at;
    if (literal.test(text) && literal.lastIndex > at) {
      at = literal.lastIndex;
      return commaMissing();
    }
    return text[at] === "'" ? 'strängar ska stå inom dubbla citattecken ("…"), inte enkla' : `oväntat tecken ${shown()}`;
  };
  const why = reason();
  return { offset: at, reason: at >= text.length ? 'filen tar slut mitt i JSON-innehållet (saknas en } eller ]?)' : why };
}

/** The first control character or bad escape in the string starting at `start` (the old scanner's loop). */
function badCharInString(text: string, start: number, place: (i: number) => void): string {
  for (let i = start + 1; i < text.length && text[i] !== '"'; i++) {
    const c = text[i]!;
    if (c === '\\') {
      const esc = text[i + 1];
      if (esc === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !esc || !'"\\/bfnrt'.includes(esc)) {
        place(i);
        return 'ogiltig escape-sekvens (\\) i en sträng';
      }
      i += esc === 'u' ? 5 : 1;
    } else if (c < ' ') {
      place(i);
      return 'radbrytning eller kontrolltecken inuti en sträng (saknas ett avslutande citattecken?)';
    }
  }
  return 'strängen saknar avslutande citattecken';
}
