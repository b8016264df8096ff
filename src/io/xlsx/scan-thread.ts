import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CadreError, type CadreErrorCode } from '../../model/cadre-error.js';
import type { ReadEvents, RowHandler, SheetRef, WorkbookSource } from '../sheet-rows.js';
import { decodeRowBatch } from './row-batch.js';
import type { ScanWorkerData, ScanWorkerMessage } from './scan-worker.js';
import type { XlsxSource } from './xlsx-source.js';

/** Sheets whose XML inflates past this are scanned on a second thread (it costs ~50 ms to start one). */
const DEFAULT_MIN_BYTES = 16 * 1024 ** 2;
const BATCH_ROWS = 2048;
/** Batches the scanning thread may run ahead: ~8 × 2048 rows, a few MB. */
const WINDOW = 8;

const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

function minBytes(): number {
  const env = process.env.CADRE_STATS_SCAN_THREAD_BYTES;
  return env !== undefined && /^\d+$/.test(env) ? Number(env) : DEFAULT_MIN_BYTES;
}

/** One sheet being scanned on another thread; rows wait (bounded) until `consume` is called. */
class ScanThread {
  private readonly worker: Worker;
  private readonly consumed = new Int32Array(new SharedArrayBuffer(4));
  private readonly queue: ScanWorkerMessage[] = [];
  private deliver?: (m: ScanWorkerMessage) => void;
  private ended = false;

  constructor(file: string, sheetIndex: number) {
    const data: ScanWorkerData = { file, sheetIndex, consumed: this.consumed.buffer as SharedArrayBuffer, batchRows: BATCH_ROWS, window: WINDOW };
    this.worker = new Worker(WORKER_URL, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
    this.worker.on('message', (m: ScanWorkerMessage) => this.push(m));
    this.worker.on('error', (e: Error) =>
      this.push({ kind: 'error', code: 'DAMAGED_FILE', message: `${file}: damaged workbook: ${e.message}`, hint: 'open it in Excel and save it again' }),
    );
    this.worker.on('exit', () =>
      this.push({ kind: 'error', code: 'DAMAGED_FILE', message: `${file}: the sheet reader stopped early`, hint: 'open it in Excel and save it again' }),
    );
  }

  private push(m: ScanWorkerMessage): void {
    if (this.ended) return;
    if (m.kind !== 'rows') this.ended = true;
    if (this.deliver) this.deliver(m);
    else this.queue.push(m);
  }

  /** Hands every row to `onRow` with the main thread's shared strings; resolves when the sheet is done. */
  consume(strings: readonly string[], onRow: RowHandler, events: ReadEvents, total: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const handle = (m: ScanWorkerMessage): void => {
        if (m.kind === 'rows') {
          try {
            decodeRowBatch(m.batch, strings, onRow, events.onFormula);
            events.progress?.(m.batch.bytes, total);
          } catch (err) {
            this.stop();
            reject(err);
            return;
          }
          Atomics.add(this.consumed, 0, 1);
          Atomics.notify(this.consumed, 0);
        } else if (m.kind === 'done') resolve();
        else reject(new CadreError(m.code as CadreErrorCode, m.message, m.hint));
      };
      this.deliver = handle;
      for (const m of this.queue.splice(0)) handle(m);
    });
  }

  stop(): void {
    this.ended = true;
    void this.worker.terminate();
  }
}

/**
 * Wraps an in-thread xlsx so that its big sheets are scanned on a second thread: the scan starts when
 * the sheet's merges are asked for (they come first, from a separate pass), so both passes overlap.
 * Falls back to the calling thread when the compiled worker is not there (running from sources).
 */
export function withScanThread(wb: XlsxSource): WorkbookSource {
  const limit = minBytes();
  if (!existsSync(fileURLToPath(WORKER_URL))) return wb;
  const threads = new Map<number, ScanThread>();
  const start = (ref: SheetRef): ScanThread | undefined => {
    if (wb.sheetBytes(ref) < limit) return undefined;
    let t = threads.get(ref.index);
    if (!t) threads.set(ref.index, (t = new ScanThread(wb.file, ref.index)));
    return t;
  };
  return {
    file: wb.file,
    format: wb.format,
    sheets: wb.sheets,
    date1904: wb.date1904,
    readMerges: (ref) => {
      start(ref);
      return wb.readMerges(ref);
    },
    readRows: async (ref, onRow, events = {}) => {
      const t = start(ref);
      if (!t) return wb.readRows(ref, onRow, events);
      try {
        await t.consume(wb.sharedStrings, onRow, events, wb.sheetBytes(ref));
      } finally {
        threads.delete(ref.index);
        t.stop();
      }
    },
    close: async () => {
      for (const t of threads.values()) t.stop();
      threads.clear();
      await wb.close();
    },
  };
}
