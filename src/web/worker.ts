import { blobSource } from '../io/browser/blob-source.js';
import { browserPlatform } from '../io/browser/browser-platform.js';
import { openWorkbook } from '../io/open-workbook.js';
import { CadreError } from '../model/cadre-error.js';
import type { Problem } from '../model/problem.js';
import type { DayDate, Format } from '../model/options.js';
import { compareFiles } from '../pipeline/compare-files.js';
import { loadNoteLines } from '../pipeline/load-notes.js';
import type { ReadProgress } from '../pipeline/load-roster.js';
import { summarizeFiles, type SummarizeSettings } from '../pipeline/summarize-files.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import type { SourceSheet, SummaryReport } from '../report/types.js';
import { renderComparison } from '../render/comparison-output.js';
import type { RenderContext } from '../render/render-context.js';
import { renderSummary } from '../render/summary-output.js';
import { parseAgeBands } from '../stats/age-bands.js';
import { parseWhere } from '../stats/where.js';
import { ui } from '../vocab/ui.js';
import { formRun, leftOut } from '../report/form-scope.js';
import type { FormId } from '../vocab/forms.js';
import type { DownloadAsk, FromWorker, Job, PageError, PageOptions, RunResult, ToWorker } from './protocol.js';
import { CLI_DEFAULTS } from './cli-defaults.js';

interface Last {
  job: Job;
  options: PageOptions;
  report: SummaryReport | ComparisonReport;
}

const post = (msg: FromWorker, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(msg, transfer);

function today(): DayDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function day(text: string): DayDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** The settings the CLI would resolve from the same options (its defaults for everything the page does not set). */
function settingsOf(job: Job, options: PageOptions, onProgress: (p: ReadProgress) => void): SummarizeSettings {
  const files = new Map((job.kind === 'summary' ? job.files : job.periods.flatMap((p) => p.files)).map((f) => [f.name, f.blob]));
  const settings: SummarizeSettings = {
    open: async (name) => openWorkbook(blobSource(name, files.get(name)!), browserPlatform),
    sheet: CLI_DEFAULTS.sheet,
    config: {},
    lang: options.lang,
    decimals: CLI_DEFAULTS.decimals,
    rounding: CLI_DEFAULTS.rounding,
    bands: parseAgeBands(options.ageBands || CLI_DEFAULTS.ageBands, undefined),
    youngUnder: CLI_DEFAULTS.youngUnder,
    where: parseWhere(options.where),
    whereSources: options.where,
    by: options.byUnit ? 'unit' : undefined,
    asOf: options.asOf ? day(options.asOf) : undefined,
    today: today(),
    onProgress,
  };
  // As `compare` does: old unit names line up under the units in force at the latest roster's date.
  if (job.kind === 'compare') settings.units ??= { asOf: 'latest', province: undefined };
  return settings;
}

/** The renderer's context the CLI builds for `--format <format>` with the same options (commands/emit.ts). */
function renderContext(options: PageOptions, format: Format, ask?: DownloadAsk): RenderContext {
  const by = options.byUnit || ask?.form ? 'unit' : undefined;
  return {
    lang: options.lang,
    decimals: CLI_DEFAULTS.decimals,
    by,
    color: false,
    csvLocale: ask?.csvLocale ?? 'default',
    csvKeys: false,
    // As the CLI: units side by side in a workbook or a page, group after group elsewhere.
    layout: by && (format === 'xlsx' || format === 'html') ? 'wide' : 'long',
    bars: false,
    form: ask?.form,
  };
}

interface Computed {
  report: SummaryReport | ComparisonReport;
  notes: string[];
  problemCount: number;
  problems: Problem[];
  sources: SourceSheet[];
  formLeftOut?: Array<{ key: string; count: number }>;
}

const rowsOf = (sources: readonly SourceSheet[]): number => sources.reduce((n, s) => n + s.records + s.skipped.length, 0);

async function compute(id: number, job: Job, options: PageOptions, form?: FormId): Promise<Computed> {
  const started = performance.now();
  let lastPost = 0;
  const onProgress = (p: ReadProgress): void => {
    const now = performance.now();
    if (now - lastPost < 100) return;
    lastPost = now;
    post({ type: 'progress', id, file: p.file, sheet: p.sheet, rows: p.rows, bytes: p.bytes, totalBytes: p.totalBytes, ms: now - started });
  };
  const settings = settingsOf(job, options, onProgress);
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
    const notes = loadNoteLines(r.load, options.lang, r.yearOnlyAges);
    const formLeftOut = run ? leftOut(run, r.outside) : undefined;
    return { report: r.report, notes, problemCount: r.problemCount, problems: r.report.problems, sources: r.report.sources, formLeftOut };
  }
  const { report, results } = await compareFiles(
    job.periods.map((p) => ({ files: p.files.map((f) => f.name), label: p.label })),
    settings,
  );
  const notes = results.flatMap((r) => loadNoteLines(r.load, options.lang, r.yearOnlyAges));
  return {
    report,
    notes,
    problemCount: results.reduce((n, r) => n + r.problemCount, 0),
    problems: results.flatMap((r) => r.report.problems),
    sources: results.flatMap((r) => r.report.sources),
  };
}

async function render(last: Last, format: Format, ask?: DownloadAsk, formLeftOut?: RenderContext['formLeftOut']): Promise<string | Uint8Array> {
  const ctx = { ...renderContext(last.options, format, ask), ...(formLeftOut ? { formLeftOut } : {}) };
  return last.job.kind === 'summary'
    ? renderSummary(last.report as SummaryReport, format, ctx)
    : renderComparison(last.report as ComparisonReport, format, ctx);
}

/** An error as the user is told it: one line in the page's language, the CLI's own line under it. */
export function pageError(err: unknown, lang: PageOptions['lang']): PageError {
  if (err instanceof CadreError) {
    const file = /^(.+?): /.exec(err.message)?.[1] ?? '';
    const detail = `cadre-stats: ${err.message}${err.hint ? ` (${err.hint})` : ''}`;
    let line = ui(`web.err.${err.code}`, lang, { file });
    if (!file || !err.message.startsWith(`${file}: `)) line = `${line}: ${err.message}`;
    return { line, detail };
  }
  const e = err as Error;
  return { line: ui('web.err.internal', lang), detail: `cadre-stats: internal error: ${e?.message ?? String(err)}` };
}

const EXT = { xlsx: 'xlsx', csv: 'csv', html: 'html', json: 'json' } as const;
const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
  json: 'application/json',
} as const;

/** Runs in the page's Web Worker: reads the rosters, computes, renders; the page only shows. */
export function startWorker(): void {
  let last: Last | undefined;
  let queue = Promise.resolve();
  self.onmessage = (ev: MessageEvent<ToWorker>) => {
    const msg = ev.data;
    // One job at a time, in the order asked.
    queue = queue.then(() => handle(msg));
  };

  async function handle(msg: ToWorker): Promise<void> {
    const lang = msg.type === 'run' ? msg.options.lang : (last?.options.lang ?? 'vi');
    try {
      if (msg.type === 'run') {
        const started = performance.now();
        const { report, notes, problemCount, problems, sources } = await compute(msg.id, msg.job, msg.options);
        last = { job: msg.job, options: msg.options, report };
        const result: RunResult = {
          kind: msg.job.kind,
          report,
          problems,
          sources,
          html: (await render(last, 'html')) as string,
          paragraph: (await render(last, 'text')) as string,
          notes,
          problemCount,
          rows: rowsOf(sources),
          ms: performance.now() - started,
        };
        post({ type: 'result', id: msg.id, result });
        return;
      }
      if (!last) throw new CadreError('BAD_USAGE', 'nothing to download yet');
      let target = last;
      let formLeftOut: RenderContext['formLeftOut'];
      // `--form` counts by unit (as the CLI does when --by is not given), in the form's scope.
      if (msg.ask.form && last.job.kind === 'summary') {
        const options = { ...last.options, byUnit: true };
        const run = await compute(msg.id, last.job, options, msg.ask.form);
        target = { job: last.job, options, report: run.report };
        formLeftOut = run.formLeftOut;
      }
      const data = await render(target, msg.ask.format, msg.ask.form && last.job.kind === 'summary' ? msg.ask : { ...msg.ask, form: undefined }, formLeftOut);
      const stem = last.job.kind === 'summary' ? 'thong-ke' : 'so-sanh';
      const name = `${stem}${msg.ask.form ? `-${msg.ask.form}` : ''}${msg.ask.format === 'csv' && msg.ask.csvLocale === 'vi' ? '-excel-vi' : ''}.${EXT[msg.ask.format]}`;
      post({ type: 'file', id: msg.id, name, mime: MIME[msg.ask.format], data });
    } catch (err) {
      post({ type: 'error', id: msg.id, error: pageError(err, lang) });
    }
  }
}
