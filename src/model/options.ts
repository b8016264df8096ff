export type Lang = 'vi' | 'en';

/** Output formats: terminal tables, CSV, JSON, Markdown, a workbook, the report paragraph, an HTML page. */
export const FORMATS = ['table', 'csv', 'json', 'md', 'xlsx', 'text', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** A calendar date without time (the reference date for ages). */
/** Where a roster's reference date comes from: the option, its title or file name (a day, a year, a term's first year), or today. */
export type AsOfSource = 'option' | 'title' | 'title date' | 'title term' | 'file name' | 'file name date' | 'file name term' | 'today';

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

/** A DayDate as ISO text, as the JSON carries it: 2024-12-31. */
export function isoDay(d: DayDate): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.year}-${p(d.month)}-${p(d.day)}`;
}
