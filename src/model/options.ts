import { z } from 'zod';

export const LangSchema = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof LangSchema>;

/** Output formats: terminal tables, CSV, JSON, Markdown, a workbook, the report paragraph, an HTML page. */
export const FORMATS = ['table', 'csv', 'json', 'md', 'xlsx', 'text', 'html'] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;

export const RoundingSchema = z.enum(['largest-remainder', 'half-up']);

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
