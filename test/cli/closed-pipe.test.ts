import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

// `cadre-stats --help | head -3`: the reader closes the pipe before the help is written. The program must end
// quietly (exit 0, nothing on stderr), not with Node's "Unhandled 'error' event … EPIPE" and a stack.
describe('output into a pipe that is already closed', () => {
  it.each([[['--help']], [['summarize', '--help']], [['--version']], [['summarize', join('fixtures', 'sample-roster.xlsx'), '--quiet']]])('%j', (args) => {
    const bin = join(ROOT, 'bin', 'cadre-stats.js');
    // `true` exits without reading: every write of the program meets a closed pipe.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" ${args.map((a) => `'${a}'`).join(' ')} | true; echo "exit=\${PIPESTATUS[0]}" >&2`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8' },
    });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr.trim()).toBe('exit=0');
  });
});
