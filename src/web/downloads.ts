// What a unit's page offers for download besides its PDF, made for the site itself: the analysis as JSON and a
// blank underlag workbook for the local team. Written into webb/filer/ only; the same files in <år>/ win (site.ts).
import type { JsonInput } from '../render/json.ts';
import { analysisJson } from '../render/json.ts';
import { buildUnderlag } from '../underlag/index.ts';
import type { WebSite } from './site.ts';

export async function writeUnitDownloads(site: WebSite, base: string, json: JsonInput): Promise<void> {
  await site.writeDownload(`${base}.json`, analysisJson(json));
  const fileName = `${base}-underlag.xlsx`;
  const wb = await buildUnderlag(json.analysis, { fileName, created: json.generatedAt });
  await site.writeDownload(fileName, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}
