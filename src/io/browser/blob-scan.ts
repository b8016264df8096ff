import { asReadFailure } from '../read-error.js';
import { scanFailure, type ScanMessage } from '../scan-thread-rows.js';
import { scanPacked } from '../xlsx/scan-packed.js';
import { blobSource } from './blob-source.js';
import { browserPlatform } from './browser-platform.js';

/** What the page's worker asks of a scanning worker: one sheet of a file, in batches, at most `window` ahead. */
export interface ScanRequest {
  type: 'scan';
  blob: Blob;
  name: string;
  sheetIndex: number;
  batchRows: number;
  window: number;
}

/** The batches consumed, as the reading worker tells them (a Web Worker cannot block on a shared counter). */
export class Credits {
  private count = 0;
  private wake?: () => void;

  /** A batch was consumed. */
  add(): void {
    this.count++;
    this.wake?.();
  }

  /** Resolves once at most `window` of the `posted` batches are not consumed; answers the milliseconds waited. */
  async atMost(posted: number, window: number): Promise<number> {
    if (posted - this.count <= window) return 0;
    const from = performance.now();
    while (posted - this.count > window) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    return performance.now() - from;
  }
}

/**
 * A scanning worker's job in the page (what io/node/scan-worker.ts does in the CLI): opens the file itself,
 * scans one sheet into packed batches posted as they fill (their buffers moved, not copied), and waits
 * between inflated pieces while `window` batches are not consumed. Ends with `done` (the merged ranges and
 * its times) or what stopped it: the file's fault, or ours.
 */
export async function scanBlob(req: ScanRequest, post: (m: ScanMessage, transfer?: ArrayBuffer[]) => void, credits: Credits): Promise<void> {
  const started = performance.now();
  let waitedMs = 0;
  let posted = 0;
  try {
    const merges = await scanPacked(
      blobSource(req.name, req.blob),
      browserPlatform,
      req.sheetIndex,
      req.batchRows,
      (batch) => {
        post({ kind: 'rows', batch }, [batch.ints.buffer as ArrayBuffer, batch.nums.buffer as ArrayBuffer]);
        posted++;
      },
      async () => {
        waitedMs += await credits.atMost(posted, req.window);
      },
    );
    post({ kind: 'done', merges, ms: performance.now() - started, waitedMs });
  } catch (err) {
    post(scanFailure(asReadFailure(req.name, err)));
  }
}
