// The comparison sets a user asks for with --jamforelse: keywords, kommunkoder or kommun names.
import { ExitCode, OjError } from '../errors.ts';
import type { NamedUnit } from '../reference/match.ts';
import { closestNames } from '../reference/match.ts';
import { fold } from '../reference/slug.ts';
import type { Reference } from '../reference/types.ts';
import { SET_IDS } from './sets.ts';

const KEYWORDS: Record<string, string> = { liknande: 'liknande', kommungrupp: 'kommungrupp', lan: 'lan', riket: 'riket', stadsdelar: 'stadsdelar' };

/** "liknande,riket" "0380" → ["liknande", "riket", "0380"]: comma- or repeat-separated, keywords folded (län → lan). */
export function splitSetList(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => KEYWORDS[fold(v)] ?? v);
}

/**
 * Keywords stay; every other entry must be a kommunkod or a kommun's exact name (with or without
 * å/ä/ö) and becomes a kommunkod of the user set. Unknown entries are reported together.
 */
export function resolveSetList(entries: string[], ref: Reference): string[] {
  const kommuner: NamedUnit[] = [...ref.kommuner.values()].map((k) => ({ code: k.code, name: k.name }));
  const unknown: string[] = [];
  const out: string[] = [];
  for (const e of entries) {
    if ((SET_IDS as readonly string[]).includes(e) || ref.kommuner.has(e)) {
      out.push(e);
      continue;
    }
    const q = fold(e.replace(/\s+(kommun|stad)$/i, ''));
    const hit = kommuner.filter((k) => fold(k.name) === q);
    if (hit.length === 1) out.push(hit[0]!.code);
    else unknown.push(e);
  }
  if (unknown.length) {
    const near = closestNames(kommuner, unknown[0]!, 3).map((u) => `${u.name} (${u.code})`);
    throw new OjError(
      `Okänd jämförelsegrupp eller kommun efter --jamforelse: ${unknown.map((u) => `"${u}"`).join(', ')}.` + (near.length && !/^\d+$/.test(unknown[0]!) ? ` Menade du: ${near.join(', ')}?` : ''),
      ExitCode.usage,
      'Ange liknande, kommungrupp, lan, riket eller kommuner med kod eller namn, t.ex. --jamforelse liknande,riket eller --jamforelse 0380,1980.',
    );
  }
  return out;
}
