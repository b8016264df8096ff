/**
 * The scanning thread for big sheets: opens the workbook itself, inflates and scans one sheet, and posts
 * its rows to the main thread in packed batches (typed arrays, moved not copied), so reading and counting
 * run on two cores. A shared counter of batches consumed holds it back when the main thread falls behind:
 * memory stays bounded whatever the sheet's size. It imports the reader, never the module that starts it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { asReadFailure } from '../read-error.js';
import type { MergeRange } from '../sheet-rows.js';
import { type PackedRows, PackedRowsEncoder } from '../xlsx/packed-rows.js';
import { openXlsx } from '../xlsx/xlsx-reader.js';
import { ZipArchive } from '../zip/zip-archive.js';
import { CadreError } from '../../model/cadre-error.js';
import { FileSource } from './file-source.js';
import { nodePlatformInWorker } from './node-platform.js';

export interface ScanWorkerData {
  path: string;
  name: string;
  sheetIndex: number;
  /** [0]: batches the main thread has consumed. */
  consumed: SharedArrayBuffer;
  batchRows: number;
  window: number;
}

export type ScanWorkerMessage =
  | { kind: 'rows'; batch: PackedRows }
  /** The end: the sheet's merged ranges, this thread's time from start and the part of it spent waiting for the main thread. */
  | { kind: 'done'; merges: MergeRange[]; ms: number; waitedMs: number }
  | { kind: 'error'; code: string; message: string; hint?: string }
  | { kind: 'internal'; message: string; stack: string };

async function run(data: ScanWorkerData): Promise<void> {
  const port = parentPort!;
  const consumed = new Int32Array(data.consumed);
  const started = performance.now();
  let waitedMs = 0;
  let posted = 0;
  const source = await FileSource.open(data.path, data.name);
  const wb = await openXlsx(
    await ZipArchive.open(source, nodePlatformInWorker).catch((err: unknown) => Promise.reject(asReadFailure(data.name, err))),
    nodePlatformInWorker,
    { indicesOnly: true },
  );
  try {
    let bytes = 0;
    const flush = (): void => {
      const batch = encoder.take(bytes);
      port.postMessage({ kind: 'rows', batch } satisfies ScanWorkerMessage, [batch.ints.buffer as ArrayBuffer, batch.nums.buffer as ArrayBuffer]);
      posted++;
      // Wait (this thread only) while the main thread is `window` batches behind.
      let seen = Atomics.load(consumed, 0);
      if (posted - seen <= data.window) return;
      const from = performance.now();
      for (; posted - seen > data.window; seen = Atomics.load(consumed, 0)) Atomics.wait(consumed, 0, seen, 1000);
      waitedMs += performance.now() - from;
    };
    const encoder = new PackedRowsEncoder({ batchRows: data.batchRows, onFull: flush });
    const ref = wb.sheets[data.sheetIndex];
    // The scanner writes cells straight into the encoder, which sends each batch once it holds enough rows.
    let merges: MergeRange[] = [];
    for await (const batch of wb.scanInto(ref, encoder, (row, col) => encoder.formula(row, col))) {
      bytes = batch.bytes ?? 0;
      if (batch.merges) merges = batch.merges;
    }
    // The last rows, or formula cells alone (a row of uncalculated sums after a full batch has no other cell).
    if (encoder.pendingRows > 0 || encoder.pendingFormulas > 0) flush();
    port.postMessage({ kind: 'done', merges, ms: performance.now() - started, waitedMs } satisfies ScanWorkerMessage);
  } finally {
    await wb.close();
  }
}

run(workerData as ScanWorkerData).catch((err: unknown) => {
  const e = asReadFailure((workerData as ScanWorkerData).name, err);
  const message: ScanWorkerMessage =
    e instanceof CadreError
      ? { kind: 'error', code: e.code, message: e.message, hint: e.hint }
      : { kind: 'internal', message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack ?? '' };
  parentPort!.postMessage(message);
});
