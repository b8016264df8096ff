import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ByteSource, SheetScanThread, ThreadRows } from '../byte-source.js';
import { QueuedThreadRows, type ScanMessage, type ThreadTimes } from '../scan-thread-rows.js';
import { FileSource } from './file-source.js';
import type { ScanWorkerData } from './scan-worker.js';

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

/** One sheet scanned on a worker thread: the batches consumed told through a shared counter. */
function scanThread(source: FileSource, sheetIndex: number): ThreadRows {
  const consumed = new Int32Array(new SharedArrayBuffer(4));
  const data: ScanWorkerData = {
    path: source.path,
    name: source.name,
    sheetIndex,
    consumed: consumed.buffer as SharedArrayBuffer,
    batchRows: BATCH_ROWS,
    window: WINDOW,
  };
  const worker = new Worker(WORKER_URL, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
  const rows = new QueuedThreadRows(
    {
      consumed: () => {
        Atomics.add(consumed, 0, 1);
        Atomics.notify(consumed, 0);
      },
      terminate: () => worker.terminate(),
    },
    REPORT ? report : undefined,
  );
  worker.on('message', (m: ScanMessage) => rows.push(m));
  // Not the file's fault: the thread failed (a bug of ours, or out of memory).
  worker.on('error', (e: Error) => rows.push({ kind: 'internal', message: `the sheet scanning thread failed: ${e.message}`, stack: e.stack ?? '' }));
  worker.on('exit', () => rows.push({ kind: 'internal', message: 'the sheet scanning thread stopped early', stack: '' }));
  return rows;
}

function report(t: ThreadTimes): void {
  const s = (x: number): string => (x / 1000).toFixed(2);
  const pct = (x: number, of: number): string => `${Math.round((100 * x) / Math.max(of, 1))}%`;
  process.stderr.write(
    `__THREADS__ scan thread ${s(t.scanMs)} s, waited for the main thread ${s(t.scanWaitedMs)} s (${pct(t.scanWaitedMs, t.scanMs)}); main thread ${s(t.mainMs)} s, waited for rows ${s(t.mainWaitedMs)} s (${pct(t.mainWaitedMs, t.mainMs)})\n`,
  );
}

/**
 * Node's second thread for big xlsx sheets (files on disk only: the thread opens the file itself). Falls
 * back to the calling thread when the compiled worker is not there (running from sources, as tests do).
 */
export function nodeScanThread(): SheetScanThread {
  const limit = minBytes();
  const available = existsSync(fileURLToPath(WORKER_URL));
  return (source: ByteSource, sheetIndex: number, sheetBytes: number) =>
    available && sheetBytes >= limit && source instanceof FileSource ? scanThread(source, sheetIndex) : undefined;
}
