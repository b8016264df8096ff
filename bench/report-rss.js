// Preloaded into benchmarked processes (node --import): reports the peak resident set size at exit.
// It reads VmHWM of this process's own memory map: getrusage's maxrss would carry over the high-water mark
// of the (large) benchmark runner that forked it.
import { readFileSync } from 'node:fs';

process.on('exit', () => {
  let kb = process.resourceUsage().maxRSS;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) kb = Number(m[1]);
  } catch (err) {
    if (!(err instanceof Error)) throw err; // no /proc: keep getrusage's figure
  }
  process.stderr.write(`__MAXRSS_KB__ ${kb}\n`);
});
