// Preloaded into benchmarked and tested processes (node --import): reports the peak resident set size and the
// CPU time (user + system) at exit; a test judges speed by CPU time, which a busy machine does not inflate.
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
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`__MAXRSS_KB__ ${kb}\n__CPU_MS__ ${Math.round((userCPUTime + systemCPUTime) / 1000)}\n`);
});
