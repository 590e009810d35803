// exceljs (via JSZip) stamps every zip entry with the current time; pin them so reruns give identical bytes.

/** Rewrites the modification date/time of every entry (local headers and central directory). */
export function pinZipDates(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  // End of central directory: last occurrence of its signature (no zip comment is written).
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('ogiltig zip-fil: slutkatalog saknas');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('ogiltig zip-fil: central katalog');
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('ogiltig zip-fil: lokalt huvud');
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
