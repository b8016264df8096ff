// The offline page on a big roster, in headless Chromium (Debian's, /usr/bin/chromium; never downloaded):
// time from giving it the file to the first table shown, and the peak resident memory of the browser's
// processes meanwhile (all of Chromium's processes, summed, as the CLI's peak RSS counts its one process).
//
// The time is taken by the page's own clock: from the file input's "change" (the file given) to the first
// frame painted after the report was put in the page (a MutationObserver sees it; the next animation frame,
// then a task after it, is when that frame has been drawn). Not by Playwright's waitForSelector, which after
// its first ~270 ms looks only every 500 ms: up to half a second was added to the time, by chance.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from '../scripts/chromium.js';

export { CHROMIUM };

/** Resident memory (MB) of every process descending from this one, summed (from /proc). */
function descendantsRssMB() {
  const parent = new Map();
  const rss = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(pid), Number(fields[1]));
      rss.set(Number(pid), (Number(fields[21]) * 4096) / 1048576);
    } catch {
      // The process ended while it was being read.
    }
  }
  let total = 0;
  for (const [pid, mb] of rss) {
    for (let p = parent.get(pid); p; p = parent.get(p)) {
      if (p === process.pid) {
        total += mb;
        break;
      }
    }
  }
  return total;
}

/** Times the page on `file` `runs` times (a fresh browser each); medians of seconds and peak RSS. */
export async function benchPage(root, file, runs, outDir) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const { chromium } = await import('playwright-core');
  const page = join(outDir, 'cadre-stats.html');
  const w = spawnSync(process.execPath, [join(root, 'bin', 'cadre-stats.js'), 'web', '--out', page, '--quiet'], { encoding: 'utf8' });
  if (w.status !== 0) throw new Error(`cadre-stats web failed: ${w.stderr}`);
  const seconds = [];
  const peaks = [];
  const idles = [];
  for (let i = 0; i < runs; i++) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const tab = await browser.newPage();
      await tab.goto(pathToFileURL(page).href);
      await tab.fill('#as-of', '2024-12-31');
      await tab.waitForSelector('#drop');
      await tab.evaluate(() => {
        const t = (window.__benchTimes = {});
        document.addEventListener('change', (ev) => ev.target.id === 'files' && (t.given ??= performance.now()), true);
        const seen = new MutationObserver(() => {
          if (!document.getElementById('report')) return;
          seen.disconnect();
          requestAnimationFrame(() => setTimeout(() => (t.shown = performance.now())));
        });
        seen.observe(document.body, { subtree: true, childList: true });
      });
      const idle = descendantsRssMB();
      let peak = idle;
      const timer = setInterval(() => (peak = Math.max(peak, descendantsRssMB())), 100);
      await tab.setInputFiles('#files', file);
      await tab.waitForSelector('#report', { timeout: 1_800_000 });
      const t = await (await tab.waitForFunction(() => window.__benchTimes.shown !== undefined && window.__benchTimes)).jsonValue();
      seconds.push(Math.round(t.shown - t.given) / 1000);
      clearInterval(timer);
      peaks.push(Math.max(peak, descendantsRssMB()));
      idles.push(idle);
    } finally {
      await browser.close();
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { seconds: median(seconds), peakRssMB: Math.round(median(peaks)), idleRssMB: Math.round(median(idles)) };
}
