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

export type UnitResolver = (kod: string, namn: string) => Unit | undefined;

/** Name without "kommun"/"stad" and a leading "Region " ("Region Gotland", "Uppsala kommun"). */
function kommunKey(name: string): string {
  return fold(name).replace(/^region /, '').replace(/ (kommun|stad)$/, '');
}

export function unitResolver(ref: Reference, year: number): UnitResolver {
  const kommunByName = new Map<string, Unit>();
  const kommunByCode = new Map<string, Unit>();
  for (const k of ref.kommuner.values()) {
    const unit: Unit = { code: k.code, name: k.name, kind: 'kommun', lanCode: k.lanCode };
    kommunByCode.set(k.code, unit);
    kommunByName.set(kommunKey(k.name), unit);
  }
  const lanByCode = new Map<string, Unit>();
  const lanByName = new Map<string, Unit>();
  for (const l of ref.lan.values()) {
    const unit: Unit = { code: l.code, name: l.name, kind: 'lan' };
    lanByCode.set(l.code, unit);
    for (const n of [l.name, l.shortName, `${l.shortName} län`, `${l.shortName}s län`]) lanByName.set(fold(n), unit);
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
      if (stripUnitWords(rest) === d.bare) return d.unit;
    }
    return undefined;
  };

  const resolve: UnitResolver = (kodText, namnText) => {
    let kod = kodText.replace(/\s/g, '');
    let namn = namnText;
    // Code and name in one cell, in either column; the code decides, the name only fills in.
    const inName = !kod ? CODE_AND_NAME.exec(namn.trim()) : undefined;
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
    const f = fold(namn);
    if (RIKET_NAMES.has(f)) return RIKET;
    return lanByName.get(f) ?? kommunByName.get(kommunKey(namn)) ?? stadsdel(namn);
  };
  return resolve;
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
