import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * The scanning thread's nice value: it reads ahead of the main thread and waits for it (~15% of its time on
 * the diverse 1M roster), while the main thread, which counts, sets the pace. On two cores the main thread
 * also shares them with zlib's and V8's helper threads: it stood runnable and not running ~0.5 s of a 3 s
 * run (its /proc schedstat), a fifth of them spent behind the scanning thread. At a lower priority the
 * scanning thread gives way when both are ready to run, and still keeps ahead.
 */
const SCAN_NICE = 10;

/** The calling thread's own id on Linux (from /proc/thread-self), else undefined. */
export function ownThreadId(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lowers thread `tid`'s priority (the calling thread's by default; never the main thread's, whose id is the
 * process id) to `CADRE_STATS_SCAN_NICE` (0–19, for measuring; 0 leaves it), else SCAN_NICE. Answers the
 * nice value set, or undefined when nothing changed (not Linux, or refused): only speed depends on it.
 */
export function lowerThreadPriority(env: NodeJS.ProcessEnv = process.env, tid = ownThreadId()): number | undefined {
  const asked = env.CADRE_STATS_SCAN_NICE;
  const nice = asked !== undefined && /^1?\d$/.test(asked) ? Number(asked) : SCAN_NICE;
  if (nice === 0 || tid === undefined || tid === process.pid) return undefined;
  try {
    setPriority(tid, nice);
    return nice;
  } catch {
    return undefined;
  }
}
