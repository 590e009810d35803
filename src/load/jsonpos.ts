// Line numbers inside JSON text, so catalogue errors can say where in the file a field is.
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

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

class SyntaxProblem extends Error {
  constructor(readonly offset: number, readonly reason: string) {
    super(reason);
  }
}

/**
 * Parses JSON; on a syntax error says where and why in Swedish. JSON.parse does the parsing; a small
 * scanner finds the place, since V8's messages give a position only sometimes and differ between versions.
 */
export function parseJson(text: string): { ok: true; json: unknown } | ({ ok: false } & JsonSyntaxProblem) {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    let offset = text.length;
    let reason = (e as Error).message;
    try {
      scanJson(text);
    } catch (p) {
      if (p instanceof SyntaxProblem) ({ offset, reason } = p);
    }
    return { ok: false, ...positionAt(text, offset), reason };
  }
}

function scanJson(text: string): void {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new SyntaxProblem(at, at >= text.length ? 'filen tar slut mitt i JSON-innehållet (saknas en } eller ]?)' : reason);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const shown = () => (text[i] === '\n' || text[i] === '\r' ? 'en radbrytning' : text[i] === '"' ? 'ett citattecken' : `"${text[i]}"`);
  const string = () => {
    const start = i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const esc = text[i + 1];
        if (esc === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !esc || !'"\\/bfnrt'.includes(esc)) fail('ogiltig escape-sekvens (\\) i en sträng');
        i += esc === 'u' ? 6 : 2;
        continue;
      }
      if (c < ' ') fail('radbrytning eller kontrolltecken inuti en sträng (saknas ett avslutande citattecken?)');
      i++;
    }
    fail('strängen saknar avslutande citattecken', start);
  };
  const value = (depth: number): void => {
    if (depth > 500) fail('för djupt nästlad');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'kommatecken före } (ta bort det sista kommatecknet)' : `namnet ska stå inom dubbla citattecken, fann ${shown()}`);
        string();
        ws();
        if (text[i] !== ':') fail(`kolon (:) saknas efter namnet, fann ${shown()}`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`kommatecken (,) eller } saknas, fann ${shown()}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail('kommatecken före ] (ta bort det sista kommatecknet)');
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`kommatecken (,) eller ] saknas, fann ${shown()}`);
      }
    }
    if (c === '"') return string();
    const num = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    num.lastIndex = i;
    if (num.test(text) && num.lastIndex > i) {
      i = num.lastIndex;
      return;
    }
    for (const w of ['true', 'false', 'null']) {
      if (text.startsWith(w, i)) {
        i += w.length;
        return;
      }
    }
    fail(c === "'" ? 'strängar ska stå inom dubbla citattecken ("…"), inte enkla' : `oväntat tecken ${shown()}`);
  };
  ws();
  if (i >= text.length) throw new SyntaxProblem(0, 'filen är tom');
  value(0);
  ws();
  if (i < text.length) fail(`text efter JSON-innehållet: ${shown()}`);
}
