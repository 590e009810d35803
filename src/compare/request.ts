// The comparison sets a user asks for with --jamforelse: keywords, kommunkoder or kommun names.
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import type { NamedUnit } from '../reference/match.ts';
import { closestNames, exactName } from '../reference/match.ts';
import { fold } from '../reference/slug.ts';
import type { Reference } from '../reference/types.ts';
import { SET_KEYWORDS } from './set-kinds.ts';

const isKeyword = (e: string): boolean => SET_KEYWORDS.includes(e);

/** "liknande,riket" "0380" → ["liknande", "riket", "0380"]: comma- or repeat-separated, keywords folded (län → lan). */
export function splitSetList(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => (isKeyword(fold(v)) ? fold(v) : v));
}

/**
 * Keywords stay; every other entry must be a kommunkod or a kommun's exact name (with å/ä/ö first, without
 * only when unique) and becomes a kommunkod of the user set. Unknown entries are reported together. A user
 * set made only of the report's own kommun would be empty and is refused.
 */
export function resolveSetList(entries: string[], ref: Reference, self?: NamedUnit): string[] {
  const kommuner: NamedUnit[] = [...ref.kommuner.values()].map((k) => ({ code: k.code, name: k.name }));
  const unknown: string[] = [];
  const out: string[] = [];
  for (const e of entries) {
    if (isKeyword(e) || ref.kommuner.has(e)) {
      out.push(e);
      continue;
    }
    const hit = exactName(kommuner, e);
    if (hit) out.push(hit.code);
    else unknown.push(e);
  }
  const own = out.filter((e) => !isKeyword(e));
  if (self && own.length && own.every((c) => c === self.code)) {
    throw new OjError(msg.jamforelseOnlySelf(self), ExitCode.usage, msg.jamforelseOnlySelfHint);
  }
  if (unknown.length) {
    throw new OjError(msg.jamforelseUnknown(unknown, closestNames(kommuner, unknown[0]!, 3)), ExitCode.usage, msg.jamforelseUnknownHint);
  }
  return out;
}

/**
 * --jamforelse as given (repeatable, comma-separated) → set ids and kommunkoder, checked once for every
 * command that takes it; undefined when nothing was asked for (the defaults apply). `self` is the unit of
 * a single report (a list of only that kommun is refused); lan and alla give one list to every unit.
 */
export function requestedSets(values: string[] | undefined, ref: Reference, self?: NamedUnit): string[] | undefined {
  const list = splitSetList(values ?? []);
  return list.length ? resolveSetList(list, ref, self) : undefined;
}
