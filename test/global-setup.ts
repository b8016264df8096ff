import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ROOT, sourceHash, STAMP } from '../scripts/source-hash.js';

/**
 * Runs once before the test files. The CLI tests run the built binary (bin/ → dist/), so dist/ is rebuilt
 * from scratch whenever the sources differ from those it was built from: tests never pass on a stale build.
 */
export default function setup(): void {
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceHash()) return;
  process.stderr.write('test setup: dist/ is missing or older than src/: npm run build\n');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status}): the tests need a fresh dist/`);
}
