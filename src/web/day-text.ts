/**
 * The page's dates are typed and shown as Vietnamese write them, dd/mm/yyyy, whatever the browser's locale
 * (an `<input type="date">` follows the browser: mm/dd/yyyy in an English-US Chrome). Pure: text in, text out.
 */

/** Reads "31/12/2025" (also 31-12-2025, 31.12.2025, 1/7/2025, and a pasted 2025-12-31) as YYYY-MM-DD; '' for empty, undefined when not a real day. */
export function parseDayText(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return '';
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]].map(Number) : ymd ? [ymd[3], ymd[2], ymd[1]].map(Number) : [];
  if (day === undefined || month === undefined || year === undefined) return undefined;
  // A day that does not exist (31/02) is refused, not rolled over to March as Date would.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Shows YYYY-MM-DD as dd/mm/yyyy ('' stays ''). */
export function formatDayText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
