import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ByteSource, SheetScanThread, ThreadRows } from '../byte-source.js';
import type { MergeRange } from '../sheet-rows.js';
import type { PackedRows } from '../xlsx/packed-rows.js';
import { CadreError, type CadreErrorCode } from '../../model/cadre-error.js';
import { FileSource } from './file-source.js';
import type { ScanWorkerData, ScanWorkerMessage } from './scan-worker.js';

/** Sheets whose XML inflates past this are scanned on a second thread (it costs ~50 ms to start one). */
const DEFAULT_MIN_BYTES = 16 * 1024 ** 2;
const BATCH_ROWS = 2048;
/**
 * Batches the scanning thread may run ahead: 32 × 2048 rows, ~20 MB on a wide roster at most. At 8, the
 * main thread waited for a batch 5-9% of its time on the diverse 1M roster (a message delivered by the
 * event loop while the queue was empty) and the scanning thread stood still ~0.2 s at the start while
 * the main thread read the shared strings and chose the columns; at 32, ~1% and ~0.1 s faster on the
 * simple roster, ~5 MB more at the peak (bench/results/profile-diverse-1m.md).
 */
const WINDOW = 32;

const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

/**
 * With CADRE_STATS_THREAD_REPORT=1, the end of each threaded sheet writes one line to stderr: how long each
 * thread waited for the other (the bench reports it; issue 17 wants neither waiting more than ~10%).
 */
const REPORT = process.env.CADRE_STATS_THREAD_REPORT === '1';

function minBytes(): number {
  const env = process.env.CADRE_STATS_SCAN_THREAD_BYTES;
  return env !== undefined && /^\d+$/.test(env) ? Number(env) : DEFAULT_MIN_BYTES;
}

/**
 * One sheet scanned on another thread, pulled as packed row batches, then its merged ranges. The thread
 * starts at once and runs at most WINDOW batches ahead of the pulls.
 */
class ScanThread implements ThreadRows {
  private readonly worker: Worker;
  private readonly consumed = new Int32Array(new SharedArrayBuffer(4));
  private readonly queue: ScanWorkerMessage[] = [];
  private wake?: () => void;
  private ended = false;
  private taken = 0;
  private readonly started = performance.now();
  /** Time this thread spent waiting for a batch. */
  private starvedMs = 0;
  merges: MergeRange[] | undefined;

  constructor(source: FileSource, sheetIndex: number) {
    const data: ScanWorkerData = {
      path: source.path,
      name: source.name,
      sheetIndex,
      consumed: this.consumed.buffer as SharedArrayBuffer,
      batchRows: BATCH_ROWS,
      window: WINDOW,
    };
    this.worker = new Worker(WORKER_URL, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
    this.worker.on('message', (m: ScanWorkerMessage) => this.push(m));
    // Not the file's fault: the thread failed (a bug of ours, or out of memory).
    this.worker.on('error', (e: Error) => this.push({ kind: 'internal', message: `the sheet scanning thread failed: ${e.message}`, stack: e.stack ?? '' }));
    this.worker.on('exit', () => this.push({ kind: 'internal', message: 'the sheet scanning thread stopped early', stack: '' }));
  }

  private push(m: ScanWorkerMessage): void {
    if (this.ended) return;
    if (m.kind !== 'rows') this.ended = true;
    this.queue.push(m);
    this.wake?.();
  }

  private async next(): Promise<ScanWorkerMessage> {
    if (this.queue.length === 0) {
      const from = performance.now();
      while (this.queue.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
      this.starvedMs += performance.now() - from;
    }
    this.wake = undefined;
    return this.queue.shift()!;
  }

  private report(m: { ms: number; waitedMs: number }): void {
    const ms = performance.now() - this.started;
    const s = (x: number): string => (x / 1000).toFixed(2);
    const pct = (x: number, of: number): string => `${Math.round((100 * x) / Math.max(of, 1))}%`;
    process.stderr.write(
      `__THREADS__ scan thread ${s(m.ms)} s, waited for the main thread ${s(m.waitedMs)} s (${pct(m.waitedMs, m.ms)}); main thread ${s(ms)} s, waited for rows ${s(this.starvedMs)} s (${pct(this.starvedMs, ms)})\n`,
    );
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<PackedRows> {
    try {
      for (;;) {
        // Asking for the next batch says the previous one is consumed: the thread may run on.
        if (this.taken > 0) {
          Atomics.add(this.consumed, 0, 1);
          Atomics.notify(this.consumed, 0);
        }
        const m = await this.next();
        if (m.kind === 'done') {
          this.merges = m.merges;
          if (REPORT) this.report(m);
          return;
        }
        if (m.kind === 'error') throw new CadreError(m.code as CadreErrorCode, m.message, m.hint);
        if (m.kind === 'internal') throw Object.assign(new Error(m.message), { stack: m.stack || undefined });
        this.taken++;
        yield m.batch;
      }
    } finally {
      await this.stop();
    }
  }

  async stop(): Promise<void> {
    this.ended = true;
    await this.worker.terminate();
  }
}

/**
 * Node's second thread for big xlsx sheets (files on disk only: the thread opens the file itself). Falls
 * back to the calling thread when the compiled worker is not there (running from sources, as tests do).
 */
export function nodeScanThread(): SheetScanThread {
  const limit = minBytes();
  const available = existsSync(fileURLToPath(WORKER_URL));
  return (source: ByteSource, sheetIndex: number, sheetBytes: number) =>
    available && sheetBytes >= limit && source instanceof FileSource ? new ScanThread(source, sheetIndex) : undefined;
}
