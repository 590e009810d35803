// Messages about the user's own JSON files: indicator catalogue (--katalog), rules (--regler), groups (--grupper),
// and the method texts in data/.

const atLine = (line: number | undefined) => (line ? `, rad ${line}` : '');

// --- Indicator catalogue
export const catalogNotJson = (file: string, line: number, column: number, reason: string) =>
  `Indikatorkatalogen ${file}, rad ${line}, är inte giltig JSON (kolumn ${column}): ${reason}.`;
export const catalogNotJsonHint =
  'Kontrollera kommatecken, citattecken och klamrar på den raden eller raden före (en JSON-validerare i en texteditor visar felet).';
export const catalogInvalidField = (file: string, line: number | undefined, field: string, issue: string) =>
  `Indikatorkatalogen ${file}${atLine(line)}, fältet ${field}: ${issue}`;
export const catalogInvalidFieldHint = 'Fälten beskrivs i README (Egen ÖJ-fil) och i data/indikatorer.json; en ny indikator behöver alla fält.';
export const catalogSlowPattern = (file: string, line: number | undefined, id: string, pattern: string, why: string) =>
  `Indikatorkatalogen ${file}${atLine(line)}, indikatorn ${id}: mönstret ${pattern} kan ta orimligt lång tid att pröva (${why}).`;
export const catalogSlowPatternHint =
  'Skriv om mönstret utan en upprepad grupp som själv innehåller upprepningar eller alternativ, t.ex. /^[\\w\\s]+$/ i stället för /^(\\w+\\s?)+$/, eller använd vanlig text i stället för ett reguljärt uttryck.';

// --- Table shapes that are not read from Excel
export const longTableInExcel = (file: string, sheet: string, ind: string, val: string) =>
  `Filen ${file}, bladet "${sheet}": tabellen har en rad per kommun och indikator (kolumnerna ${ind} och ${val}), ett långt format som inte läses från Excel.`;
export const longTableInExcelHint =
  'Spara bladet som CSV i långt format (kolumnerna kod, indikator, ar, varde; se README, Dataformat), eller gör en tabell med en rad per kommun och en kolumn per indikator.';
export const kommunerAsColumns = (file: string, sheet: string, hits: string[]) =>
  `Filen ${file}, bladet "${sheet}": kommunerna står som kolumnrubriker (${hits.slice(0, 3).join(', ')}${hits.length > 3 ? ` och ${hits.length - 3} till` : ''}), men varje kommun ska ha en egen rad.`;
export const kommunerAsColumnsHint =
  'Vänd tabellen i Excel (kopiera, Klistra in special → Transponera) så att kommunerna står i en kolumn med rubriken "Kommun" och indikatorerna i kolumnrubrikerna.';

// --- Rules (--regler)
export const rulesNotJson = (file: string, line: number, column: number, reason: string) =>
  `Regelfilen ${file} kunde inte läsas som JSON: rad ${line}, kolumn ${column}: ${reason}.`;
export const rulesNotJsonHint = 'Kontrollera kommatecken, citattecken och klamrar på den raden eller raden före. Se data/regler.json för ett exempel.';
export const rulesUnknownField = (file: string, line: number | undefined, keys: string[]) => `Regelfilen ${file}${atLine(line)}, har ett okänt fält: ${keys.join(', ')}`;
export const rulesUnknownFieldHint = (allowed: string[]) => `Tillåtna fält: ${allowed.join(', ')}.`;
export const rulesInvalidField = (file: string, line: number | undefined, field: string, issue: string) =>
  `Regelfilen ${file}${atLine(line)}, är felaktig i fältet ${field}: ${issue}`;
export const rulesInvalidFieldHint = 'Andelar anges i procent 0–100, kvartiler som 1–4 och antal som heltal; se data/regler.json.';
