// Theme 1–2: files that are not a readable .xlsx are refused by their bytes, before exceljs sees them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataSetWithReport } from '../../src/load/dataset.ts';
import { sniff } from '../../src/load/filecheck.ts';
import { dataPath } from '../../src/paths.ts';
import { ojError, tempDir, writeBytes } from './helpers.ts';

const dir = tempDir('not-excel');
const example = readFileSync(dataPath('exempel', 'oj-lss-2019-exempeldata.xlsx'));

/** A minimal compound-file (OLE/CFB) header, optionally followed by a directory entry name. */
function cfb(entryName?: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  const entry = Buffer.alloc(128);
  if (entryName) {
    Buffer.from(entryName, 'utf16le').copy(entry);
    entry.writeUInt16LE((entryName.length + 1) * 2, 64);
  }
  return Buffer.concat([header, entry, Buffer.alloc(384)]);
}

describe('a file that is not an .xlsx', () => {
  const cases: [string, Uint8Array | string, RegExp, RegExp][] = [
    ['text-2019.xlsx', 'kommun;värde\n0380;Ja\n', /inte en Excelfil \(\.xlsx\): den innehåller vanlig text/, /\.csv/],
    ['rapport-2019.xlsx', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), /inte en Excelfil \(\.xlsx\): den är en PDF/, /Excelformat/],
    ['tom-2019.xlsx', '', /inte en Excelfil \(\.xlsx\): filen är tom/, /Hämta den igen/],
    ['halv-2019.xlsx', example.subarray(0, Math.floor(example.length / 2)), /inte en Excelfil \(\.xlsx\).*ofullständig/, /Hämta eller kopiera/],
    ['gammal-2019.xlsx', cfb('Workbook'), /inte en Excelfil \(\.xlsx\).*äldre formatet \.xls/, /spara som \.xlsx/],
    ['gammal-2019.xls', cfb('Workbook'), /äldre formatet \.xls/, /spara som \.xlsx/],
    ['slump-2019.xlsx', Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 9)), /inte en Excelfil \(\.xlsx\): innehållet känns inte igen/, /Spara som/],
  ];
  for (const [name, bytes, message, hint] of cases) {
    it(`refuses ${name} with a message naming it`, async () => {
      const e = await ojError(loadDataSetWithReport([writeBytes(dir, name, bytes)]));
      expect(e.message).toContain(name);
      expect(e.message).toMatch(message);
      expect(e.hint).toMatch(hint);
    });
  }

  it('says a "~$" file is Excel\'s lock file', async () => {
    const e = await ojError(loadDataSetWithReport([writeBytes(dir, '~$oj-2019.xlsx', Buffer.from([0x0b, 0x41, 0x00, 0x6e, 0x00, 0x6e, 0x00, 0x61, 0x00, 0x20, 0x00]))]));
    expect(e.hint).toMatch(/låsfil/);
  });

  it('says that a password-protected workbook must be saved without the password', async () => {
    const bytes = cfb('EncryptedPackage');
    expect(sniff(bytes)).toBe('encrypted');
    const e = await ojError(loadDataSetWithReport([writeBytes(dir, 'skyddad-2019.xlsx', bytes)]));
    expect(e.message).toBe('Filen skyddad-2019.xlsx är lösenordsskyddad: spara en kopia utan lösenord.');
    expect(e.hint).toMatch(/utan|töm lösenordet/);
  });

  it('reports a zip that is damaged inside (flipped bytes) as damaged, not with a stack trace', async () => {
    const bad = Buffer.from(example);
    for (let i = 200; i < 2000; i += 7) bad[i] = bad[i]! ^ 0xff;
    const e = await ojError(loadDataSetWithReport([writeBytes(dir, 'skadad-2019.xlsx', bad)]));
    expect(e.message).toMatch(/skadad-2019\.xlsx/);
  });
});
