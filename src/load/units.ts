// Recognising a row's unit (kommun, Stockholm/Göteborg stadsdel, län, riket) from its code and name.
import type { Unit } from '../model/types.ts';
import { delomradenFor } from '../reference/load.ts';
import { fold, slug } from '../reference/slug.ts';
import type { Reference } from '../reference/types.ts';

export const RIKET: Unit = { code: '00', name: 'Riket', kind: 'riket' };
const RIKET_NAMES = new Set(['riket', 'hela riket', 'riket totalt', 'sverige', 'totalt', 'samtliga kommuner']);
const UNIT_SUFFIXES = ['stadsdelsomrade', 'stadsdelsnamnd', 'stadsdelsforvaltning', 'socialforvaltning', 'sdo', 'sdn', 'sdf', 'sf'];
/** "0380 Uppsala", "0380 - Uppsala", "03: Uppsala län": a code and a name in one cell. */
const CODE_AND_NAME = /^(\d{1,4})\s*[-–:,]?\s+(\D.*)$/;
/** "Uppsala (0380)": the code after the name. */
const NAME_AND_CODE = /^(\D.*?)\s*\((\d{2}|\d{4})\)$/;

/**
 * What a row's context says it is: a län sheet or section, or a level column ("Län", "Kommun").
 * Decides only names that are both a kommun and a län's short name ("Uppsala", "Kalmar").
 */
export type UnitHint = 'lan' | 'kommun' | undefined;

export type UnitResolver = (kod: string, namn: string, hint?: UnitHint) => Unit | undefined;

/** Lower case, collapsed spaces, accents kept: "Håbo" and "Habo" stay two names. */
const exact = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Name without "kommun"/"stad" and a leading "Region " ("Region Gotland", "Uppsala kommun"). */
function kommunKey(name: string): string {
  return exact(name).replace(/^region /, '').replace(/ (kommun|stad)$/, '');
}

/** Exact key first; the accent-folded key only when it names exactly one unit. */
function nameIndex<T>(): { add(key: string, v: T): void; get(key: string): T | undefined } {
  const byExact = new Map<string, T>();
  const byFold = new Map<string, T[]>();
  return {
    add(key, v) {
      byExact.set(key, v);
      const f = fold(key);
      const list = byFold.get(f) ?? [];
      if (!list.includes(v)) list.push(v);
      byFold.set(f, list);
    },
    get(key) {
      const hit = byExact.get(key);
      if (hit) return hit;
      const list = byFold.get(fold(key));
      return list?.length === 1 ? list[0] : undefined;
    },
  };
}

export function unitResolver(ref: Reference, year: number): UnitResolver {
  const kommunByName = nameIndex<Unit>();
  const kommunByCode = new Map<string, Unit>();
  for (const k of ref.kommuner.values()) {
    const unit: Unit = { code: k.code, name: k.name, kind: 'kommun', lanCode: k.lanCode };
    kommunByCode.set(k.code, unit);
    kommunByName.add(kommunKey(k.name), unit);
  }
  const lanByCode = new Map<string, Unit>();
  // Full names ("Uppsala län") always name the län; short ones ("Uppsala") only when no kommun has the name or
  // the row's context marks a län.
  const lanByName = nameIndex<Unit>();
  const lanByShortName = nameIndex<Unit>();
  for (const l of ref.lan.values()) {
    const unit: Unit = { code: l.code, name: l.name, kind: 'lan' };
    lanByCode.set(l.code, unit);
    for (const n of [l.name, `${l.shortName} län`, `${l.shortName}s län`, `län: ${l.shortName}`]) lanByName.add(exact(n), unit);
    lanByShortName.add(exact(l.shortName), unit);
  }
  // Stadsdelar by slug of their bare name, with the city name stripped before/after.
  const stadsdelar = delomradenFor(ref, year).map((d) => {
    const parent = ref.kommuner.get(d.parentCode);
    const unit: Unit = { code: d.code, name: d.name, kind: 'stadsdel', lanCode: parent?.lanCode, parentCode: d.parentCode };
    return { unit, bare: stripUnitWords(slug(d.name)), parentSlug: slug(parent?.name ?? '') };
  });
  const stadsdelByCode = new Map(stadsdelar.map((d) => [d.unit.code, d.unit]));
  const stadsdel = (namn: string): Unit | undefined => {
    const s = slug(namn);
    for (const d of stadsdelar) {
      let rest = s;
      for (const prefix of [`${d.parentSlug}s-stad-`, `${d.parentSlug}s-`, `${d.parentSlug}-`]) {
        if (rest.startsWith(prefix)) {
          rest = rest.slice(prefix.length);
          break;
        }
      }
      if (rest.endsWith(`-${d.parentSlug}`)) rest = rest.slice(0, -d.parentSlug.length - 1);
      // "Västra Göteborg" keeps the city in its own name.
      if (stripUnitWords(rest) === d.bare || stripUnitWords(s) === d.bare) return d.unit;
    }
    return undefined;
  };

  const resolve: UnitResolver = (kodText, namnText, hint) => {
    let kod = kodText.replace(/\s/g, '');
    // Footnote marks after a name ("Kalmar*", "Habo¹", "Lund (1)") are not part of it.
    let namn = withoutFootnote(namnText);
    // Code and name in one cell, in either column; the code decides, the name only fills in.
    const trailing = !kod ? NAME_AND_CODE.exec(namn.trim()) : null;
    const inName = !kod ? (CODE_AND_NAME.exec(namn.trim()) ?? (trailing ? [trailing[0], trailing[2], trailing[1]] : undefined)) : undefined;
    const inCode = CODE_AND_NAME.exec(kodText.trim());
    if (inName) [kod, namn] = [inName[1]!, inName[2]!];
    else if (inCode) [kod, namn] = [inCode[1]!, namn || inCode[2]!];
    else if (!kod && /^\d{1,4}$/.test(namn.trim())) [kod, namn] = [namn.trim(), ''];
    if (/^\d{4}-[a-z0-9-]+$/.test(kod)) return stadsdelByCode.get(kod);
    if (/^\d{3,4}$/.test(kod)) {
      const k = kommunByCode.get(kod.padStart(4, '0'));
      // Some files repeat the city's code on its stadsdel rows.
      if (k && namn && kommunKey(namn) !== kommunKey(k.name)) {
        const sd = stadsdel(namn);
        if (sd?.parentCode === k.code) return sd;
      }
      if (k) return k;
    }
    if (/^\d{1,2}$/.test(kod)) {
      const code = kod.padStart(2, '0');
      if (code === RIKET.code) return RIKET;
      const l = lanByCode.get(code);
      if (l) return l;
    }
    if (!namn) return undefined;
    if (RIKET_NAMES.has(fold(namn))) return RIKET;
    const e = exact(namn);
    const lan = lanByName.get(e) ?? (hint === 'kommun' ? undefined : lanByShortName.get(e) ?? (hint === 'lan' ? lanByShortName.get(e.replace(/^region /, '')) : undefined));
    if (lan && hint === 'lan') return lan;
    // "Stockholms stad", "Göteborgs Stad": the genitive s before stad/kommun.
    const genitive = /^(.+)s (stad|kommun)$/i.exec(namn.trim());
    const kommun = kommunByName.get(kommunKey(namn)) ?? (genitive ? kommunByName.get(kommunKey(genitive[1]!)) : undefined);
    if (kommun && !(lan && lanByName.get(e))) return kommun;
    return lan ?? stadsdel(namn);
  };
  return resolve;
}

/** "Kalmar*", "Habo¹", "Lund (1)" → the name; a loop, not one nested regex (no backtracking on long cells). */
function withoutFootnote(name: string): string {
  let t = name.trimEnd();
  for (;;) {
    const u = t.replace(/[*¹²³⁴⁵⁶⁷⁸⁹⁰†]$/, '').replace(/\s\(\d\)$/, '').trimEnd();
    if (u === t) return t;
    t = u;
  }
}

/** Drops words like "stadsdelsområde"/"socialförvaltning" at either end of a slug. */
function stripUnitWords(s: string): string {
  let rest = s;
  for (const w of UNIT_SUFFIXES) {
    if (rest.startsWith(`${w}-`)) rest = rest.slice(w.length + 1);
    if (rest.endsWith(`-${w}`)) rest = rest.slice(0, -w.length - 1);
  }
  return rest;
}
