import type { DimensionKey } from '../model/dimensions.js';
import type { AsOfSource } from '../model/options.js';
import type { Problem } from '../model/problem.js';
import type { SkipReason } from '../ingest/types.js';
import type { Policy } from '../model/policy.js';
import type { UnitMapping } from '../normalize/unit-map.js';

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
  /** The share a rule sets (`--preset dai-hoi`), whether it is met, and the rule. */
  target?: { percent: number; met: boolean; source: string };
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
  /**
   * Present when the rosters read have different reference dates: the date this file's people are aged
   * at (its own: title year, file name year or today) and where it comes from. Absent: the report's `asOf`.
   */
  asOf?: string;
  asOfSource?: AsOfSource;
  headerRows: number[];
  firstDataRow: number | null;
  lastDataRow: number | null;
  records: number;
  skipped: Array<{ row: number; reason: SkipReason }>;
  /** Per field, the column the evidence chose (spec/cli-and-json.md "Additions"). */
  columns: SourceColumn[];
  /** With `--units-as-of`: each unit name read, the unit in force it maps to, and how. */
  units?: UnitMapping[];
}

/** `sources[].columns[]`: a field's column, its title and score, and the runner-up it beat. */
export interface SourceColumn {
  field: string;
  /** Column letter, e.g. "F". */
  column: string;
  title: string;
  score: number;
  /** Present when fewer than 60% of the column's sample cells read as the field (also said on stderr). */
  lowConfidence?: true;
  runnerUp?: { column: string; title: string; score: number };
  /** The column holds form codes, read through this legend (code → words) from its title or the sheet's title lines. */
  legend?: Record<string, string>;
}

export interface SummaryGroup {
  key: string;
  label: string;
  population: number;
  dimensions: Partial<Record<DimensionKey, DimensionTable>>;
  indicators: Record<string, Indicator>;
  /** `--by unit` with `--units-as-of`: the unit names as read that this unit in force gathers. */
  mergedFrom?: string[];
}

/** The one summary object every renderer reads (schema cadre-stats/summary@1). */
export interface SummaryReport {
  schema: 'cadre-stats/summary@1';
  /** The reference date; when the rosters' dates differ (see `warnings`, `sources[].asOf`), the latest of them. */
  asOf: string;
  /** Present when there is something to know to read the figures right (rosters of different dates). */
  warnings?: ReportWarning[];
  filters: string[];
  population: number;
  sources: SourceSheet[];
  dimensions: Partial<Record<DimensionKey, DimensionTable>>;
  indicators: Record<string, Indicator>;
  groups?: SummaryGroup[];
  congress?: CongressInfo;
  problems: Problem[];
}

/**
 * What a JSON `warnings[]` entry is about: `as_of_differs`, the rosters have different reference dates (each
 * source's people are aged at its own); `formulas_without_value`, formula cells saved without their result,
 * read as empty; `sheet_skipped`, a sheet not read as a roster (a template's sample, empty, no header);
 * `map_not_found`, a --map whose column is not there or empty; `low_confidence_column`, a chosen column whose
 * cells read poorly (also `sources[].columns[].lowConfidence`); `year_only_ages`, people aged from a birth
 * year alone; `locality_no_match`, a --locality no home town names (everyone came out non-local);
 * `born_after_as_of`, people born after the date ages are told at (their age is not counted); `file_skipped`, a
 * file of a folder given for rosters that holds no roster.
 */
export type WarningCode =
  | 'as_of_differs'
  | 'formulas_without_value'
  | 'sheet_skipped'
  | 'map_not_found'
  | 'low_confidence_column'
  | 'year_only_ages'
  | 'locality_no_match'
  | 'born_after_as_of'
  | 'file_skipped';

/** JSON `warnings[]`: what the reading found worth saying, as on stderr (`message`, in the chosen language). */
export interface ReportWarning {
  code: WarningCode;
  message: string;
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
  /** `--preset dai-hoi`: the congress indicators, their targets and the months the rules ask. */
  congress?: { policy: Policy };
}

/** What the congress figures were computed with (JSON `congress`, with `--preset dai-hoi`). */
export interface CongressInfo {
  referenceDate: string | null;
  referenceMonths: Record<string, string | null>;
  termMonths: number;
  reElectionMonths: number;
  youngUnder: Record<string, number>;
  /** Tái cử / lần đầu people whose eligibility could not be told (no birth month, gender or reference date). */
  undetermined: number;
  sources: string[];
}
