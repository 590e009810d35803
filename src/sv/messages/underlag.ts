// Messages about the team's underlag workbook (ojrapport underlag, --lokal).

// --- Opening and identifying a workbook
export const underlagFileMissing = (file: string) => `Filen ${file} finns inte.`;
export const underlagFileUnreadable = (file: string, err: unknown) => `Filen ${file} kunde inte läsas: ${(err as Error).message}`;
export const underlagFileHint = 'Kontrollera sökvägen efter --lokal.';
export const notUnderlag = (name: string, why: string) => `Filen ${name} är inte ett underlag för lokal analys från ojrapport: ${why}.`;
/** Why a workbook is not an underlag: the detail in notUnderlag. */
export const notUnderlagWhy = {
  notXlsx: 'den kunde inte öppnas som Excel-arbetsbok (.xlsx)',
  noMetaSheet: 'det dolda bladet med kommunkod och år saknas',
  noMark: 'filen saknar ojrapports märkning',
  metaIncomplete: 'kommunkod, år eller kontrollsumma saknas på det dolda bladet',
  sheetMissing: (sheet: string) => `bladet ${sheet} saknas`,
};
export const notUnderlagHint = 'Skapa underlaget med "ojrapport underlag <kommun>", fyll i det i Excel eller LibreOffice och spara det som .xlsx.';
export const underlagBadFormatVersion = (name: string, sheet: string, version: string) =>
  `Filen ${name} är skadad: formatversionen på det dolda bladet ${sheet} är "${version}", inte ett heltal.`;
export const underlagBadFormatVersionHint =
  'Använd en oskadad kopia av underlaget, eller skapa ett nytt med "ojrapport underlag" och kopiera över analysen och handlingsplanen.';
export const underlagFromNewerTool = (name: string, toolVersion: string | undefined) =>
  `Filen ${name} är skapad med en nyare version av ojrapport (${toolVersion ?? 'okänd'}) än den som körs nu.`;
export const underlagFromNewerToolHint = 'Uppdatera ojrapport och försök igen.';
export const underlagForOther = (name: string, meta: { kommunName: string; kommunCode: string; year: number }, want: string) =>
  `${name} är underlaget för ${meta.kommunName} (${meta.kommunCode}) ${meta.year}, men rapporten gäller ${want}.`;
export const underlagForOtherHint = (kommunCode: string, year: number) =>
  `Ange underlaget för rätt kommun och år, eller skapa ett nytt med "ojrapport underlag ${kommunCode} --ar ${year}".`;
/** A problem at a sheet (and cell) of the workbook. */
export const underlagAt = (name: string, sheet: string, cell: string | undefined, message: string) =>
  `${name}, ${cell ? `bladet ${sheet}, cell ${cell}` : `bladet ${sheet}`}: ${message}`;

// --- A folder of underlag (--lokal KATALOG)
export const lokalIsFile = (dir: string) => `--lokal ${dir} är en fil, men här behövs en katalog med underlag.`;
export const lokalIsFileHint = 'Lägg kommunernas ifyllda underlag i en katalog och ange katalogen med --lokal.';
export const lokalFolderMissing = (dir: string) => `Katalogen ${dir} finns inte eller kan inte läsas.`;
export const lokalFolderMissingHint = 'Kontrollera sökvägen till katalogen med underlagen.';
export const lokalFolderEmpty = (dir: string, unreadable: string[]) =>
  `Katalogen ${dir} innehåller inga underlag från "ojrapport underlag"${unreadable.length ? `; de här filerna gick inte att läsa som underlag: ${unreadable.join('; ')}` : ''}.`;
export const lokalFolderEmptyHint = 'Ange katalogen där arbetsgruppernas ifyllda underlag (.xlsx) ligger.';
export const lokalUnreadableFiles = (dir: string, unreadable: string[]) =>
  `${unreadable.length === 1 ? 'En fil' : `${unreadable.length} filer`} i ${dir} gick inte att läsa som underlag och används inte: ${unreadable.join('; ')}.`;
export const lokalTwice = (count: number, kommunName: string, kommunCode: string, year: number, files: string[]) =>
  `Det finns ${count} underlag för ${kommunName} (${kommunCode}) ${year}: ${files.join(', ')}.`;
export const lokalTwiceHint = 'Behåll ett underlag per kommun och år i katalogen.';
export const lokalNoneForUnit = (dir: string, unit: string, code: string, year: number) =>
  `Katalogen ${dir} har inget underlag för ${unit} (${code}) ${year}; rapporten görs utan arbetsgruppens analys.`;
export const lokalFolderSummary = (dir: string, kommunNames: string[]) =>
  `Lokala underlag i ${dir}: ${kommunNames.length === 1 ? '1 fil' : `${kommunNames.length} filer`} (${kommunNames.join(', ') || 'inga'}).`;
export const lokalMissingForUnits = (year: number, dir: string, names: string[]) =>
  `Inget lokalt underlag för ${year} i ${dir} för ${names.length === 1 ? '1 enhet' : `${names.length} enheter`}; deras rapporter görs utan lokal analys: ${names.join(', ')}.`;

// --- Writing one
export const underlagExists = (path: string) => `Filen ${path} finns redan och kan innehålla arbetsgruppens analys.`;
export const underlagExistsHint = 'Byt namn på filen eller flytta den, eller kör igen med --skriv-over för att ersätta den.';
export const underlagOnExample = (exampleNote: string) => `underlaget bygger på exempeldata (${exampleNote}). Ange ÖJ-filer med --data.`;

// --- Cells of a filled underlag (the sheet and cell are named by underlagAt)
export const longText = (name: string, sheet: string, cell: string, length: string) =>
  `${name}, bladet ${sheet}, cell ${cell}: texten är ${length} tecken lång. Den tas med i sin helhet, men en kortare text blir lättare att läsa i rapporten.`;
export const headerMoved = (want: string, got: string) => `rubriken ska vara "${want}" men är "${got}". Kolumnerna har flyttats eller ändrats.`;
export const headerMovedHint = 'Flytta inte och ta inte bort kolumner. Skapa vid behov ett nytt underlag och kopiera över texterna.';
export const contentBelowEnd = (maxRow: number) => `cellen har innehåll längre ned än rad ${maxRow}, där underlaget slutar.`;
export const contentBelowEndHint = 'Flytta innehållet upp till en tom rad ovanför eller ta bort det, och spara filen igen.';
export const resultatRowLabel = (row: number | undefined, name: string | undefined) => (row === undefined ? 'Rubrikraden' : `Rad ${row}${name ? ` (${name})` : ''}`);
export const resultatRowAdded = (label: string) => `${label} har ändrats eller lagts till.`;
export const resultatRowChanged = (label: string) => `${label} har ändrats.`;
export const resultatRowsMissing = (names: string[]) => `raderna för ${names.join(', ')} saknas.`;
export const resultatChangedHint =
  'Bladet Resultat fylls i av ojrapport och får inte ändras. Ångra ändringen, eller skapa ett nytt underlag med "ojrapport underlag" och kopiera över analysen och handlingsplanen.';
export const resultatDiffers = (name: string, fromExample: boolean) =>
  `${name}: resultaten i underlaget skiljer sig från dem rapporten bygger på (andra data eller andra regler än när filen skapades).${fromExample ? ' Filen skapades från exempeldata.' : ''} Kontrollera att arbetsgruppens analys fortfarande stämmer.`;
export const notInfluence = (text: string) => `"${text}" är inget svar på "Kan vi påverka det?".`;
export const notInfluenceHint = 'Välj Ja, Delvis eller Nej i listan, eller töm cellen.';
export const notPriority = (text: string) => `"${text}" är ingen prioritet.`;
export const notPriorityHint = 'Välj 1, 2, 3 eller Ej prioriterad i listan, eller töm cellen.';
export const formulaWithoutValue = (formula: string) => `cellen har en formel (=${formula}) utan sparat värde.`;
export const formulaWithoutValueHint =
  'Skriv texten direkt i cellen i stället för en formel, eller öppna filen i Excel och spara den igen så att värdet sparas.';
export const errorValue = (error: string) => `cellen innehåller felvärdet ${error}.`;
export const errorValueHint = 'Rätta eller töm cellen (#REF! kommer av en formel som pekar på en borttagen cell).';
export const dueOutOfRange = (iso: string | undefined, first: number, last: number, number: number | undefined) =>
  `Klart senast ${iso} ligger utanför åren ${first}–${last}${number !== undefined ? ` (cellen innehåller talet ${number}, inte ett datum)` : ''}.`;
export const dueHint = 'Skriv datumet som år-månad-dag, t.ex. 2025-06-30, eller töm cellen.';
export const dueNotDate = (text: string) => `"${text}" i kolumnen Klart senast är inte ett datum.`;
export const dueNotDateHint = 'Skriv datumet som år-månad-dag, t.ex. 2025-06-30, eller töm cellen. Skriv hellre "i vår" i kolumnen Åtgärd.';
export const indicatorNotInResults = (text: string, unit: string, year: number) => `indikatorn "${text}" finns inte bland resultaten för ${unit} ${year}.`;
export const indicatorNotInResultsHint = 'Välj indikatorn i listan i cellen (klicka på pilen), eller töm raden.';
export const rowWithoutIndicator = (row: number) => `rad ${row} har text men ingen indikator.`;
export const rowWithoutIndicatorHint = 'Välj indikatorn i listan i kolumnen Indikator, eller töm raden.';
export const indicatorOnTwoRows = (name: string, a: number, b: number) => `indikatorn "${name}" finns både på rad ${a} och rad ${b}.`;
export const indicatorOnTwoRowsHint = 'Skriv analysen för en indikator på en enda rad och töm den andra.';
export const rowWithoutAction = (row: number) => `rad ${row} saknar åtgärd.`;
export const rowWithoutActionHint = 'Skriv åtgärden i kolumnen Åtgärd, eller töm raden.';
