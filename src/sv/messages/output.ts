// Messages about making the output: Chromium, PDF, writing files, and the method texts read for the report.

// --- Chromium and PDF
export const INSTALL_CHROMIUM_HINT =
  'Installera Chromium (Debian/Ubuntu: sudo apt-get install chromium) eller ange sökvägen till Chrome/Chromium med miljövariabeln PUPPETEER_EXECUTABLE_PATH.';
export const browserNotAt = (path: string, envName: string) => `Hittar ingen webbläsare på ${path} (från ${envName}). ${INSTALL_CHROMIUM_HINT}`;
export const noBrowser = `Hittar ingen Chromium eller Chrome för att skapa PDF. ${INSTALL_CHROMIUM_HINT}`;
export const browserWontStart = (path: string, err: unknown) => `Kunde inte starta webbläsaren ${path}: ${(err as Error).message}`;
export const browserClosed = 'Webbläsaren är redan stängd.';
export const reportWithoutLangOrTitle = (title: string) => `Rapporten "${title}" saknar språk eller titel i HTML.`;
export const pdfFailed = (title: string, err: unknown) => `Kunde inte skapa PDF för "${title}": ${(err as Error).message}`;

// --- Writing files
export const dirReadOnly = (dir: string) => `Kan inte skriva i katalogen ${dir}: den är skrivskyddad.`;
export const dirReadOnlyHint = 'Välj en katalog du får skriva i med --ut.';
/** Why a write failed, by the error code; `dir` is the file's folder. */
export function writeFailed(path: string, dir: string, code: string | undefined, errMessage: string): { message: string; hint: string } {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { message: `Kunde inte skriva ${path}: disken är full.`, hint: `Frigör utrymme eller välj en annan katalog med --ut. Ingen halvfärdig fil lämnades kvar.` };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { message: `Kunde inte skriva ${path}: katalogen ${dir} är skrivskyddad.`, hint: dirReadOnlyHint };
    case 'ENOTDIR':
    case 'EEXIST':
      return { message: `Kunde inte skriva ${path}: en del av sökvägen är en fil, inte en katalog.`, hint: 'Välj en annan katalog med --ut.' };
    case 'EISDIR':
      return { message: `Kunde inte skriva ${path}: det finns redan en katalog med det namnet.`, hint: 'Ta bort eller byt namn på katalogen, eller välj en annan med --ut.' };
    default:
      return { message: `Kunde inte skriva ${path}: ${errMessage}`, hint: 'Kontrollera katalogen och försök igen.' };
  }
}

// --- Method texts (data/steg.json)
export const textsUnreadable = (file: string, err: unknown) => `Kunde inte läsa ${file}: ${(err as Error).message}`;
export const textsFieldMissing = (file: string, field: string) => `${file}: fältet ${field} saknas eller är tomt.`;
export const textsFieldNotList = (file: string, field: string) => `${file}: fältet ${field} ska vara en lista med texter.`;
export const textsNotFourSteps = (file: string) => `${file}: "steg" ska innehålla exakt fyra steg.`;
