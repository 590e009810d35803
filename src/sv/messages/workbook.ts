// Messages about reading an ÖJ result workbook (.xlsx): years, sheets, columns, units and their values.

const rowExamples = (rows: { row: number; text: string }[]) => rows.slice(0, 3).map((r) => `rad ${r.row} "${r.text}"`).join(', ');

// --- The workbook
export const workbookIsUnderlag = (name: string) =>
  `Filen ${name} är ett lokalt analysunderlag (från "ojrapport underlag"), inte en resultatfil från Öppna jämförelser.`;
export const workbookIsUnderlagHint = 'Ange underlaget med --lokal och ÖJ-filerna med --data; lägg inte underlaget i datakatalogen.';
export const noResultSheet = (name: string, otherSheets: string[]) =>
  `Filen ${name} har inget resultatblad som gick att känna igen (blad: ${otherSheets.join(', ') || 'inga'}).`;
export const noResultSheetHint =
  'Ett resultatblad behöver en kolumn med rubriken "Namn" eller "Kommun" och kolumnrubriker som matchar indikatorkatalogen (data/indikatorer.json). Kontrollera filen eller komplettera katalogen med egna mönster (patterns).';

// --- Years
export const implausibleYear = (where: string, year: number, now: number, first: number) =>
  `${where}: året ${year} ${year > now ? `ligger i framtiden (i år är det ${now})` : `är orimligt (Öppna jämförelser finns från ${first}-talet)`}.`;
export const implausibleArYearHint = (now: number) => `Ange resultatårets årtal med --ar, t.ex. --ar ${Math.min(now, 2019)}.`;
export const implausibleFileYearHint =
  'Kontrollera årtalet i filnamnet, bladnamnet eller rubriken "Öppna jämförelser ÅÅÅÅ", eller ange rätt år med --ar.';
export const undatedColumns = (name: string, columns: string[], sheet: string) =>
  `Årtalet för ${name} gick inte att avgöra för kolumnerna ${columns.slice(0, 4).join(', ')}${columns.length > 4 ? ` och ${columns.length - 4} till` : ''} på bladet "${sheet}": det står inte i en rubrik ovanför dem, i bladnamnet, i en rubrik "Öppna jämförelser ÅÅÅÅ" eller i filnamnet.`;
export const undatedColumnsHint =
  'Döp om filen så att året ingår (t.ex. oj-lss-2019.xlsx) eller ange året med --ar 2019; året kan också stå i bladnamnet ("Resultat 2019") eller i en rubrikrad ovanför kolumnerna.';
export const noYear = (name: string) => `Årtalet för ${name} gick inte att avgöra: det står inte i någon rubrik, i något bladnamn eller i filnamnet.`;
export const noYearHint = 'Döp om filen så att året ingår (t.ex. oj-lss-2019.xlsx) eller ange året med --ar 2019.';
export const sheetYearDisagrees = (sheet: string, where: string, year: number, file: string, fileYear: number, columns: string[]) =>
  `Bladet "${sheet}": ${where} säger ${year} men filnamnet ${file} säger ${fileYear}; kolumn ${columns.join(', ')} läses som ${year}. Stämmer det inte, ange året med --ar.`;

// --- Units (rows)
export const UNIT_HINT =
  'Kommunerna ska anges med kommunkod (t.ex. 0380) och/eller namn (Uppsala) som i SCB:s kommunförteckning, länen som "Uppsala län" och riket som "Riket". Kontrollera att kolumnen med namnen har rubriken "Kommun" eller "Namn" och att rätt blad används (ojrapport granska FIL visar vad som känns igen).';
export const noKommunRecognised = (name: string, sheets: string[], rows: { row: number; text: string }[]) =>
  `Filen ${name}: ingen kommun kändes igen på bladet ${sheets.map((s) => `"${s}"`).join(', ')} (t.ex. ${rowExamples(rows)}).`;
export const nameColumnUnrecognised = (name: string, sheet: string, label: string, address: string, rows: { row: number; text: string }[]) =>
  `Filen ${name}, bladet "${sheet}": kolumnen "${label}" (${address}) finns, men ingen rad under den känns igen som kommun, län eller riket (t.ex. ${rowExamples(rows)}).`;

// --- Conflicting values
export const columnsDisagree = (file: string, sheet: string, a: string, b: string, header: string, ind: string, year: number, row: number, x: string, y: string) =>
  `Filen ${file}, bladet "${sheet}": kolumnerna ${a} och ${b} ("${header}") känns båda igen som ${ind} ${year} men har olika värden (${a}${row} "${x}", ${b}${row} "${y}").`;
export const columnsDisagreeHint =
  'Ta bort den kolumn som inte gäller, skriv året ovanför kolumnerna om de avser olika år, eller ge kolumnerna egna mönster i en egen katalog (--katalog).';
export interface CellText {
  address: string;
  text: string;
}
export const unitTwiceOnSheet = (file: string, sheet: string, unit: { name: string; code: string }, rows: [number, number], ind: string, a: CellText, b: CellText, by: string | undefined) =>
  `Filen ${file}, bladet "${sheet}": ${unit.name} (${unit.code}) finns på både rad ${rows[0]} och rad ${rows[1]} med olika värden (${ind}: ${a.address} "${a.text}", ${b.address} "${b.text}")${by ? `; raderna skiljer sig i kolumnen ${by}` : ''}.`;
export const unitTwiceOnSheetHint = (by: string | undefined) =>
  by
    ? 'Bladet har flera rader per kommun. Dela upp det så att varje blad har en rad per kommun (t.ex. ett blad per värde i den kolumnen), eller använd CSV-formatet i långt format.'
    : 'Ta bort den felaktiga raden (eller rätta koden/namnet om raden gäller en annan kommun) och försök igen.';
export const sheetsDisagree = (file: string, unit: { name: string; code: string }, ind: string, year: number, before: CellText & { sheet: string }, after: CellText & { sheet: string }) =>
  `Filen ${file}: ${unit.name} (${unit.code}) har olika värden för ${ind} ${year} på bladet "${before.sheet}" (${before.address} "${before.text}") och bladet "${after.sheet}" (${after.address} "${after.text}").`;
export const sheetsDisagreeHint = 'Rätta värdet på det ena bladet (eller ta bort det blad som inte ska läsas) och försök igen.';
