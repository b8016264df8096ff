import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export { CORPUS } from './shared.js';
export const FIXTURES = join(ROOT, 'fixtures');

/**
 * How long a CLI run may take before it counts as hung. A guard against endless loops on hostile files, not
 * a speed test (speed is measured by `npm run bench`): generous, since a 2-core machine running several
 * suites at once makes honest runs ten times slower.
 */
export const HANG_GUARD_MS = 180_000;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  peakRssKb: number | null;
  /** CPU time the process used (user + system, main and worker threads), in ms. */
  cpuMs: number | null;
}

/**
 * Runs the BUILT binary (bin/cadre-stats.js → dist/) as a user would, colour off, TZ pinned, with a
 * wall-clock limit that only guards against hangs (the machine may be busy: judge speed by `cpuMs`);
 * reports the peak RSS and the CPU time the child used.
 */
export function runCli(args: string[], opts: { timeoutMs?: number; cwd?: string; env?: Record<string, string>; bin?: string } = {}): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', join(ROOT, 'bench', 'report-rss.js'), opts.bin ?? join(ROOT, 'bin', 'cadre-stats.js'), ...args], {
      cwd: opts.cwd ?? ROOT,
      // The locale pinned to a neutral one: an English LANG would switch the output to English.
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TZ: 'UTC', NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? HANG_GUARD_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      // Reported once per thread (the preload runs in workers too), the main thread's last: it holds the
      // whole process's figures. Every report is stripped from stderr.
      const last = (re: RegExp): number | null => {
        const all = [...stderr.matchAll(re)];
        return all.length ? Number(all[all.length - 1][1]) : null;
      };
      const rest = stderr.replace(/__(MAXRSS_KB|CPU_MS)__ \d+\n?/g, '');
      resolve({ code, stdout, stderr: rest, ms: Date.now() - started, timedOut, peakRssKb: last(/__MAXRSS_KB__ (\d+)/g), cpuMs: last(/__CPU_MS__ (\d+)/g) });
    });
  });
}
