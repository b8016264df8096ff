/**
 * The scanning thread for big sheets: opens the workbook itself, inflates and scans one sheet, and
 * posts its rows to the main thread in batches (typed arrays, moved not copied), so reading and
 * counting run on two cores. A shared counter of batches consumed holds it back when the main thread
 * falls behind: memory stays bounded whatever the sheet's size.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CadreError } from '../../model/cadre-error.js';
import { RowBatchEncoder, type RowBatch } from './row-batch.js';
import { openXlsxInThread } from './xlsx-source.js';

export interface ScanWorkerData {
  file: string;
  sheetIndex: number;
  /** [0]: batches the main thread has consumed. */
  consumed: SharedArrayBuffer;
  batchRows: number;
  window: number;
}

export type ScanWorkerMessage = { kind: 'rows'; batch: RowBatch } | { kind: 'done' } | { kind: 'error'; code: string; message: string; hint?: string };

async function run(data: ScanWorkerData): Promise<void> {
  const port = parentPort!;
  const consumed = new Int32Array(data.consumed);
  let posted = 0;
  const wb = await openXlsxInThread(data.file);
  try {
    const encoder: RowBatchEncoder = new RowBatchEncoder(wb.sharedStrings, { batchRows: data.batchRows, onFull: () => flush() });
    let bytes = 0;
    const flush = (): void => {
      const batch = encoder.take(bytes);
      port.postMessage({ kind: 'rows', batch } satisfies ScanWorkerMessage, [batch.ints.buffer as ArrayBuffer, batch.nums.buffer as ArrayBuffer]);
      posted++;
      // Wait (this thread only) while the main thread is `window` batches behind.
      for (let seen = Atomics.load(consumed, 0); posted - seen > data.window; seen = Atomics.load(consumed, 0)) {
        Atomics.wait(consumed, 0, seen, 1000);
      }
    };
    const ref = wb.sheets.find((s) => s.index === data.sheetIndex)!;
    // The scanner writes cells straight into the encoder, which sends each batch once it holds enough rows.
    await wb.readRows(ref, () => {}, { progress: (done) => (bytes = done), onFormula: (row, col) => encoder.formula(row, col), sink: encoder });
    if (encoder.pendingRows > 0) flush();
    port.postMessage({ kind: 'done' } satisfies ScanWorkerMessage);
  } finally {
    await wb.close();
  }
}

run(workerData as ScanWorkerData).catch((err: unknown) => {
  const e =
    err instanceof CadreError
      ? err
      : new CadreError(
          'DAMAGED_FILE',
          `${(workerData as ScanWorkerData).file}: damaged workbook: ${(err as Error).message}`,
          'open it in Excel and save it again',
        );
  parentPort!.postMessage({ kind: 'error', code: e.code, message: e.message, hint: e.hint } satisfies ScanWorkerMessage);
});
