// Messages about which unit, year and comparison sets a report is for: names typed by the user, --jamforelse,
// --grupper files.

interface Named {
  code: string;
  name: string;
}
const unitList = (units: Named[]) => units.map((u) => `${u.name} (${u.code})`).join(', ');
const plural = (what: string) => (what === 'kommun' ? 'kommuner' : what === 'stadsdel' ? 'stadsdelar' : what);

// --- Names (kommun, stadsdel, län)
export const nameCorrected = (query: string, unit: Named) => `Tolkar "${query}" som ${unit.name} (${unit.code}).`;
export const ambiguousName = (query: string, what: string, units: Named[]) => `"${query}" kan vara flera ${plural(what)}: ${unitList(units)}.`;
export const ambiguousNameHint = 'Skriv namnet med å, ä och ö, eller koden.';
export const unknownName = (query: string, what: string, suggestions: Named[]) =>
  `Hittar ${what === 'län' ? 'inget' : 'ingen'} ${what} som heter "${query}".` + (suggestions.length ? ` Menade du: ${unitList(suggestions)}?` : '');
export const unknownNameHint = (what: string) =>
  what === 'län' ? 'Skriv länets namn eller kod, t.ex. "Uppsala" eller "03".' : 'Skriv namnet eller koden, t.ex. "Uppsala" eller "0380".';
export const unitNotInData = (unit: Named, names: string[], what: string, files: string[]) => {
  const shown = names.length <= 8 ? names.join(', ') : `${names.length} ${what}, t.ex. ${names.slice(0, 5).join(', ')}`;
  return `Underlaget har ingen rad för ${unit.name} (${unit.code}). Det innehåller ${shown}${files.length ? ` (${files.join(', ')})` : ''}.`;
};
export const unitNotInDataHint =
  'Kontrollera att filerna med --data gäller rätt kommuner (ojrapport granska FIL visar vad en fil innehåller), eller välj en kommun som finns i underlaget.';
export const unitUnknown = (code: string) => `Enheten ${code} finns varken i underlaget eller bland Sveriges kommuner.`;
export const unitNotKommun = (name: string, kind: string) => `${name} är ett ${kind === 'lan' ? 'län' : 'riket'}; rapporten görs för en kommun eller stadsdel.`;
export const noKommunerInLan = (lan: string) => `Underlaget har inga kommuner i ${lan}.`;

// --- Year
export const noYears = 'Underlaget innehåller inga år.';
export const yearNotInData = (year: number, have: number[]) => `Året ${year} finns inte i underlaget (det finns: ${have.join(', ')}).`;

// --- --jamforelse
export const jamforelseOnlySelf = (self: Named) =>
  `--jamforelse ${self.name} (${self.code}) är kommunen som rapporten gäller; en grupp med bara den egna kommunen blir tom.`;
export const jamforelseOnlySelfHint = 'Ange andra kommuner att jämföra med, t.ex. --jamforelse 0380,1980, eller liknande, kommungrupp, lan eller riket.';
export const jamforelseUnknown = (unknown: string[], near: Named[]) =>
  `Okänd jämförelsegrupp eller kommun efter --jamforelse: ${unknown.map((u) => `"${u}"`).join(', ')}.` +
  (near.length && !/^\d+$/.test(unknown[0]!) ? ` Menade du: ${unitList(near)}?` : '');
export const jamforelseUnknownHint =
  'Ange liknande, kommungrupp, lan, riket eller kommuner med kod eller namn, t.ex. --jamforelse liknande,riket eller --jamforelse 0380,1980.';
export const unknownSetOrCode = (entry: string) => `Okänd jämförelsegrupp eller kommunkod: "${entry}".`;
export const unknownSetOrCodeHint = (setIds: readonly string[]) => `Använd ${setIds.join(', ')} eller fyrsiffriga kommunkoder.`;
export const groupUnknownCodes = (group: string, codes: string[]) => `Jämförelsegruppen "${group}" har okända kommunkoder: ${codes.join(', ')}.`;

// --- --grupper files
const GROUPS_EXAMPLE = '{ "grupper": [{ "namn": "Nätverket Mälardalen", "kommuner": ["0380", "1980", "Eskilstuna"] }] }';
export const groupsFileHint = `Filen ska se ut så här: ${GROUPS_EXAMPLE}`;
export const groupsNotJson = (file: string, line: number, column: number, reason: string) =>
  `Gruppfilen ${file} kunde inte läsas som JSON: rad ${line}, kolumn ${column}: ${reason}.`;
export const groupsInvalid = (file: string, line: number | undefined, field: string | undefined, problem: string) =>
  `Gruppfilen ${file}${line ? `, rad ${line}` : ''}: ${field ? `fältet ${field}` : 'filen'} ${problem}.`;
export const groupsNameTwice = (file: string, line: number | undefined, name: string, first: number) =>
  `Gruppfilen ${file}${line ? `, rad ${line}` : ''}: gruppnamnet "${name}" finns redan (grupp ${first}).`;
export const groupsNameTwiceHint = 'Ge varje grupp ett eget namn.';
export const groupsWhere = (file: string, group: string) => `Gruppfilen ${file}, gruppen "${group}"`;
export const groupsAt = (where: string, message: string) => `${where}: ${message}`;
export const groupsUnknownEntry = (entry: string, group: string, line: number | undefined, near: Named[]) =>
  `"${entry}" i gruppen "${group}"${line ? ` (rad ${line})` : ''}${near.length ? ` – menade du ${near.map((u) => `${u.name} (${u.code})`).join(' eller ')}?` : ''}`;
export const groupsUnknown = (file: string, unknown: string[]) =>
  `Gruppfilen ${file} har ${unknown.length === 1 ? 'en okänd kommun' : `${unknown.length} okända kommuner`}: ${unknown.join('; ')}.`;
export const groupsUnknownHint = 'Ange kommuner med kommunkod (0380) eller namn (Uppsala).';
