import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HANG_GUARD_MS, runCli } from '../helpers/run-cli.js';
import { CORPUS, noCorpus } from '../helpers/shared.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name === 'README.md' ? [] : [path];
  });
}

const skip = noCorpus('the corpus sweep (inspect over every corpus file)');
const files = skip ? [] : filesUnder(CORPUS).sort();
const outcomes = new Map<string, number>();
// Outcomes pinned by file: what the user is told about these must not drift to "damaged" or "other".
const PINNED: Record<string, string> = {
  'calamine/pass_protected.xlsx': 'password-protected',
  'calamine/pass_protected.xlsb': 'password-protected',
  'calamine/pass_protected.ods': 'password-protected',
  'calamine/issue_385.xls': 'password-protected',
  'calamine/OOM_alloc3.xls': 'damaged',
};

// Every real-world (often broken) spreadsheet of the corpus: `inspect` ends in under 10 s with a result
// (exit 0) or a one-line error naming the file (exit 1) — never a stack trace, a crash or a hang.
describe.skipIf(skip)('inspect over every corpus file', { concurrent: true }, () => {
  it('has the corpus beside the checkout', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it('pins files that are in the corpus', () => {
    for (const name of Object.keys(PINNED)) expect(files).toContain(join(CORPUS, name));
  });

  it.each(files.map((f) => [relative(CORPUS, f), f]))(
    '%s',
    async (name, file) => {
      const r = await runCli(['inspect', file, '--lang', 'en'], { timeoutMs: HANG_GUARD_MS });
      expect(r.timedOut, `${file} did not end within ${HANG_GUARD_MS / 1000} s`).toBe(false);
      // "Within a few seconds", measured as CPU time: a machine busy with other work does not make it fail.
      expect(r.cpuMs ?? 0, `${file} took ${r.cpuMs} ms of CPU`).toBeLessThan(10_000);
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.peakRssKb ?? 0).toBeLessThan(1024 * 1024);
      if (r.code === 1) {
        const first = r.stderr.split('\n')[0];
        expect(first).toMatch(/^cadre-stats: /);
        expect(first).toContain(file);
        // A reader's own programming error is no reason to give a user ("The first argument must be of type string…").
        expect(first).not.toMatch(/must be of type|is not a function|Cannot read propert|of undefined|Received /);
        const code =
          /no roster found|password-protected|not a spreadsheet|not supported|damaged|too large|zip bomb|refused/i.exec(first)?.[0].toLowerCase() ?? 'other';
        outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        if (PINNED[name]) expect(code).toBe(PINNED[name]);
      } else {
        outcomes.set('read', (outcomes.get('read') ?? 0) + 1);
        expect(PINNED[name]).toBeUndefined();
      }
    },
    150_000,
  );

  afterAll(() => {
    process.stdout.write(`corpus sweep: ${files.length} files: ${[...outcomes.entries()].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  });
});
