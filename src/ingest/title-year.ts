import { foldText } from '../normalize/fold-text.js';

// A legal document named in a title block, from its kind to the end of the line.
const LEGAL_REFERENCE = /(?:ban hành kèm theo|kèm theo|thông tư|nghị định|quyết định|nghị quyết|chỉ thị|công văn|hướng dẫn số).*$/;

const YEAR = '(19[5-9]\\d|20\\d\\d)';
// "(Tính đến ngày 30/6/2025)", "tính tới 02/07/2019", "thời điểm 30.6.2025", "đến ngày 30 tháng 6 năm 2025"
// (folded: "-" and "." are spaces, "/" stays).
const REFERENCE_DATE = new RegExp(`(?:^| )(?:đến|tới|thời điểm)(?: ngày)? (\\d{1,2})(?: ?/ ?| tháng | )(\\d{1,2})(?: ?/ ?| năm | )${YEAR}\\b`);
// "NHIỆM KỲ 2020 - 2025", "nhiệm kỳ 2020–2025" (folded "nhiệm kỳ 2020 2025"): a term of two to five years.
const TERM = new RegExp(`\\bnhiệm kỳ ${YEAR} ${YEAR}\\b`);
// A year, in order of trust: "năm 2024", "31/12/2024", "31 12 2024", "đến … 2024".
const YEAR_PATTERNS = [
  `\\bnăm ${YEAR}\\b`,
  `\\b\\d{1,2}/\\d{1,2}/${YEAR}\\b`,
  `\\b\\d{1,2} \\d{1,2} ${YEAR}\\b`,
  `(?:^| )(?:đến|tới|thời điểm) .*\\b${YEAR}\\b`,
].map((p) => new RegExp(p));

/**
 * The date a roster says it is of. A full date (`month`, `day`) when its title says up to which day it counts;
 * a term's first year and last (`termEnd`) for a term's roster; else a year.
 */
export interface NamedDate {
  year: number;
  month?: number;
  day?: number;
  termEnd?: number;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day that exists (29/02 only in leap years), else undefined. */
export function validDay(year: number, month: number, day: number): NamedDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return undefined;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return undefined;
  return { year, month, day };
}

/** A term of two to five years ("2015 – 2020", "2020–2025"), else undefined. */
export function termOf(first: number, last: number): NamedDate | undefined {
  return last - first >= 2 && last - first <= 5 ? { year: first, termEnd: last } : undefined;
}

/**
 * The date a title block names. In order: the day it counts up to in any line ("(Tính đến ngày 30/6/2025)",
 * "đến ngày 31 tháng 12 năm 2024"); else the year of the first line that names one ("… NĂM 2024",
 * "31/12/2024"); else a term ("BAN CHẤP HÀNH … NHIỆM KỲ 2020 - 2025"). A legal document's number and date
 * ("Thông tư số 107/2017/TT-BTC ngày 10/10/2017") are not the roster's.
 */
export function titleDateOf(lines: readonly string[]): NamedDate | undefined {
  // "(Ban hành kèm theo Thông tư số 09/2004/TT-BNV ngày 19/02/2004 …)" dates the form, not the roster.
  const folded = lines.map((line) => foldText(line).replace(LEGAL_REFERENCE, ' '));
  for (const f of folded) {
    const m = REFERENCE_DATE.exec(f);
    const day = m ? validDay(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
    if (day) return day;
  }
  let term: NamedDate | undefined;
  for (const line of folded) {
    const t = TERM.exec(line);
    term ??= t ? termOf(Number(t[1]), Number(t[2])) : undefined;
    // A term's two years are not the roster's year.
    const f = t ? line.replace(TERM, ' ') : line;
    for (const pattern of YEAR_PATTERNS) {
      const m = pattern.exec(f);
      if (m) return { year: Number(m[1]) };
    }
  }
  return term;
}

/** The report year named in a title block (see {@link titleDateOf}; a term's first year). */
export function titleYearOf(lines: readonly string[]): number | undefined {
  return titleDateOf(lines)?.year;
}

/**
 * The date a file name names: a day ("ds_20201231.xlsx", "bc-30-06-2025.xlsx"), a term ("BCH NK2020-2025.xlsx",
 * two years two to five apart), else exactly one plausible year ("phuong-1-2024.xlsx"). `name` is the base name.
 */
export function fileNameDateOf(name: string): NamedDate | undefined {
  const compact = /(?<!\d)(19[5-9]\d|20\d\d)(\d\d)(\d\d)(?!\d)/.exec(name);
  const ymd = compact ? validDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) : undefined;
  if (ymd) return ymd;
  const dmy = /(?<!\d)(\d{1,2})[-._](\d{1,2})[-._](19[5-9]\d|20\d\d)(?!\d)/.exec(name);
  const day = dmy ? validDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : undefined;
  if (day) return day;
  const years = [...name.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  if (years.length === 2) return termOf(years[0], years[1]);
  return years.length === 1 ? { year: years[0] } : undefined;
}
