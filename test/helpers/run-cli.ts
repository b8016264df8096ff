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
}

/**
 * Runs the BUILT binary (bin/cadre-stats.js → dist/) as a user would, colour off, TZ pinned,
 * with a wall-clock limit; reports the peak RSS the child saw.
 */
export function runCli(args: string[], opts: { timeoutMs?: number; cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', join(ROOT, 'bench', 'report-rss.js'), join(ROOT, 'bin', 'cadre-stats.js'), ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, TZ: 'UTC', NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
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
      const rss = /__MAXRSS_KB__ (\d+)\n?/.exec(stderr);
      resolve({ code, stdout, stderr: stderr.replace(/__MAXRSS_KB__ \d+\n?/, ''), ms: Date.now() - started, timedOut, peakRssKb: rss ? Number(rss[1]) : null });
    });
  });
}
