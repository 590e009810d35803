// Messages about reading a CSV file in long format (kommunkod;indikator;år;värde); `where` is "fil, rad N".

export const SAVE_UTF8 = 'Spara filen som "CSV UTF-8 (kommaavgränsad)" i Excel, eller välj teckenkodningen UTF-8 när du sparar i en texteditor.';
export const CSV_FORMAT_HINT = 'Formatet är en rubrikrad "kommunkod;indikator;år;värde" och sedan en rad per värde, t.ex. "0380;ibic_utredning;2019;Ja".';

// --- The file
export const csvUtf16 = (name: string) => `${name} är sparad som UTF-16 (Unicode-text), som inte kan läsas.`;
export const csvIsExcel = (name: string) => `${name} är en Excelfil, inte en CSV-fil.`;
export const csvIsExcelHint = 'Byt filändelse till .xlsx (eller .xls → öppna i Excel och spara som .xlsx), eller spara den som CSV UTF-8 i Excel.';
export const csvIsBinary = (name: string, pdf: boolean) => `${name} är inte en textfil (CSV) utan binär data${pdf ? ' (en PDF)' : ''}.`;
export const csvReadAsWindows1252 = (name: string) =>
  `${name} är inte sparad som UTF-8; den lästes som Windows-1252/Latin-1 (äldre Excel-CSV). Kontrollera att å, ä och ö ser rätt ut. ${SAVE_UTF8}`;
export const csvEmptyBytes = (name: string) => `${name} är tom (0 byte).`;
export const csvEmpty = (name: string) => `${name} är tom.`;
export const csvUnparsable = (name: string, line: number | undefined, problem: string) => `${name}${line ? `, rad ${line}` : ''}: CSV-filen kunde inte tolkas: ${problem}`;
export const csvNoValues = (name: string) => `${name} innehåller inga värden.`;

// --- Header and rows
export const csvColumnTwice = (where: string, column: string, i: number, a: string, j: number, b: string) =>
  `${where}: rubrikraden har två kolumner för ${column}: kolumn ${i + 1} "${a}" och kolumn ${j + 1} "${b}".`;
export const csvColumnTwiceHint = 'Ta bort eller byt namn på den ena kolumnen, så att det är klart vilken som gäller.';
export const csvColumnMissing = (where: string, column: string, header: string[]) => `${where}: rubrikraden saknar kolumnen "${column}" (rubriker: ${header.join(', ')}).`;
export const csvFieldCount = (where: string, fields: number, expected: number) => `${where}: raden har ${fields} fält men rubrikraden har ${expected}.`;
export const csvSplitDecimal = (where: string, fields: number, expected: number) =>
  `${where}: raden har ${fields} fält men rubrikraden har ${expected}. Filen är kommaavgränsad, så ett tal med decimalkomma (t.ex. 45,5) delas i två fält.`;
export const csvSplitDecimalHint = 'Använd semikolon som avgränsare (kommunkod;indikator;år;värde), eller sätt citattecken runt talet ("45,5").';
export const csvUnknownIndicator = (where: string, id: string) => `${where}: okänd indikator "${id}".`;
export const csvUnknownIndicatorHint = (near: string[]) => `Använd ett id ur indikatorkatalogen (data/indikatorer.json), t.ex. ${near.join(', ')}.`;
export const csvInvalidYear = (where: string, text: string) => `${where}: ogiltigt år "${text}".`;
export const csvInvalidYearHint = 'Ange året med fyra siffror, t.ex. 2019.';
export const csvUnknownUnit = (where: string, code: string) => `${where}: okänd kommunkod "${code}".`;
export const csvUnknownUnitHint = 'Ange en kommunkod ("0380"), en länskod ("03"), "00" för riket eller en stadsdel ("0180-bromma").';
export const csvValueTwice = (where: string, ind: string, year: number, unit: string, line: number, before: string, raw: string) =>
  `${where}: ${ind} ${year} för ${unit} finns redan på rad ${line} med ett annat värde ("${before}" mot "${raw}").`;
export const csvValueTwiceHint = 'Ta bort den felaktiga raden och försök igen.';

// --- Values
export type ExpectedValue = 'answer' | 'percent' | 'per10000' | 'count';
export const csvUnreadableValue = (where: string, raw: string, ind: string, why = '') => `${where}: värdet "${raw}" för ${ind} går inte att läsa${why}.`;
export const csvUnreadableValueHint = (expected: ExpectedValue) => {
  const range = expected === 'percent' ? ' mellan 0 och 100' : expected === 'per10000' ? ' mellan 0 och 10 000' : ' som inte är negativt';
  return `Ange ${expected === 'answer' ? '"Ja" eller "Nej"' : `ett tal${range} (t.ex. 45 eller 45,5)`}, eller lämna tomt / skriv "-" om uppgift saknas.`;
};
export const csvMixedScales = (ind: string, year: number, moreRows: number) =>
  `: andelar 0–1 och procent 0–100 blandas för ${ind} ${year}${moreRows ? ` (och ${moreRows} rader till)` : ''}; skriv alla som procent (45 eller 45,5)`;
