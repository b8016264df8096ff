import { z } from 'zod';
import './page.css';

// The page's Content-Security-Policy forbids eval: zod is told not to try it.
z.config({ jitless: true });

// One script, two roles: in the page it draws the controls; started again from a blob: URL of its own
// text, it is the Web Worker that reads the rosters (so the page stays responsive on big files).
if (typeof document === 'undefined') {
  void import('./worker.js').then((m) => m.startWorker());
} else {
  const script = document.getElementById('cadre-stats-script');
  void import('./page.js').then((m) => m.startPage(document.getElementById('app')!, script?.textContent ?? ''));
}
