import { blobOf } from '../io/browser/blob-source.js';
import type { ScanRequest } from '../io/browser/blob-scan.js';
import type { SheetScanThread } from '../io/byte-source.js';
import { QueuedThreadRows, type ScanMessage } from '../io/scan-thread-rows.js';

/** The name a scanning worker is started with: the page's script, started under it, scans instead of reading rosters. */
export const SCAN_WORKER_NAME = 'cadre-stats-scan';

/**
 * Sheets whose XML inflates past this are scanned on a second thread: 64 MiB, ~150,000 rows of a simple
 * roster. Lower than that the second worker costs more than it saves: headless Chromium on two cores read
 * 100,000 rows (44 MB of XML) in 1.47 s on one thread, 1.57 s on two; a million in 9.6 s against 8.8 s,
 * the diverse million in 14.0 s against 11.0 s (bench/results/profile-diverse-1m.md). The page's address
 * may set it (`#scan-thread-bytes=0`: every xlsx sheet on two threads, as the end-to-end test reads).
 */
export const MIN_BYTES = 64 * 1024 ** 2;
const BATCH_ROWS = 2048;
/** Batches the scanning worker may run ahead (as in the CLI: ~20 MB at most on a wide roster). */
const WINDOW = 32;

/**
 * The page's second thread for big xlsx sheets: a Web Worker started, from the reading worker, from the
 * page's own script (`scriptUrl`, a blob: URL the reading worker made). Starting one compiles that script
 * (~0.1 s), so one is started ahead and given the next big sheet, ready or still starting (a message waits
 * for it); a new one is started for the sheet after once that sheet is read. Where a worker cannot be started (a browser with
 * no worker inside a worker), sheets are read on the one thread, as they always could be; a worker that
 * fails once given a sheet is said as an error, never taken for the end of the rows. A cancelled run ends
 * its reading worker, and the scanning worker with it.
 */
export function pageScanThread(scriptUrl: string, minBytes = MIN_BYTES): PageScanThread {
  let spare: Worker | undefined;
  let taken = 0;
  const startSpare = (): void => {
    let w: Worker;
    try {
      w = new Worker(scriptUrl, { name: SCAN_WORKER_NAME });
    } catch {
      spare = undefined;
      return;
    }
    spare = w;
    // Could not start (not allowed, out of memory) before it was given a sheet: not used.
    w.onerror = (ev) => {
      ev.preventDefault();
      w.terminate();
      if (spare === w) spare = undefined;
    };
  };
  startSpare();
  const scanThread: SheetScanThread = (source, sheetIndex, sheetBytes) => {
    const blob = blobOf(source);
    const w = spare;
    if (!blob || sheetBytes < minBytes || !w) return undefined;
    spare = undefined;
    const rows = new QueuedThreadRows({
      consumed: () => w.postMessage({ type: 'consumed' }),
      // The next one is started once this one ends: started at once, it took a core from this sheet's reading.
      terminate: () => {
        w.terminate();
        if (!spare) startSpare();
      },
    });
    // Its first word says it has started (it may come after the sheet was sent): not a batch.
    w.onmessage = (ev: MessageEvent<ScanMessage | { kind: 'ready' }>) => ev.data.kind !== 'ready' && rows.push(ev.data);
    // Not the file's fault: the worker failed (a bug of ours, or out of memory).
    w.onerror = (ev) => {
      ev.preventDefault();
      rows.push({ kind: 'internal', message: `the sheet scanning worker failed: ${ev.message}`, stack: '' });
    };
    w.postMessage({ type: 'scan', blob, name: source.name, sheetIndex, batchRows: BATCH_ROWS, window: WINDOW } satisfies ScanRequest);
    taken++;
    return rows;
  };
  return {
    scanThread,
    get taken() {
      return taken;
    },
  };
}

/** The page's second thread, and how many sheets it has been given so far. */
export interface PageScanThread {
  scanThread: SheetScanThread;
  readonly taken: number;
}

/** The threshold the page's address sets (`#scan-thread-bytes=N`), if it sets one. */
export function scanThreadBytesIn(hash: string): number | undefined {
  const m = /(?:^#|&)scan-thread-bytes=(\d+)(?:&|$)/.exec(hash);
  return m ? Number(m[1]) : undefined;
}
