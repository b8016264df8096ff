import { z } from 'zod';

export const LangSchema = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof LangSchema>;

export const FormatSchema = z.enum(['table', 'csv', 'json', 'md', 'xlsx', 'text', 'html']);
export type Format = z.infer<typeof FormatSchema>;

export const RoundingSchema = z.enum(['largest-remainder', 'half-up']);

/** A calendar date without time (the reference date for ages). */
export interface DayDate {
  year: number;
  month: number;
  day: number;
}

/** The options every command shares, after parsing (see spec/cli-and-json.md). */
export const CommonOptionsSchema = z.object({
  sheet: z.string().default('all'),
  asOf: z.string().optional(),
  where: z.array(z.string()).default([]),
  map: z.array(z.string()).default([]),
  by: z.string().optional(),
  format: FormatSchema.optional(),
  out: z.string().optional(),
  lang: LangSchema.default('vi'),
  decimals: z.number().int().min(0).max(6).default(2),
  rounding: RoundingSchema.default('largest-remainder'),
  ageBands: z.string().default('bnv'),
  youngUnder: z.number().int().min(1).max(120).default(40),
  locality: z.string().optional(),
  config: z.string().optional(),
  strict: z.boolean().default(false),
  labels: z.string().optional(),
  color: z.boolean().default(true),
  quiet: z.boolean().default(false),
  verbose: z.boolean().default(false),
  csvLocale: z.enum(['default', 'vi']).default('default'),
  csvKeys: z.boolean().default(false),
  layout: z.enum(['long', 'wide']).optional(),
  bars: z.boolean().default(false),
  form: z.enum(['bm01', 'bm02']).optional(),
  preset: z.enum(['dai-hoi']).optional(),
  congressDate: z.string().optional(),
  unitsAsOf: z.string().optional(),
  province: z.string().optional(),
});
export type CommonOptions = z.infer<typeof CommonOptionsSchema>;
