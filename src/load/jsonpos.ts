// Line numbers inside JSON text, so catalogue errors can say where in the file a field is.

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of a JSON.parse error, when the engine's message gives a position or line. */
export function parseErrorLine(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(message);
  return pos ? lineAt(text, Number(pos[1])) : undefined;
}

/**
 * The line where the value at `path` (keys and array indexes, as zod reports them) starts; the deepest
 * part of the path that exists when the rest does not (a missing field gives its object's line).
 */
export function lineOfPath(text: string, path: (string | number)[]): number | undefined {
  let pos = skipWs(text, 0);
  for (const key of path) {
    const next = typeof key === 'number' ? arrayItem(text, pos, key) : objectField(text, pos, key);
    if (next === undefined) break;
    pos = next;
  }
  return pos < text.length ? lineAt(text, pos) : undefined;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Index just past the JSON value starting at i (strings, nesting; no validation). */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    for (i++; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return i + 1;
    }
    return i;
  }
  if (c === '{' || c === '[') {
    let depth = 0;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"') i = skipValue(text, i) - 1;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') if (--depth === 0) return i + 1;
    }
    return i;
  }
  while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
  return i;
}

function arrayItem(text: string, i: number, index: number): number | undefined {
  if (text[i] !== '[') return undefined;
  i = skipWs(text, i + 1);
  for (let n = 0; i < text.length && text[i] !== ']'; n++) {
    if (n === index) return i;
    i = skipWs(text, skipValue(text, i));
    if (text[i] === ',') i = skipWs(text, i + 1);
  }
  return undefined;
}

function objectField(text: string, i: number, key: string): number | undefined {
  if (text[i] !== '{') return undefined;
  i = skipWs(text, i + 1);
  while (i < text.length && text[i] === '"') {
    const end = skipValue(text, i);
    const name = JSON.parse(text.slice(i, end)) as string;
    i = skipWs(text, end);
    if (text[i] !== ':') return undefined;
    i = skipWs(text, i + 1);
    if (name === key) return i;
    i = skipWs(text, skipValue(text, i));
    if (text[i] === ',') i = skipWs(text, i + 1);
  }
  return undefined;
}
