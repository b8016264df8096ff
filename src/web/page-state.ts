import type { Lang } from '../model/options.js';
import type { FromWorker, Job, PageError, PageFile, PageOptions, RunResult } from './protocol.js';

/** A roster given to the page, and the period it belongs to in a comparison. */
export interface Entry {
  file: PageFile;
  /** 1-based period in a comparison. */
  period: number;
}

/** Everything the page shows comes from here: the controls write it, the views read it. */
export interface PageState {
  lang: Lang;
  mode: Job['kind'];
  entries: Entry[];
  labels: string[];
  /** The reference date as the CLI takes it (YYYY-MM-DD), or '' for the roster's year. */
  asOf: string;
  /** What the person typed in the date field (dd/mm/yyyy), kept while it is not a date. */
  asOfText: string;
  asOfInvalid: boolean;
  ageBands: string;
  category: string;
  level: string;
  unit: string;
  position: string;
  byUnit: boolean;
  result?: RunResult;
  error?: PageError;
  /** Files not added (a second file of the same name), said until files are given again. */
  notice?: string;
  progress?: Extract<FromWorker, { type: 'progress' }>;
  /** The shown run's rows per second, counted from its first progress report (undefined until it can be said). */
  rate?: number;
  running: boolean;
}

/** The page as it opens: Vietnamese, one population, the CLI's defaults. */
export function initialState(): PageState {
  return {
    lang: 'vi',
    mode: 'summary',
    entries: [],
    labels: [],
    asOf: '',
    asOfText: '',
    asOfInvalid: false,
    ageBands: 'bnv',
    category: '',
    level: '',
    unit: '',
    position: '',
    byUnit: false,
    running: false,
  };
}

/** The `--where` conditions the filters stand for. */
export function whereOf(s: PageState): string[] {
  return [
    ...(s.category ? [`category=${s.category}`] : []),
    ...(s.level ? [`level=${s.level}`] : []),
    ...(s.unit.trim() ? [`unit~${s.unit.trim()}`] : []),
    ...(s.position.trim() ? [`position~${s.position.trim()}`] : []),
  ];
}

/** The CLI options the controls stand for. */
export function pageOptions(s: PageState): PageOptions {
  return { lang: s.lang, asOf: s.asOf, ageBands: s.ageBands, where: whereOf(s), byUnit: s.byUnit };
}

/** What to run for the files given: nothing, a job, or why a comparison cannot run yet. */
export function planJob(s: PageState): { job?: Job; needTwo?: true } {
  if (s.entries.length === 0) return {};
  if (s.mode === 'summary') return { job: { kind: 'summary', files: s.entries.map((e) => e.file) } };
  const used = [...new Set(s.entries.map((e) => e.period))].sort((a, b) => a - b);
  if (used.length < 2) return { needTwo: true };
  return {
    job: {
      kind: 'compare',
      periods: used.map((p) => ({
        label: s.labels[p - 1]?.trim() || undefined,
        files: s.entries.filter((e) => e.period === p).map((e) => e.file),
      })),
    },
  };
}
