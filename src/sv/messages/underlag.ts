// Messages about the team's underlag workbook (ojrapport underlag, --lokal).

// --- Opening and identifying a workbook
export const underlagFileMissing = (file: string) => `Filen ${file} finns inte.`;
export const underlagFileUnreadable = (file: string, err: unknown) => `Filen ${file} kunde inte läsas: ${(err as Error).message}`;
export const underlagFileHint = 'Kontrollera sökvägen efter --lokal.';
export const notUnderlag = (name: string, why: string) => `Filen ${name} är inte ett underlag för lokal analys från ojrapport: ${why}.`;
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
