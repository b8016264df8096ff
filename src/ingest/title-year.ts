import { foldText } from '../normalize/fold-text.js';

const YEAR = '(19[5-9]\\d|20\\d\\d)';
// A day as titles write it, folded ("-" and "." are spaces, "/" stays): "30/6/2025", "30 6 2025", "30 tháng 6 năm 2025".
const DAY = `(\\d{1,2})(?: ?/ ?| tháng | )(\\d{1,2})(?: ?/ ?| năm | )${YEAR}`;
// A document's number and its date ("Thông tư số 09/2004/TT-BNV ngày 19/02/2004", "QĐ số 15/QĐ-UBND ngày
// 10/3/2020", "Công văn số 1234/SNV-CCVC ngày 05/7/2025"): they date the document, not the roster.
const DOCUMENT = new RegExp(`\\d+/[\\d/]*[a-zđ]+(?:[ /](?!ngày(?: |$))[a-zđ]+)*(?: ngày ${DAY})?`, 'g');
// "(Tính đến ngày 30/6/2025)", "tính tới 02/07/2019", "đến hết ngày 30/6/2025", "thời điểm 30.6.2025".
const REFERENCE_DAY = new RegExp(`(?:^| )(?:đến|tới|thời điểm)(?: hết)?(?: ngày)? ${DAY}\\b`);
// "Tính đến tháng 6 năm 2025", "đến hết tháng 6/2025": the month's last day.
const REFERENCE_MONTH = new RegExp(`(?:^| )(?:đến|tới|thời điểm)(?: hết)? tháng (\\d{1,2})(?: ?/ ?| năm )${YEAR}\\b`);
// "NHIỆM KỲ 2020 - 2025", "nhiệm kỳ 2020–2025", "NK 2020-2025", "nhiệm kỳ 2020 đến 2025": a term of two to five years.
const TERM = new RegExp(`(?:^| )(?:nhiệm kỳ|nk) ${YEAR}(?: đến)? ${YEAR}\\b`);
// A year, in order of trust, each looked for in every line before the next: "năm 2024" (not a day's "ngày 15
// tháng 3 năm 2024", a signing line's), then a day ("31/12/2024", "ngày 15 tháng 3 năm 2024"), then "đến … 2024".
const YEAR_PATTERNS = [`(?<!ngày \\d{1,2} tháng \\d{1,2} )\\bnăm ${YEAR}\\b`, `\\b${DAY}\\b`, `(?:^| )(?:đến|tới|thời điểm) .*\\b${YEAR}\\b`].map(
  (p) => new RegExp(p),
);

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
const leap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** A day that exists (29/02 only in leap years), else undefined. */
export function validDay(year: number, month: number, day: number): NamedDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return undefined;
  if (month === 2 && day === 29 && !leap(year)) return undefined;
  return { year, month, day };
}

/** The last day of a month, else undefined. */
function monthEnd(year: number, month: number): NamedDate | undefined {
  if (month < 1 || month > 12) return undefined;
  return { year, month, day: month === 2 && !leap(year) ? 28 : DAYS_IN_MONTH[month - 1] };
}

/** A term of two to five years ("2015 – 2020", "2020–2025"), else undefined. */
export function termOf(first: number, last: number): NamedDate | undefined {
  return last - first >= 2 && last - first <= 5 ? { year: first, termEnd: last } : undefined;
}

/**
 * The date a title block names. In order: the day it counts up to in any line ("(Tính đến ngày 30/6/2025)",
 * "đến ngày 31 tháng 12 năm 2024", "tính đến tháng 6 năm 2025": 30/6); else the year of the first line that
 * names one ("… NĂM 2024", "31/12/2024"); else a term ("BAN CHẤP HÀNH … NHIỆM KỲ 2020 - 2025"). A document's
 * number and date ("Thông tư số 09/2004/TT-BNV ngày 19/02/2004") and a signing line's day ("Hà Nội, ngày 15
 * tháng 3 năm 2024") are not the roster's.
 */
export function titleDateOf(lines: readonly string[]): NamedDate | undefined {
  const folded = lines.map((line) => foldText(line).replace(DOCUMENT, ' '));
  for (const f of folded) {
    const d = REFERENCE_DAY.exec(f);
    const day = d ? validDay(Number(d[3]), Number(d[2]), Number(d[1])) : undefined;
    if (day) return day;
    const m = REFERENCE_MONTH.exec(f);
    const end = m ? monthEnd(Number(m[2]), Number(m[1])) : undefined;
    if (end) return end;
  }
  let term: NamedDate | undefined;
  const rest = folded.map((line) => {
    const t = TERM.exec(line);
    term ??= t ? termOf(Number(t[1]), Number(t[2])) : undefined;
    // A term's two years are not the roster's year.
    return t ? line.replace(TERM, ' ') : line;
  });
  for (const pattern of YEAR_PATTERNS)
    for (const f of rest) {
      const m = pattern.exec(f);
      // The pattern's last group is the year (a day's pattern has its day and month before it).
      if (m) return { year: Number(m[m.length - 1]) };
    }
  return term;
}

/** The report year named in a title block (see {@link titleDateOf}; a term's first year). */
export function titleYearOf(lines: readonly string[]): number | undefined {
  return titleDateOf(lines)?.year;
}

// Digits that are part of a longer number written with dots or dashes ("0983.2019.88", a phone number).
const NOT_IN_NUMBER = (p: string): RegExp => new RegExp(`(?<!\\d)(?<!\\d[.])${p}(?!\\d)(?![.]\\d)`, 'g');

const IN_NAME = NOT_IN_NUMBER(YEAR);

/**
 * The date a file name names: a day ("ds_20201231.xlsx", "bc-30-06-2025.xlsx", "ds-2025-06-30.xlsx",
 * "ds_30062025.xlsx"), a term ("BCH NK2020-2025.xlsx", two years two to five apart), else exactly one
 * plausible year ("phuong-1-2024.xlsx"). `name` is the base name.
 */
export function fileNameDateOf(name: string): NamedDate | undefined {
  const stem = name.replace(/\.[a-z0-9]{2,5}$/i, '');
  const tries: Array<[RegExp, (m: RegExpExecArray) => NamedDate | undefined]> = [
    [/(?<!\d)(19[5-9]\d|20\d\d)(\d\d)(\d\d)(?!\d)/, (m) => validDay(Number(m[1]), Number(m[2]), Number(m[3]))],
    [/(?<!\d)(\d\d)(\d\d)(19[5-9]\d|20\d\d)(?!\d)/, (m) => validDay(Number(m[3]), Number(m[2]), Number(m[1]))],
    [/(?<!\d)(19[5-9]\d|20\d\d)[-._](\d{1,2})[-._](\d{1,2})(?!\d)/, (m) => validDay(Number(m[1]), Number(m[2]), Number(m[3]))],
    [/(?<!\d)(\d{1,2})[-._](\d{1,2})[-._](19[5-9]\d|20\d\d)(?!\d)/, (m) => validDay(Number(m[3]), Number(m[2]), Number(m[1]))],
  ];
  for (const [pattern, day] of tries) {
    const m = pattern.exec(stem);
    const d = m ? day(m) : undefined;
    if (d) return d;
  }
  const years = [...stem.matchAll(IN_NAME)].map((m) => Number(m[1]));
  if (years.length === 2) return termOf(years[0], years[1]);
  return years.length === 1 ? { year: years[0] } : undefined;
}
