// Messages about input files as files: missing, unreadable, too large, not what their name says.

const errorText = (e: unknown) => (e as Error | undefined)?.message ?? String(e);

// --- Size limit
export const invalidSizeLimit = (maxMb: number) => `Ogiltig storleksgräns: ${maxMb} MB.`;
export const invalidSizeLimitHint = 'Ange ett positivt tal (megabyte).';
export const invalidMaxMbEnv = (raw: string) => `Miljövariabeln OJRAPPORT_MAX_MB har ett ogiltigt värde: "${raw}".`;
export const invalidMaxMbEnvHint = 'Ange storleksgränsen i megabyte, t.ex. OJRAPPORT_MAX_MB=100, eller ta bort variabeln (standard 50).';
export const fileTooLarge = (what: string, name: string, mb: string, limitMb: string) =>
  `${what} ${name} är ${mb} MB, större än gränsen ${limitMb} MB, och lästes inte.`;
export const fileTooLargeHint =
  'En ÖJ-fil är normalt under 5 MB: kontrollera att det är rätt fil. Behövs en större fil, höj gränsen med miljövariabeln OJRAPPORT_MAX_MB (t.ex. OJRAPPORT_MAX_MB=200).';

// --- Access (by the error code of stat/read); `what` is e.g. "Filen" or "Indikatorkatalogen"
export const fileMissing = (what: string, file: string) => `${what} ${file} finns inte.`;
export const fileMissingHint = (similar: string[]) =>
  `Kontrollera sökvägen och stavningen.${similar.length ? ` Menade du ${similar.slice(0, 3).join(', ')}?` : ''}`;
export const fileNoPermission = (what: string, file: string) => `${what} ${file} kunde inte läsas: behörighet saknas.`;
export const fileNoPermissionHint =
  'Kontrollera att ditt konto får läsa filen (och katalogen den ligger i), eller kopiera filen till en egen katalog och försök igen.';
export const fileIsDirectory = (file: string) => `${file} är en katalog, inte en fil.`;
export const fileIsDirectoryHint = 'Ange en fil, eller en katalog med --data där sådana filer kan anges.';
export const fileLocked = (what: string, file: string) => `${what} ${file} är låst av ett annat program.`;
export const fileLockedHint = 'Stäng filen i Excel (eller det program som har den öppen) och försök igen.';
export const tooManyOpenFiles = (what: string, file: string) => `${what} ${file} kunde inte öppnas: för många öppna filer.`;
export const tooManyOpenFilesHint = 'Stäng andra program eller läs färre filer åt gången.';
export const fileUnreadable = (what: string, file: string, code: string | undefined, err: unknown) =>
  `${what} ${file} kunde inte läsas${code ? ` (${code})` : ''}: ${errorText(err)}`;
export const fileUnreadableHint = 'Kontrollera att filen finns, är läsbar och inte ligger på en nätverksenhet som kopplats bort.';
export const SPECIAL_FILE_KIND = { fifo: 'en namngiven pipe (FIFO)', device: 'en enhetsfil', socket: 'en socket', other: 'ingen vanlig fil' } as const;
export const notRegularFile = (what: string, file: string, kind: keyof typeof SPECIAL_FILE_KIND) =>
  `${what} ${file} är inte en vanlig fil utan ${SPECIAL_FILE_KIND[kind]} och lästes inte.`;
export const notRegularFileHint = 'Ange en sparad fil på disk; att läsa från en pipe, en terminal eller en enhet stöds inte.';
export const jsonIsDirectory = (what: string, file: string) => `${what} ${file} är en katalog, inte en fil.`;
export const jsonIsDirectoryHint = (flag: string) => `Ange JSON-filen efter ${flag}.`;

// --- Not an .xlsx (by its bytes)
const SAVE_AS_XLSX = 'Öppna filen i Excel och välj Arkiv > Spara som > Excel-arbetsbok (.xlsx).';
const lockFileNote = (name: string) =>
  name.startsWith('~$') ? ' Filnamnet börjar med ~$: det är Excels låsfil för en öppen arbetsbok, inte själva arbetsboken.' : '';
export const xlsxEmpty = (name: string) => `Filen ${name} är inte en Excelfil (.xlsx): filen är tom (0 byte).`;
export const xlsxEmptyHint = (name: string) => `Filen kan ha avbrutits när den laddades ned eller kopierades. Hämta den igen.${lockFileNote(name)}`;
export const xlsxTruncated = (name: string) => `Filen ${name} är inte en Excelfil (.xlsx) som går att läsa: den är ofullständig (avkortad eller skadad).`;
export const xlsxTruncatedHint =
  'Filen har troligen avbrutits när den laddades ned eller kopierades. Hämta eller kopiera den igen och kontrollera att den öppnas i Excel.';
export const xlsxEncrypted = (name: string) => `Filen ${name} är lösenordsskyddad: spara en kopia utan lösenord.`;
export const xlsxEncryptedHint =
  'Öppna filen i Excel, välj Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord, töm lösenordet och spara som en ny .xlsx-fil.';
export const xlsxIsXls = (name: string) => `Filen ${name} är inte en Excelfil (.xlsx): den är i det äldre formatet .xls (Excel 97–2003).`;
export const xlsxIsXlsHint = 'Öppna den i Excel och spara som .xlsx: Arkiv > Spara som > Excel-arbetsbok (.xlsx).';
export const xlsxIsPdf = (name: string) => `Filen ${name} är inte en Excelfil (.xlsx): den är en PDF.`;
export const xlsxIsPdfHint = 'Hämta resultatfilen i Excelformat från Socialstyrelsens webbplats (Öppna jämförelser, LSS).';
export const xlsxIsText = (name: string) => `Filen ${name} är inte en Excelfil (.xlsx): den innehåller vanlig text.`;
export const xlsxIsTextHint = (name: string) =>
  `Är det en CSV-fil, byt filändelse till .csv (formatet beskrivs i README). Annars: ${SAVE_AS_XLSX}${lockFileNote(name)}`;
export const xlsxUnknown = (name: string) => `Filen ${name} är inte en Excelfil (.xlsx): innehållet känns inte igen.`;
export const xlsxUnknownHint = (name: string) => `${SAVE_AS_XLSX}${lockFileNote(name)}`;

// --- Inside the zip
export const xlsxDamaged = (name: string, why: string) => `Filen ${name} är inte en Excelfil (.xlsx) som går att läsa: den verkar skadad (${why}).`;
export const xlsxDamagedHint = 'Öppna filen i Excel och spara den på nytt som Excel-arbetsbok (.xlsx), eller hämta den igen.';
export const zipBomb = (name: string, detail: string) => `Filen ${name} lästes inte: ${detail}. Den ser ut som en så kallad zipbomb.`;
export const zipBombHint =
  'En ÖJ-fil packas normalt upp till några tiotal MB. Kontrollera att det är rätt fil och hämta den igen från Socialstyrelsen.';
export const tooManyCells = (name: string, detail: string, limit: string) =>
  `Filen ${name} är för stor för att läsas in: ${detail}, gränsen är ${limit} celler.`;
/** Why a zip is damaged, too large or a zip bomb: the detail in xlsxDamaged, tooManyCells and zipBomb. */
export const zipWhy = {
  noDirectory: 'zip-katalogen saknas',
  brokenDirectory: 'zip-katalogen är trasig',
  partMissing: (part: string) => `delen ${part} saknas`,
  partTruncated: (part: string) => `delen ${part} är avkortad`,
  partUninflatable: (part: string) => `delen ${part} går inte att packa upp`,
  longElement: 'ett blad innehåller ett orimligt långt element',
  hugeWorkbookXml: 'arbetsbokens innehållsförteckning är orimligt stor',
  rangeCells: (merge: boolean, ref: string, cells: string) => `${merge ? 'det sammanslagna området' : 'dataverifieringen för området'} ${ref} omfattar ${cells} celler`,
  sheetCells: 'bladen har sammanlagt fler celler än så (räknat med rader, kolumner, texter, sammanslagna områden och dataverifieringar)',
  namedRangeCells: (name: string, ref: string, cells: string) => `det namngivna området ${name} (${ref}) omfattar ${cells} celler`,
  namedRangesCells: 'de namngivna områdena omfattar sammanlagt fler celler än så',
  partInflatesBeyond: (part: string, bytes: string) => `delen ${part} packas upp till mer än de ${bytes} byte som filen anger`,
  inflatesBeyond: (mb: string, packed: string, limitMb: string) => `den packas upp till ${mb} MB (${packed} byte packat), mer än gränsen ${limitMb} MB`,
};
export const tooManyCellsHint =
  'Kontrollera att det är rätt fil. Öppna den i Excel, ta bort sammanslagningar och innehåll långt utanför tabellen och spara den igen.';

// --- What to read
export const noDataFile = 'Ingen datafil angavs.';
export const noDataFileHint = 'Ange en eller flera ÖJ-filer (.xlsx, .csv) eller använd exempeldata.';
/** `visible`: the folder's file names, sorted; a wrong extension (.txt, .ods) is the usual cause. */
export const folderWithoutData = (dir: string, visible: string[]) => {
  const shown = visible.slice(0, 5).join(', ') + (visible.length > 5 ? ` … (${visible.length} filer)` : '');
  return `Katalogen ${dir} innehåller inga .xlsx- eller .csv-filer och inga Kolada-data${visible.length ? ` (den innehåller: ${shown})` : ' (den är tom)'}.`;
};
export const skippedOtherFiles = (dir: string, other: string[]) =>
  `Hoppar över ${other.length === 1 ? 'en fil' : `${other.length} filer`} i ${dir} som inte är .xlsx, .xlsm eller .csv: ${other.join(', ')}.`;
export const folderWithoutDataHint = `Ange en katalog med ÖJ-filer (.xlsx) eller CSV-filer, eller hämta Kolada-data med "ojrapport hamta".`;
