import './page.css';
import { usePageWording } from '../vocab/ui.js';
import { SCAN_WORKER_NAME } from './scan-threads.js';

// Notes and errors name the page's controls, not the CLI's options (ui-web.json's `page:` phrases), in every role below.
usePageWording();

// No zod in the page: nothing in it validates (the vocabulary is checked by tests, the page has no --config),
// and importing zod only to tell it not to try eval (the Content-Security-Policy forbids it) cost 0.4 MB.
// Code that brings zod back must call z.config({ jitless: true }) first.

// One script, two roles: in the page it draws the controls; started again from a blob: URL of its own
// text, it is the Web Worker that reads the rosters (so the page stays responsive on big files).
// Started under SCAN_WORKER_NAME by the reading worker, it scans a big sheet for it (scan-threads.ts).
if (typeof document === 'undefined') {
  if (self.name === SCAN_WORKER_NAME) void import('./scan-worker.js').then((m) => m.startScanWorker());
  else void import('./worker.js').then((m) => m.startWorker());
} else {
  const script = document.getElementById('cadre-stats-script');
  void import('./page.js').then((m) => m.startPage(document.getElementById('app')!, script?.textContent ?? ''));
}
