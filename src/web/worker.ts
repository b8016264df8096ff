import { browserPlatform } from '../io/browser/browser-platform.js';
import type { IoPlatform } from '../io/byte-source.js';
import { CadreError } from '../model/cadre-error.js';
import type { Format } from '../model/options.js';
import type { ReadProgress } from '../pipeline/roster-events.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import type { SummaryReport } from '../report/types.js';
import { renderComparison } from '../render/comparison-output.js';
import type { RenderContext } from '../render/render-context.js';
import { renderSummary } from '../render/summary-output.js';
import { FORMS } from '../vocab/forms.js';
import { CLI_DEFAULTS } from './cli-defaults.js';
import { compute, rowsOf } from './compute.js';
import { pageError } from './page-error.js';
import type { DownloadAsk, FromWorker, Job, PageOptions, RunResult, ScriptMessage, ToWorker } from './protocol.js';
import { renderContext } from './run-settings.js';
import { type PageScanThread, pageScanThread } from './scan-threads.js';

interface Last {
  job: Job;
  options: PageOptions;
  report: SummaryReport | ComparisonReport;
}

const post = (msg: FromWorker, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(msg, transfer);

/** Progress of the job `id`, as the page's progress bar reads it. */
const tell =
  (id: number) =>
  (p: ReadProgress, ms: number): void =>
    post({ type: 'progress', id, file: p.file, sheet: p.sheet, rows: p.rows, bytes: p.bytes, totalBytes: p.totalBytes, ms });

async function render(last: Last, format: Format, ask?: DownloadAsk, formLeftOut?: RenderContext['formLeftOut']): Promise<string | Uint8Array> {
  const ctx = { ...renderContext(last.options, format, ask), ...(formLeftOut ? { formLeftOut } : {}) };
  return last.job.kind === 'summary'
    ? renderSummary(last.report as SummaryReport, format, ctx)
    : renderComparison(last.report as ComparisonReport, format, ctx);
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
  // Big sheets are scanned by a second worker, started from the page's script once the page has sent it.
  const platform: IoPlatform = { ...browserPlatform };
  let threads: PageScanThread | undefined;
  let last: Last | undefined;
  let queue = Promise.resolve();
  self.onmessage = (ev: MessageEvent<ToWorker | ScriptMessage>) => {
    const msg = ev.data;
    if (msg.type === 'script') {
      threads ??= pageScanThread(URL.createObjectURL(msg.script), msg.scanThreadBytes);
      platform.scanThread = threads.scanThread;
      return;
    }
    // One job at a time, in the order asked.
    queue = queue.then(() => handle(msg));
  };

  async function handle(msg: ToWorker): Promise<void> {
    const lang = msg.type === 'run' ? msg.options.lang : (last?.options.lang ?? 'vi');
    try {
      if (msg.type === 'run') {
        const started = performance.now();
        const taken = threads?.taken ?? 0;
        const { report, notes, problemCount, problems, sources } = await compute(msg.job, msg.options, tell(msg.id), { platform });
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
          threads: (threads?.taken ?? 0) - taken,
          ms: performance.now() - started,
        };
        post({ type: 'result', id: msg.id, result });
        return;
      }
      if (!last) throw new CadreError('BAD_USAGE', 'nothing to download yet');
      let target = last;
      let formLeftOut: RenderContext['formLeftOut'];
      // `--form` counts by the form's grouping (unit, or level for a criteria form), in the form's own age
      // bands (btctw for 8B-BTCTW, else the default bnv) and in its scope: as resolve-options does. Other
      // bands chosen on the page would leave the form's age columns empty: the CLI refuses them with a form.
      if (msg.ask.form && last.job.kind === 'summary') {
        const def = FORMS[msg.ask.form];
        const ageBands = def.ageBands ?? CLI_DEFAULTS.ageBands;
        const options = { ...last.options, by: def.by, ageBands };
        const run = await compute(last.job, options, tell(msg.id), { form: msg.ask.form, platform });
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
