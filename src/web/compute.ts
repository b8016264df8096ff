import type { IoPlatform } from '../io/byte-source.js';
import { CadreError } from '../model/cadre-error.js';
import type { Problem } from '../model/problem.js';
import { compareFiles } from '../pipeline/compare-files.js';
import { comparisonWarnings } from '../pipeline/compare-notes.js';
import { loadNoteLines } from '../pipeline/load-notes.js';
import type { ReadProgress } from '../pipeline/roster-events.js';
import { nobodyWhy } from '../pipeline/nobody-why.js';
import { countingWarnings, summarizeFiles } from '../pipeline/summarize-files.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import { formRun, leftOut } from '../report/form-scope.js';
import type { SourceSheet, SummaryReport } from '../report/types.js';
import type { FormId } from '../vocab/forms.js';
import { ui } from '../vocab/ui.js';
import type { Job, PageOptions } from './protocol.js';
import { settingsOf } from './run-settings.js';

/** A run's report and what is said beside it. */
export interface Computed {
  report: SummaryReport | ComparisonReport;
  notes: string[];
  problemCount: number;
  problems: Problem[];
  sources: SourceSheet[];
  formLeftOut?: Array<{ key: string; count: number }>;
}

/** The sheet rows read: people and rows skipped. */
export const rowsOf = (sources: readonly SourceSheet[]): number => sources.reduce((n, s) => n + s.records + s.skipped.length, 0);

/**
 * Reads and computes as `summarize` or `compare` (with `--form` when given), telling progress at most every
 * 100 ms; `platform` reads the files (the browser's, with the page's second thread for big sheets).
 */
export async function compute(
  job: Job,
  options: PageOptions,
  tell: (p: ReadProgress, ms: number) => void,
  { form, platform }: { form?: FormId; platform?: IoPlatform } = {},
): Promise<Computed> {
  const started = performance.now();
  let lastTold = 0;
  const onProgress = (p: ReadProgress): void => {
    const now = performance.now();
    if (now - lastTold < 100) return;
    lastTold = now;
    tell(p, now - started);
  };
  const settings = settingsOf(job, options, onProgress, platform);
  if (job.kind === 'summary') {
    // `--form`: the form's indicators and scope (BM01 counts công chức), as `summarize --form` runs.
    const run = form ? formRun(form, settings.where) : undefined;
    const r = await summarizeFiles(
      job.files.map((f) => f.name),
      run
        ? {
            ...settings,
            extraIndicators: run.extraIndicators,
            scope: run.scope?.keep,
            whereSources: [...settings.whereSources, ...(run.scope ? [run.scope.filter] : [])],
          }
        : settings,
    );
    const notes = [...loadNoteLines(r.load, options.lang, r.yearOnlyAges), ...countingWarnings(r.report).map((w) => w.message)];
    // What `summarize` says after reading (commands/summarize.ts): no one counted, columns missing.
    if (r.report.population === 0) {
      const why = nobodyWhy(r, options.lang);
      if (why === undefined)
        throw new CadreError(
          'NO_PEOPLE',
          ui('nobodyInRosters', options.lang, { files: job.files.map((f) => f.name).join(', ') }),
          'run cadre-stats inspect to see what was read',
        );
      notes.push(why);
    }
    const missing = Object.values(r.report.dimensions).flatMap((t) => (t?.missing ? [t.label] : []));
    if (missing.length) notes.push(ui('missingColumns', options.lang, { labels: missing.join(', ') }));
    const formLeftOut = run ? leftOut(run, r.outside) : undefined;
    return { report: r.report, notes, problemCount: r.problemCount, problems: r.report.problems, sources: r.report.sources, formLeftOut };
  }
  const { report, results, reordered } = await compareFiles(
    job.periods.map((p) => ({ files: p.files.map((f) => f.name), label: p.label })),
    settings,
  );
  const notes = results.flatMap((r) => [...loadNoteLines(r.load, options.lang, r.yearOnlyAges, 'period'), ...countingWarnings(r.report).map((w) => w.message)]);
  // What `compare` says after reading (commands/compare.ts), the period order in the page's words.
  if (reordered) notes.push(ui('web.periodsReordered', options.lang, { order: reordered.order.join(', '), given: reordered.given.join(', ') }));
  // What `compare` says of its periods (the values not recognised are the page's own table), kept in the
  // report's `warnings` as the CLI's JSON keeps them.
  const warnings = comparisonWarnings(report, results, settings);
  notes.push(...warnings.flatMap((w) => (w.code === 'period_problems' ? [] : [w.message])));
  return {
    report: warnings.length ? { ...report, warnings } : report,
    notes,
    problemCount: results.reduce((n, r) => n + r.problemCount, 0),
    problems: results.flatMap((r) => r.report.problems),
    sources: results.flatMap((r) => r.report.sources),
  };
}
