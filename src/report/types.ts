import type { DimensionKey } from '../model/dimensions.js';
import type { Problem } from '../model/problem.js';
import type { SkipReason } from '../ingest/types.js';

export interface CategoryRow {
  key: string;
  label: string;
  count: number;
  percent: number;
}

export interface DimensionTable {
  label: string;
  /** True when no roster column fed this dimension: every person is `unknown` for lack of data. */
  missing?: boolean;
  categories: CategoryRow[];
}

export interface CountIndicator {
  label: string;
  count: number;
  base: number;
  percent: number;
}
export interface ValueIndicator {
  label: string;
  value: number | null;
  base: number;
}
export type Indicator = CountIndicator | ValueIndicator;

export interface SourceSheet {
  file: string;
  sheet: string;
  headerRows: number[];
  firstDataRow: number | null;
  lastDataRow: number | null;
  records: number;
  skipped: Array<{ row: number; reason: SkipReason }>;
}

export interface SummaryGroup {
  key: string;
  label: string;
  population: number;
  dimensions: Partial<Record<DimensionKey, DimensionTable>>;
  indicators: Record<string, Indicator>;
}

/** The one summary object every renderer reads (schema cadre-stats/summary@1). */
export interface SummaryReport {
  schema: 'cadre-stats/summary@1';
  asOf: string;
  filters: string[];
  population: number;
  sources: SourceSheet[];
  dimensions: Partial<Record<DimensionKey, DimensionTable>>;
  indicators: Record<string, Indicator>;
  groups?: SummaryGroup[];
  problems: Problem[];
}

/** Settings that shape the numbers and words of a report (not its format). */
export interface ReportSettings {
  lang: 'vi' | 'en';
  decimals: number;
  rounding: 'largest-remainder' | 'half-up';
  youngUnder: number;
  bandKeys: readonly string[];
  by?: string;
  /** Optional indicators to compute as well (a form's columns ask for them). */
  extraIndicators?: readonly string[];
}
