/**
 * The scanning thread for big sheets: opens the workbook itself, inflates and scans one sheet, and posts
 * its rows to the main thread in packed batches (typed arrays, moved not copied), so reading and counting
 * run on two cores. A shared counter of batches consumed holds it back when the main thread falls behind:
 * memory stays bounded whatever the sheet's size. It imports the reader, never the module that starts it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { asReadFailure } from '../read-error.js';
import { scanFailure, type ScanMessage } from '../scan-thread-rows.js';
import { scanPacked } from '../xlsx/scan-packed.js';
import { FileSource } from './file-source.js';
import { nodePlatformInWorker } from './node-platform.js';
import { lowerThreadPriority } from './thread-priority.js';

export interface ScanWorkerData {
  path: string;
  name: string;
  sheetIndex: number;
  /** [0]: batches the main thread has consumed. */
  consumed: SharedArrayBuffer;
  batchRows: number;
  window: number;
}

async function run(data: ScanWorkerData): Promise<void> {
  const port = parentPort!;
  // The main thread sets the pace: this one gives way to it on a busy core (see thread-priority.ts).
  lowerThreadPriority();
  const consumed = new Int32Array(data.consumed);
  const started = performance.now();
  let waitedMs = 0;
  let posted = 0;
  const source = await FileSource.open(data.path, data.name);
  const merges = await scanPacked(source, nodePlatformInWorker, data.sheetIndex, data.batchRows, (batch) => {
    port.postMessage({ kind: 'rows', batch } satisfies ScanMessage, [batch.ints.buffer as ArrayBuffer, batch.nums.buffer as ArrayBuffer]);
    posted++;
    // Wait (this thread only) while the main thread is `window` batches behind.
    let seen = Atomics.load(consumed, 0);
    if (posted - seen <= data.window) return;
    const from = performance.now();
    for (; posted - seen > data.window; seen = Atomics.load(consumed, 0)) Atomics.wait(consumed, 0, seen, 1000);
    waitedMs += performance.now() - from;
  });
  port.postMessage({ kind: 'done', merges, ms: performance.now() - started, waitedMs } satisfies ScanMessage);
}

run(workerData as ScanWorkerData).catch((err: unknown) => parentPort!.postMessage(scanFailure(asReadFailure((workerData as ScanWorkerData).name, err))));
