const MS_PER_DAY = 86_400_000;
// Day 0 of the 1900 system is 1899-12-30 once Excel's phantom 29 Feb 1900 is accounted for (serial ≥ 61).
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** An Excel serial day number as milliseconds since 1970 (UTC), in the 1900 (with its leap-year bug) or 1904 system. */
export function serialToMs(serial: number, date1904: boolean): number {
  if (date1904) return EPOCH_1904 + Math.round(serial * MS_PER_DAY);
  const s = serial < 61 ? serial + 1 : serial;
  return EPOCH_1900 + Math.round(s * MS_PER_DAY);
}

/** An Excel serial day number as a UTC date (see serialToMs). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(serialToMs(serial, date1904));
}
