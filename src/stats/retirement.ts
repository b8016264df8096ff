import type { Policy } from '../model/policy.js';

/** A calendar month (day not counted: the rules count whole months). */
export interface YearMonth {
  year: number;
  month: number;
}

type Schedule = Policy['retirement']['male'];

/** The retirement age, in months, that applies to people who reach it in `year` (Nghị định 135/2020, Điều 4). */
function ageInMonths(s: Schedule, startYear: number, year: number): number {
  if (year < startYear) return s.before2021[0] * 12 + s.before2021[1];
  const start = s.start[0] * 12 + s.start[1];
  return Math.min(start + s.stepMonths * (year - startYear), s.max[0] * 12 + s.max[1]);
}

/**
 * The month a person reaches the normal retirement age: the age is the one of the year in which it is
 * reached (Phụ lục I of Nghị định 135/2020: a man born 10/1961 reaches 60 years 6 months, the 2022 age,
 * in 4/2022). The ages rise a few months a year, so exactly one year agrees with itself.
 */
export function retirementMonth(birth: YearMonth, gender: 'male' | 'female', policy: Policy['retirement']): YearMonth {
  const s = policy[gender];
  const born = birth.year * 12 + (birth.month - 1);
  // Start from the year the lowest age would be reached; the age only grows, so the first year that
  // agrees with itself is the one (a later year's age could only be reached later still).
  for (let year = Math.floor((born + ageInMonths(s, policy.startYear, -Infinity)) / 12); year < birth.year + 200; year++) {
    const reached = born + ageInMonths(s, policy.startYear, year);
    if (Math.floor(reached / 12) === year) return { year, month: (reached % 12) + 1 };
  }
  throw new Error(`no retirement year for a person born ${birth.month}/${birth.year}`);
}

/** Whole months from `from` to `to` (0 when the same month, negative when `to` is earlier). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return to.year * 12 + to.month - (from.year * 12 + from.month);
}
