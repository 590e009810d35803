// A structural check for catalogue patterns that can backtrack catastrophically: a repeated group that itself
// holds a repetition or alternatives, as in /^(\w+\s?)+$/ (the star height test of safe-regex, plus alternation).
// Header patterns never need that shape; JavaScript regexes cannot be interrupted, so they are refused up front.

interface Group {
  repeats: boolean;
  alternates: boolean;
}

/** Length of an unbounded or multiple quantifier at i (*, +, {n,}, {n,m} with m > 1), else 0. */
function repeatAt(s: string, i: number): number {
  const c = s[i];
  if (c === '*' || c === '+') return 1;
  if (c !== '{') return 0;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i));
  if (!m) return 0;
  const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
  return max > 1 ? m[0].length : 0;
}

/** Why the pattern source risks exponential backtracking, in Swedish; undefined when it does not. */
export function backtrackingRisk(source: string): string | undefined {
  const stack: Group[] = [{ repeats: false, alternates: false }];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      stack.push({ repeats: false, alternates: false });
      if (source[i + 1] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>: the ? is part of the group's opening, not a quantifier.
        const named = /^\?<[A-Za-z_$][\w$]*>/.exec(source.slice(i + 1));
        i += named ? named[0].length : source[i + 2] === '<' ? 3 : 2;
      }
    } else if (c === '|') {
      top.alternates = true;
    } else if (c === ')' && stack.length > 1) {
      const inner = stack.pop()!;
      const outer = repeatAt(source, i + 1) > 0;
      if (outer && inner.repeats) return 'en upprepad grupp innehåller själv en upprepning';
      if (outer && inner.alternates) return 'en upprepad grupp innehåller alternativ (|)';
      if (outer || inner.repeats) stack[stack.length - 1]!.repeats = true;
    } else if (repeatAt(source, i) > 0 || c === '?') {
      top.repeats = true;
    }
  }
  return undefined;
}
