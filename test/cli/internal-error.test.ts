import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Issue 14: an error of our own raised while a row is processed was printed as "damaged workbook … open it
// in Excel and save it again" for xlsx (and as an internal error for .ods). A copy of the build with a
// TypeError planted in toOfficial must print an internal error for every format and either thread, with
// the stack only under --verbose.
const INJECTED = "injected: Cannot read properties of undefined (reading 'key')";
let bin: string;

beforeAll(() => {
  const copy = mkdtempSync(join(tmpdir(), 'cadre-injected-'));
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const module = join(copy, 'dist', 'normalize', 'to-official.js');
  const code = readFileSync(module, 'utf8');
  const head = 'export function toOfficial(raw, ctx, problems, shared) {';
  expect(code).toContain(head);
  writeFileSync(module, code.replace(head, `${head}\n    throw new TypeError(${JSON.stringify(INJECTED)});`));
  bin = join(copy, 'bin', 'cadre-stats.js');
});

describe('an error of ours while rows are processed', { concurrent: true }, () => {
  it.each([
    ['xlsx', 'fixtures/sample-roster.xlsx', {}],
    ['xlsx on the scanning thread', 'fixtures/sample-roster.xlsx', { CADRE_STATS_SCAN_THREAD_BYTES: '0' }],
    ['ods', 'fixtures/twin-clean.ods', {}],
    ['xls', 'fixtures/twin-clean.xls', {}],
    ['csv', 'fixtures/twin-clean.csv', {}],
  ])('%s: an internal error, not a damaged file', async (_format, file, env) => {
    const r = await runCli(['summarize', file, '--lang', 'en'], { bin, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cadre-stats: internal error: ${INJECTED} (run again with --verbose for details)\n`);
    const verbose = await runCli(['summarize', file, '--verbose', '--lang', 'en'], { bin, env });
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).toContain(`cadre-stats: internal error: ${INJECTED}\nTypeError: ${INJECTED}\n    at toOfficial (`);
    expect(verbose.stderr).not.toMatch(/damaged/);
  });
});
