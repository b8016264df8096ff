import type { Lang } from '../model/options.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import type { Problem } from '../model/problem.js';
import type { SourceSheet, SummaryReport } from '../report/types.js';

/** What the page's controls set: the CLI options they stand for are named beside each. */
export interface PageOptions {
  /** --lang */
  lang: Lang;
  /** --as-of YYYY-MM-DD, or '' for the roster's year. */
  asOf: string;
  /** --age-bands: a preset name or a list of upper bounds. */
  ageBands: string;
  /** --where, each as the CLI takes it ("category=civil_servant", "unit~Yên"). */
  where: string[];
  /** --by unit */
  byUnit: boolean;
  /** --by <field>, set only for a form's download (the form's own grouping: unit, or level for 8B-BTCTW). */
  by?: string;
}

/** A roster file the page was given: its name (as messages and the report call it) and its bytes. */
export interface PageFile {
  name: string;
  blob: Blob;
}

export type Job = { kind: 'summary'; files: PageFile[] } | { kind: 'compare'; periods: Array<{ label?: string; files: PageFile[] }> };

/** A download: the CLI's `--format` (with `--csv-locale`, `--form`) of the last result. */
export interface DownloadAsk {
  format: 'xlsx' | 'csv' | 'html' | 'json';
  csvLocale: 'default' | 'vi';
  /** A form id of src/vocab/forms/ (bm01, bm02, btctw-8b, …). */
  form?: string;
}

export type ToWorker = { type: 'run'; id: number; job: Job; options: PageOptions } | { type: 'download'; id: number; ask: DownloadAsk };

/** First, to each new worker: the page's script, from which it starts its scanning worker (scan-threads.ts). */
export interface ScriptMessage {
  type: 'script';
  script: Blob;
  /** Sheets whose XML inflates past this many bytes are scanned on a second thread (when the page's address sets it). */
  scanThreadBytes?: number;
}

export interface RunResult {
  kind: Job['kind'];
  report: SummaryReport | ComparisonReport;
  /** The HTML report (`--format html`), shown in the page. */
  html: string;
  /** The paragraph (`--format text`). */
  paragraph: string;
  /** What the CLI says on stderr about the reading (reference date, skipped sheets, weak columns, …). */
  notes: string[];
  problemCount: number;
  /** The values not recognised (the first ones, as in the JSON) and the sheets read, of every period. */
  problems: Problem[];
  sources: SourceSheet[];
  rows: number;
  /** Sheets scanned on a second thread. */
  threads: number;
  ms: number;
}

/** An error as the page shows it: a Vietnamese (or English) line, and the CLI's own line under it. */
export interface PageError {
  line: string;
  detail: string;
  /** What the box is headed: the files could not be read (the default), or the options or files chosen cannot run. */
  title?: 'read' | 'run';
}

export type FromWorker =
  | { type: 'progress'; id: number; file: string; sheet: string; rows: number; bytes?: number; totalBytes?: number; ms: number }
  | { type: 'result'; id: number; result: RunResult }
  | { type: 'file'; id: number; name: string; mime: string; data: Uint8Array | string }
  | { type: 'error'; id: number; error: PageError };
