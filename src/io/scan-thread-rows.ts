import type { ThreadRows } from './byte-source.js';
import type { MergeRange } from './sheet-rows.js';
import type { PackedRows } from './xlsx/packed-rows.js';
import { CadreError, type CadreErrorCode } from '../model/cadre-error.js';

/** What a scanning thread sends (Node's worker thread and the page's scanning worker alike). */
export type ScanMessage =
  | { kind: 'rows'; batch: PackedRows }
  /** The end: the sheet's merged ranges, the thread's time from start and the part of it spent waiting for the main thread. */
  | { kind: 'done'; merges: MergeRange[]; ms: number; waitedMs: number }
  | { kind: 'error'; code: string; message: string; hint?: string }
  | { kind: 'internal'; message: string; stack: string };

/** How a thread's rows are given back to it: the consumer says each batch taken, and stops the thread. */
export interface ScanPort {
  /** A batch was taken: the thread may run one further ahead. */
  consumed(): void;
  /** Ends the thread (it may be reading still). */
  terminate(): Promise<unknown> | void;
}

/** The two threads' times, for the report issue 17 asks (see CADRE_STATS_THREAD_REPORT in io/node/scan-thread.ts). */
export interface ThreadTimes {
  /** The scanning thread's time and how much of it it waited for the main thread. */
  scanMs: number;
  scanWaitedMs: number;
  /** The main thread's time from the thread's start, and how much of it it waited for rows. */
  mainMs: number;
  mainWaitedMs: number;
}

/**
 * A sheet scanned on another thread, pulled as packed row batches, then its merged ranges: the messages
 * the platform's glue `push`es, queued and taken in order. The thread runs at most its window of batches
 * ahead of the pulls (it learns of each pull through the port).
 */
export class QueuedThreadRows implements ThreadRows {
  private readonly queue: ScanMessage[] = [];
  private wake?: () => void;
  private ended = false;
  private taken = 0;
  private readonly started = performance.now();
  /** Time this thread spent waiting for a batch. */
  private starvedMs = 0;
  merges: MergeRange[] | undefined;

  constructor(
    private readonly port: ScanPort,
    private readonly onTimes?: (times: ThreadTimes) => void,
  ) {}

  /** A message from the thread (ignored once it has ended or was stopped). */
  push(m: ScanMessage): void {
    if (this.ended) return;
    if (m.kind !== 'rows') this.ended = true;
    this.queue.push(m);
    this.wake?.();
  }

  private async next(): Promise<ScanMessage> {
    if (this.queue.length === 0) {
      const from = performance.now();
      while (this.queue.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
      this.starvedMs += performance.now() - from;
    }
    this.wake = undefined;
    return this.queue.shift()!;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<PackedRows> {
    try {
      for (;;) {
        // Asking for the next batch says the previous one is consumed: the thread may run on.
        if (this.taken > 0) this.port.consumed();
        const m = await this.next();
        if (m.kind === 'done') {
          this.merges = m.merges;
          this.onTimes?.({ scanMs: m.ms, scanWaitedMs: m.waitedMs, mainMs: performance.now() - this.started, mainWaitedMs: this.starvedMs });
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
    await this.port.terminate();
  }
}

/** The message a scanning thread sends for what stopped it: the file's fault (a CadreError) or ours. */
export function scanFailure(e: unknown): ScanMessage {
  return e instanceof CadreError
    ? { kind: 'error', code: e.code, message: e.message, hint: e.hint }
    : { kind: 'internal', message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack ?? '' };
}
