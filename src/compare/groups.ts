// A user's named comparison groups (--grupper FIL), e.g. a regional network:
// { "grupper": [{ "namn": "Nätverket Mälardalen", "kommuner": ["0380", "Västerås", ...] }] }.
import { z } from 'zod';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { readUserJson } from '../load/filecheck.ts';
import { lineOfPath } from '../load/jsonpos.ts';
import type { Logger } from '../log.ts';
import type { NamedGroup } from '../model/analysis.ts';
import { closestNames, matchUnit, type NamedUnit } from '../reference/match.ts';
import { fold } from '../reference/slug.ts';
import type { Reference } from '../reference/types.ts';

const GroupSchema = z
  .object({
    namn: z.string().trim().min(1),
    kommuner: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();

const FileSchema = z
  .object({
    beskrivning: z.string().optional(),
    grupper: z.array(GroupSchema).min(1),
  })
  .strict();


function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array' ? 'ska vara en lista [ … ]' : issue.expected === 'string' ? 'ska vara en text inom citattecken' : issue.expected === 'object' ? 'ska vara ett objekt { … }' : `har fel typ (väntat ${issue.expected})`;
    case 'too_small':
      return issue.origin === 'array' ? 'får inte vara en tom lista' : 'får inte vara tomt';
    case 'unrecognized_keys':
      return `har okända fält: ${issue.keys.join(', ')} (tillåtna: namn och kommuner i en grupp, grupper och beskrivning överst)`;
    default:
      return issue.message;
  }
}

function readGroupFile(file: string): { text: string; doc: z.infer<typeof FileSchema> } {
  const { text, parsed } = readUserJson(file, 'Gruppfilen', '--grupper');
  if (!parsed.ok) {
    throw new OjError(msg.groupsNotJson(file, parsed.line, parsed.column, parsed.reason), ExitCode.input, msg.groupsFileHint);
  }
  const r = FileSchema.safeParse(parsed.json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const line = lineOfPath(text, path);
    throw new OjError(msg.groupsInvalid(file, line, path.length ? path.join('.') : undefined, problem(issue)), ExitCode.input, msg.groupsFileHint);
  }
  return { text, doc: r.data };
}

/** Kommunkod or name, matched like the command line (exact with å/ä/ö first; a typo correction is announced). */
function resolveMember(units: NamedUnit[], entry: string, log: Logger, where: string): string | undefined {
  if (/^\d+$/.test(entry)) return units.find((u) => u.code === entry)?.code;
  try {
    return matchUnit(units, entry, 'kommun', (m) => log.warn(msg.groupsAt(where, m))).code;
  } catch {
    return undefined;
  }
}

/**
 * Reads and checks a groups file; every entry becomes a kommunkod (or a stadsdel's code from the data).
 * Unknown entries are collected and reported together, naming the file, group and entry.
 */
export function loadGroups(file: string, ref: Reference, log: Logger, otherUnits: NamedUnit[] = []): NamedGroup[] {
  const { text, doc } = readGroupFile(file);
  const units: NamedUnit[] = [...[...ref.kommuner.values()].map((k) => ({ code: k.code, name: k.name })), ...otherUnits];
  const seen = new Map<string, number>();
  const unknown: string[] = [];
  const groups = doc.grupper.map((g, i) => {
    const line = lineOfPath(text, ['grupper', i, 'namn']);
    const key = fold(g.namn);
    if (seen.has(key)) {
      throw new OjError(msg.groupsNameTwice(file, line, g.namn, seen.get(key)! + 1), ExitCode.input, msg.groupsNameTwiceHint);
    }
    seen.set(key, i);
    const members: string[] = [];
    g.kommuner.forEach((entry, j) => {
      const code = resolveMember(units, entry, log, msg.groupsWhere(file, g.namn));
      if (code) members.push(code);
      else {
        const at = lineOfPath(text, ['grupper', i, 'kommuner', j]);
        unknown.push(msg.groupsUnknownEntry(entry, g.namn, at, closestNames(units, entry, 2)));
      }
    });
    return { name: g.namn, members: [...new Set(members)].sort() };
  });
  if (unknown.length) {
    throw new OjError(msg.groupsUnknown(file, unknown), ExitCode.input, msg.groupsUnknownHint);
  }
  return groups;
}
