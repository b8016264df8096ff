import type { SheetIngestResult } from '../ingest/sheet-ingester.js';
import type { SheetLayout } from '../ingest/types.js';
import type { WorkbookSource } from '../io/sheet-rows.js';
import type { Config } from '../model/config.js';
import type { Official } from '../model/official.js';
import type { AsOfSource, DayDate, Lang } from '../model/options.js';
import type { Problem } from '../model/problem.js';
import type { Classifier } from '../normalize/classifier.js';
import type { UnitMapping } from '../normalize/unit-map.js';
import type { LegacyEncoding } from '../normalize/legacy-encoding.js';

/** What was found in one sheet (a roster or not). */
export interface SheetReport extends SheetIngestResult {
  /** Position of the sheet in its workbook. */
  index: number;
  file: string;
  sheet: string;
  hidden: boolean;
  firstDataRow?: number;
  lastDataRow?: number;
  /** Columns whose legacy-encoded text (TCVN3, VNI) was converted to Unicode. */
  converted: Array<{ col: number; encoding: LegacyEncoding }>;
  /** With `--units-as-of`: every unit name read and the unit in force it was mapped to. */
  units?: UnitMapping[];
  /** Formula cells saved without their result, read as empty: how many, and the first few addresses. */
  formulasWithoutValue: { count: number; cells: string[] };
  /** Set when the sheet was not read: its name says it holds examples, instructions or code lists. */
  skippedAs?: 'sample';
}

/** Where reading stands: rows read so far in this call, and the current sheet's bytes when the reader streams. */
export interface ReadProgress {
  file: string;
  sheet: string;
  rows: number;
  bytes?: number;
  totalBytes?: number;
}

/** Addresses of formulas without a result kept per sheet; beyond this only the count grows. */
export const FORMULA_CELLS_SHOWN = 10;

/** Opens a roster by the name it was given (a path for the CLI, a dropped file's name in the browser). */
export type OpenRoster = (file: string) => Promise<WorkbookSource>;

export interface LoadOptions {
  open: OpenRoster;
  sheet: string;
  config: Config;
  lang: Lang;
  classifier: Classifier;
  locality?: string;
  /** Explicit `--as-of`; otherwise 31/12 of the roster's year (title, else file name), else `today`. */
  asOf?: DayDate;
  today: DayDate;
  /** Told as rows are read, for a progress line: the file, rows so far, and bytes of the sheet when known. */
  onProgress?(p: ReadProgress): void;
  /** Keep every column's text on each official (for `--where`/`--by` naming a column title). */
  keepColumns?: boolean;
  /** Cells one workbook may hold (each row counted to its last non-empty cell); default MAX_CELLS. */
  maxCells?: number;
  /**
   * Files found in a folder given for rosters: one of them that holds no roster (a report saved beside the
   * rosters, a form template) is skipped and said (`skippedFiles`), not an error, while another holds one.
   */
  optionalFiles?: ReadonlySet<string>;
  /**
   * `--units-as-of`: map unit names to the units in force at that date ('own': the roster's own date, for
   * the latest period of `compare`), within `province` (`--province`; else the roster's title, else any).
   */
  units?: { asOf: DayDate | 'own'; province?: string };
  /**
   * For `SHEET!field` maps over several readers (compare's periods): the sheets of the files read before
   * (this reader adds its own) and whether these files are the last. Default: these are all the files.
   * The check runs when the last file is opened, before its rows are read.
   */
  mapSheets?: { seen: Array<{ file: string; sheets: string[] }>; last: boolean };
  /**
   * Read each xlsx sheet's merged ranges before its rows (a second pass over the sheet). By default they
   * come with the rows' last batch and the sheet is read as if it had none; when they would have changed
   * the reading, MergesMatter is thrown at the sheet's end and the caller reads again with this set
   * (`withMergesFirstOnRetry` in merges-retry.ts).
   */
  mergesFirst?: boolean;
  /**
   * People who are only to be counted: each is handed here (one reused official, read only while called) and
   * never in a people event, with the date its roster is aged at; after the people events of the rows above
   * it. Rows with a problem to report still come in people events. See count-row.ts; CADRE_STATS_LANE=off
   * reads every row the usual way, =check both ways. `slots` tells the official's categories as slots
   * (Tally.addSlots), also only while called.
   */
  count?(o: Official, asOf: DayDate, slots: Uint8Array): void;
  /** The people handed to `count` have their names too (for matching people across periods). */
  countNames?: boolean;
}

/** A roster table's header was read: its columns, before any of its people. */
export interface LayoutEvent {
  kind: 'layout';
  layout: SheetLayout;
  file: string;
  /**
   * The header was read before the sheet's merged ranges were known (checked at the sheet's end): a caller
   * that refuses the run for what the header lacks throws MergesMatter instead, to be told with the merges.
   */
  withoutMerges: boolean;
}

/**
 * The people of one batch of rows of one table, in row order: `people[i]` is aged at `asOf`, and its
 * row's problems are `problems` from `problemEnds[i - 1]` (0 for the first) to `problemEnds[i]`.
 */
export interface PeopleEvent {
  kind: 'people';
  people: Official[];
  asOf: DayDate;
  problems: Problem[];
  problemEnds: number[];
}

export type RosterEvent = LayoutEvent | PeopleEvent;

/** The problems of `people[i]` of a batch (usually none: no array is made then). */
export function problemsOf(batch: PeopleEvent, i: number): Problem[] {
  const from = i === 0 ? 0 : batch.problemEnds[i - 1];
  const to = batch.problemEnds[i];
  return from === to ? NO_PROBLEMS : batch.problems.slice(from, to);
}
const NO_PROBLEMS: Problem[] = [];

export type { AsOfSource };

/** The reference date one roster file's people are aged at, and where it comes from. */
export interface RosterDate {
  file: string;
  asOf: DayDate;
  asOfSource: AsOfSource;
}

export interface LoadResult {
  sheets: SheetReport[];
  /**
   * The reference date: `--as-of`, else the rosters' own date (the day their title or file name names, else
   * 31/12 of the year or term's first year named, else today); when the files' own dates differ, the latest of them (each file's is in `dates`).
   */
  asOf: DayDate;
  asOfSource: AsOfSource;
  /** Each file's reference date, in reading order: without `--as-of` each roster's people are aged at their own. */
  dates: RosterDate[];
  /** Files of `optionalFiles` that held no roster, with the sheets scanned. */
  skippedFiles: Array<{ file: string; sheets: Array<{ sheet: string; rows?: [number, number] }> }>;
}

/** Whether the rosters read have different reference dates (then each file's people are aged at its own). */
export function datesDiffer(load: Pick<LoadResult, 'dates'>): boolean {
  return load.dates.some((d) => dayNumber(d.asOf) !== dayNumber(load.dates[0].asOf));
}

export const dayNumber = (d: DayDate): number => d.year * 10000 + d.month * 100 + d.day;
