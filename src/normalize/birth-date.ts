import { CellError, type CellValue } from '../io/sheet-rows.js';
import type { BirthDate } from '../model/official.js';
import type { DayDate } from '../model/options.js';
import { cleanText } from './fold-text.js';

export type BirthParse = { ok: true; date: BirthDate; yearOnly: boolean } | { ok: false; reason: 'blank' | 'unparsed' | 'implausible' };

// Plausible births of working officials; outside these a date is reported as implausible.
const MIN_YEAR = 1920;
const MAX_YEAR = 2015;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether day `d` exists in month `m` (1–12) of year `y` (Gregorian; `result` has checked the year). */
function valid(y: number, m: number, d: number): boolean {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return Number.isInteger(d) && d >= 1 && d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

function result(y: number, m?: number, d?: number): BirthParse {
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, reason: 'implausible' };
  if (m === undefined) return plausible(y);
  if (m < 1 || m > 12) return { ok: false, reason: 'unparsed' };
  if (d === undefined) return plausible(y, m);
  if (!valid(y, m, d)) return { ok: false, reason: 'unparsed' };
  return plausible(y, m, d);
}

/**
 * Each plausible birth (a year, a month of it, or a day of it) is made once and shared by every cell that
 * gives it, as the text memo below already shares its results: a million birth cells name at most
 * 96 years × 13 × 32 of them (a fixed bound: the table is that size). Nothing changes a parse once made.
 * Allocating two objects per cell instead, alive until the row's batch is counted, got them allocated in
 * the old generation (see OfficialRecord in to-official.ts): ~37 MB of garbage per million rows.
 */
const PLAUSIBLE: Array<BirthParse | undefined> = new Array<BirthParse | undefined>((MAX_YEAR - MIN_YEAR + 1) * 13 * 32);

/** The parse of a plausible birth: year in range, month 1–12 and day valid when given (the caller checked). */
function plausible(y: number, m?: number, d?: number): BirthParse {
  // Indexed as birth codes are (less one): the table and the codes count births the same way.
  const at = codeOf(y, m ?? 0, d ?? 0) - 1;
  return (PLAUSIBLE[at] ??=
    m === undefined
      ? { ok: true, date: { year: y }, yearOnly: true }
      : d === undefined
        ? { ok: true, date: { year: y, month: m }, yearOnly: false }
        : { ok: true, date: { year: y, month: m, day: d }, yearOnly: false });
}

/**
 * The birth on day `days` since 1/1/1970 (UTC; the day a Date's getUTCFullYear, getUTCMonth and getUTCDate
 * tell): the civil calendar worked out with integers (H. Hinnant's days-to-civil), not by three calls on
 * the Date — a million date cells make that count.
 */
function dayOf(days: number): BirthParse {
  const code = dayCode(days);
  if (code === 0) return { ok: false, reason: 'implausible' };
  // PLAUSIBLE is indexed by the code (less one): only a day's first cell is decoded to make its parse.
  const known = PLAUSIBLE[code - 1];
  if (known) return known;
  const b = birthOfCode(code, DAY);
  return plausible(b.year, b.month, b.day);
}
/** dayOf's scratch date (read at once into the shared parse). */
const DAY: BirthDate = { year: 0 };

/** The birth code (see birthCode) of day `days` since 1/1/1970: 0 when its year is not plausible. */
function dayCode(days: number): number {
  const c = civil(days);
  const y = c >> 9;
  return y < MIN_YEAR || y > MAX_YEAR ? 0 : codeOf(y, (c >> 5) & 15, c & 31);
}

/** Day `days` since 1/1/1970 as year × 512 + month × 32 + day (H. Hinnant's days-to-civil, in integers). */
function civil(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 512 + m * 32 + d;
}

/**
 * A birth as parseBirthDate reads it, as one number: 0 when it reads none (blank, unparsed, implausible),
 * else ((year - 1920) × 13 + month) × 32 + day + 1, month and day 0 when not given. The counting lane keeps
 * births so: a date cell is worked out in integers and a typed one is one number per shared string, where
 * a parse is an object to load (and its date another) on every row — with tens of thousands of distinct
 * births, mostly misses of the processor's cache. `birthOfCode` gives the date back.
 */
export function birthCode(value: CellValue | undefined, opts: { date1904?: boolean } = {}): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? 0 : dayCode(Math.floor(ms / 86_400_000));
  }
  return birthCodeOf(parseBirthDate(value, opts));
}

/** A parse's birth code (see birthCode). */
export function birthCodeOf(parsed: BirthParse): number {
  return parsed.ok ? codeOf(parsed.date.year, parsed.date.month ?? 0, parsed.date.day ?? 0) : 0;
}

function codeOf(y: number, m: number, d: number): number {
  return ((y - MIN_YEAR) * 13 + m) * 32 + d + 1;
}

/** Writes the birth of `code` (> 0, see birthCode) into `into`, month and day undefined when not given; returns it. */
export function birthOfCode(code: number, into: BirthDate): BirthDate {
  const c = code - 1;
  const d = c & 31;
  const m = (c >> 5) % 13;
  into.year = Math.floor((c >> 5) / 13) + MIN_YEAR;
  into.month = m === 0 ? undefined : m;
  into.day = d === 0 ? undefined : d;
  return into;
}

function year2(yy: number): number {
  // "15/03/75": two-digit years of working officials are 19yy unless that would make them over 100.
  return yy > 30 ? 1900 + yy : 2000 + yy;
}

/**
 * Reads a birth date in every form rosters use: an Excel date or serial number, a bare year (1975),
 * "dd/mm/yyyy", "d-m-yyyy", "dd.mm.yyyy", "dd/mm/yy", "mm/yyyy", "yyyy-mm-dd", "Năm 1975", "Khoảng 1960".
 */
export function parseBirthDate(value: CellValue | undefined, opts: { date1904?: boolean } = {}): BirthParse {
  if (value === null || value === undefined || value instanceof CellError || typeof value === 'boolean') return { ok: false, reason: 'blank' };
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { ok: false, reason: 'unparsed' };
    // A real date needs no calendar check, only the plausibility of its year.
    return dayOf(Math.floor(ms / 86_400_000));
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1800 && value <= 2100) return result(value);
    if (value > 0 && value < 2_958_466) {
      const serial = Math.floor(value);
      const ms = opts.date1904 ? EPOCH_1904 + serial * 86_400_000 : EPOCH_1900 + (serial < 61 ? serial + 1 : serial) * 86_400_000;
      const t = new Date(ms);
      return result(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    }
    return { ok: false, reason: 'unparsed' };
  }
  // The usual typed shapes, "dd/mm/yyyy", "d-m-yyyy", "dd.mm.yyyy", "yyyy", are read from their
  // characters: cheaper than a memo lookup, which on a big roster mostly misses the processor's cache,
  // and than the regular expressions. The result is what parseText gives.
  const typed = digitsDate(value);
  if (typed !== undefined) return typed;
  // Other typed dates repeat across a big roster: each distinct text is parsed once (bounded memo).
  const hit = textMemo.get(value);
  if (hit) return hit;
  const parsed = parseText(value);
  if (textMemo.size >= 50_000) textMemo.clear();
  textMemo.set(value, parsed);
  return parsed;
}

const textMemo = new Map<string, BirthParse>();

/**
 * A text that is only ASCII digits and separators: "yyyy", or day and month of one or two digits and a
 * four-digit year, each pair apart by "/", "." or "-". Such a text is clean and lower case already, and
 * parseText's first (or, for the year alone, fourth) pattern reads it: the same result. Else undefined.
 */
function digitsDate(s: string): BirthParse | undefined {
  const n = s.length;
  if (n === 4) {
    const c = twoDigits(s, 0);
    const y = twoDigits(s, 2);
    return c >= 0 && y >= 0 ? result(c * 100 + y) : undefined;
  }
  if (n < 8 || n > 10) return undefined;
  let d = digit(s, 0);
  let i = 1;
  if (digit(s, 1) >= 0) d = d * 10 + digit(s, i++);
  if (d < 0 || !isDateSeparator(s.charCodeAt(i++))) return undefined;
  let m = digit(s, i++);
  if (digit(s, i) >= 0) m = m * 10 + digit(s, i++);
  if (m < 0 || !isDateSeparator(s.charCodeAt(i++)) || n - i !== 4) return undefined;
  const c = twoDigits(s, i);
  const y = twoDigits(s, i + 2);
  return c >= 0 && y >= 0 ? result(c * 100 + y, m, d) : undefined;
}

/** The ASCII digit at `at` as a number, or -1 (also past the end). */
function digit(s: string, at: number): number {
  const v = s.charCodeAt(at) - 48;
  return v >= 0 && v <= 9 ? v : -1;
}

/** "/", "." or "-". */
function isDateSeparator(c: number): boolean {
  return c === 47 || c === 46 || c === 45;
}

/** The number written by the two ASCII digits at `at`, or -1. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function parseText(value: string): BirthParse {
  const s = cleanText(value).toLowerCase();
  if (s === '') return { ok: false, reason: 'blank' };
  let m = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const y = m[3].length === 2 ? year2(Number(m[3])) : Number(m[3]);
    return result(y, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[t ].*)?$/.exec(s);
  if (m) return result(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.\-]\s*(\d{4})$/.exec(s);
  if (m) return result(Number(m[2]), Number(m[1]));
  m = /^(?:năm|khoảng|khoảng năm|sinh năm|ns)?\s*(\d{4})$/.exec(s);
  if (m) return result(Number(m[1]));
  m = /^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/.exec(s);
  if (m) return result(Number(m[3]), Number(m[2]), Number(m[1]));
  return { ok: false, reason: 'unparsed' };
}

/** Completed years at `asOf`; a year-only birth is aged by year difference (month-only by months). */
export function ageAt(birth: BirthDate, asOf: DayDate): number {
  let age = asOf.year - birth.year;
  if (birth.month === undefined) return age;
  if (asOf.month < birth.month || (asOf.month === birth.month && birth.day !== undefined && asOf.day < birth.day)) age--;
  return age;
}
