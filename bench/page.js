// The offline page on a big roster, in headless Chromium (Debian's, /usr/bin/chromium; never downloaded):
// time from giving it the file to the first table shown, and the peak resident memory of the browser's
// processes meanwhile (all of Chromium's processes, summed, as the CLI's peak RSS counts its one process).
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
      const idle = descendantsRssMB();
      let peak = idle;
      const timer = setInterval(() => (peak = Math.max(peak, descendantsRssMB())), 100);
      const t0 = process.hrtime.bigint();
      await tab.setInputFiles('#files', file);
      await tab.waitForSelector('#report', { timeout: 1_800_000 });
      seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
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
