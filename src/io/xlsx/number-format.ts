/** Built-in number format ids that are dates or times (ECMA-376 §18.8.30, plus East Asian variants). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format shows a date: it has d, m, y (or h, s) outside quoted text, escapes and
 * [colour]/[condition] brackets. Elapsed-time formats like "[h]:mm" are durations, not dates.
 */
export function isDateFormat(id: number, code?: string): boolean {
  if (code === undefined) return BUILTIN_DATES.has(id);
  if (/^\[(h+|m+|s+)\]/i.test(code)) return false;
  const bare = code
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  return /[dy]/i.test(bare) || (/m/i.test(bare) && /[hs:]/i.test(bare)) || /^m{1,5}([/.\- ]|$)/i.test(bare.trim()) || /[/.\-]m{1,5}\b/i.test(bare);
}
