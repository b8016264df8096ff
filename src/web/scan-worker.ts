import { Credits, scanBlob, type ScanRequest } from '../io/browser/blob-scan.js';
import type { ScanMessage } from '../io/scan-thread-rows.js';

/** Runs in a scanning worker (started by scan-threads.ts): says it is ready, then scans the sheet it is given. */
export function startScanWorker(): void {
  const scope = self as unknown as Worker;
  const credits = new Credits();
  const post = (m: ScanMessage, transfer: ArrayBuffer[] = []): void => scope.postMessage(m, transfer);
  scope.onmessage = (ev: MessageEvent<ScanRequest | { type: 'consumed' }>) => {
    const m = ev.data;
    if (m.type === 'consumed') credits.add();
    else if (m.type === 'scan') void scanBlob(m, post, credits);
  };
  scope.postMessage({ kind: 'ready' });
}
