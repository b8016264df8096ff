const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Sets the modification time of every entry of a zip (an xlsx) to midnight of `day` (YYYY-MM-DD), in
 * both the local headers and the central directory, so the same workbook gives the same bytes whenever
 * it is written. The zip library stamps entries with the current time and has no option for it.
 */
export function pinZipDates(zip: Uint8Array, day: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const [y, m, d] = day.split('-').map(Number);
  const dosDate = ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d;
  let eocd = zip.byteLength - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== EOCD) eocd--;
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error(`not a zip: bad central directory entry at ${p}`);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`not a zip: bad local header at ${local}`);
    for (const at of [p + 12, local + 10]) {
      view.setUint16(at, 0, true);
      view.setUint16(at + 2, dosDate, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
