import type { DownloadAsk, FromWorker, Job, PageOptions, ScriptMessage, ToWorker } from './protocol.js';
import { scanThreadBytesIn } from './scan-threads.js';

type Progress = Extract<FromWorker, { type: 'progress' }>;
type RunEnd = Extract<FromWorker, { type: 'result' | 'error' }>;
type DownloadEnd = Extract<FromWorker, { type: 'file' | 'error' }>;

/** The page's side of the reading worker: one run at a time, a newer run cancels an older one. */
export interface WorkerClient {
  /** Starts a run (cancelling the one still running, if any); returns its id. */
  run(job: Job, options: PageOptions, onProgress: (p: Progress) => void, onEnd: (end: RunEnd) => void): number;
  /** Asks for a download of the last result. */
  download(ask: DownloadAsk, onEnd: (end: DownloadEnd) => void): void;
  /** Stops the run still reading, if any (its result will never be given). */
  cancel(): void;
  /** How many runs were cancelled (for the end-to-end test). */
  readonly cancelled: number;
}

/** Starts the worker from the page's own script (a blob: URL, which the page's CSP allows). */
export function workerClient(scriptText: string): WorkerClient {
  const script = new Blob([scriptText], { type: 'text/javascript' });
  const url = URL.createObjectURL(script);
  const pending = new Map<number, (msg: FromWorker) => void>();
  let nextId = 1;
  let running: number | undefined;
  let cancelled = 0;
  let worker = start();

  function start(): Worker {
    const w = new Worker(url);
    w.onmessage = (ev: MessageEvent<FromWorker>) => pending.get(ev.data.id)?.(ev.data);
    // The worker cannot start a worker from the page's URL (a file:// page's origin is opaque, and the URL
    // is not the worker's): it gets the script itself, and makes a URL of its own.
    w.postMessage({ type: 'script', script, scanThreadBytes: scanThreadBytesIn(location.hash) } satisfies ScriptMessage);
    return w;
  }

  function ask(msg: ToWorker, onMessage: (msg: FromWorker) => void): void {
    pending.set(msg.id, onMessage);
    worker.postMessage(msg);
  }

  return {
    run(job, options, onProgress, onEnd) {
      // A run still reading is stopped, not raced: the worker is ended (its reading stops with it) and a
      // fresh one takes the new run, so an older result can never arrive after a newer one was asked for.
      // The worker's last result goes with it; the new run replaces it before any download can ask for it.
      this.cancel();
      const id = nextId++;
      running = id;
      ask({ type: 'run', id, job, options }, (msg) => {
        if (msg.type === 'progress') return onProgress(msg);
        if (msg.type !== 'result' && msg.type !== 'error') return;
        pending.delete(id);
        running = undefined;
        onEnd(msg);
      });
      return id;
    },
    download(d, onEnd) {
      const id = nextId++;
      ask({ type: 'download', id, ask: d }, (msg) => {
        if (msg.type !== 'file' && msg.type !== 'error') return;
        pending.delete(id);
        onEnd(msg);
      });
    },
    cancel() {
      if (running === undefined) return;
      worker.terminate();
      pending.clear();
      running = undefined;
      cancelled++;
      worker = start();
    },
    get cancelled() {
      return cancelled;
    },
  };
}
