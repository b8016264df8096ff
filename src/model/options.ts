export type Lang = 'vi' | 'en';

/** Output formats: terminal tables, CSV, JSON, Markdown, a workbook, the report paragraph, an HTML page. */
export const FORMATS = ['table', 'csv', 'json', 'md', 'xlsx', 'text', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** A calendar date without time (the reference date for ages). */
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
