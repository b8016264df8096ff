import type { Lang } from '../model/options.js';
import type { CsvLocale } from './csv.js';

/** Everything a renderer needs besides the report: words, numbers and the chosen layout. */
export interface RenderContext {
  lang: Lang;
  decimals: number;
  /** The `--by` field when the report has groups. */
  by?: string;
  /** Colour in terminal tables (a TTY without NO_COLOR). */
  color: boolean;
  csvLocale: CsvLocale;
  /** `--csv-keys`: CSV with the machine columns (keys) instead of Vietnamese headers and labels. */
  csvKeys?: boolean;
  /** With `--by`: `wide` = one table per dimension, a row per group; `long` = the tables of each group in turn. */
  layout?: 'long' | 'wide';
  /** Terminal width when printing to a terminal: wider tables are stacked to fit; undefined = no limit. */
  width?: number;
  /** `--bars`: a unicode bar per category row in terminal tables. */
  bars: boolean;
  /** `--form <id>`: add a sheet laid out like the official form (src/vocab/forms/<id>.json) to the xlsx output. */
  form?: string;
  /** With `--form`: the people its scope left out, by category key of the scope's dimension. */
  formLeftOut?: Array<{ key: string; count: number }>;
}
