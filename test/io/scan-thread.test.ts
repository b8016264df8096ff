import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackedRowsEncoder, unpackRows } from '../../src/io/xlsx/packed-rows.js';
import { CellError, type RowValues } from '../../src/io/sheet-rows.js';
import { HANG_GUARD_MS, runCli } from '../helpers/run-cli.js';

// Big sheets are scanned on a second thread. The built CLI takes that path for every sheet when the
// threshold is 0, and must then print exactly what the one-thread path prints.
const THREAD = { CADRE_STATS_SCAN_THREAD_BYTES: '0' };
const ONE_THREAD = { CADRE_STATS_SCAN_THREAD_BYTES: '999999999999' };

describe('row batches between threads', () => {
  it('carry every kind of cell value and the row numbers unchanged', () => {
    const shared = ['Nguyễn Văn An', 'Đại học', 'Kinh'];
    const rows: Array<[number, RowValues]> = [
      [9, [1, 'Nguyễn Văn An', new Date(Date.UTC(1980, 4, 17)), undefined as never, 'Kinh', 'Đại học']],
      [10, [2, 'không chung', null, true, new CellError('#N/A'), 1.5, false]],
      [1048576, [, , , 'Kinh'] as RowValues],
    ];
    const enc = new PackedRowsEncoder(shared);
    // As the scanner writes them: cell by cell, empty cells left out.
    for (const [n, v] of rows) {
      enc.beginRow(n);
      v.forEach((x, col) => x !== null && x !== undefined && enc.value(col, x));
      enc.endRow();
    }
    const batch = unpackRows(enc.take(), shared);
    const out = batch.numbers.map((n, i): [number, RowValues] => [n, batch.values[i]]);
    // Empty cells (holes, null) are not carried: compare as dense arrays with nulls, trailing ones dropped.
    const plain = (v: RowValues) => {
      const dense = Array.from(v, (x) => (x instanceof CellError ? `E:${x.code}` : x instanceof Date ? `D:${x.toISOString()}` : (x ?? null)));
      while (dense.length && dense[dense.length - 1] === null) dense.pop();
      return dense;
    };
    expect(out.map(([n, v]) => [n, plain(v)])).toEqual(rows.map(([n, v]) => [n, plain(v)]));
    // A taken batch starts afresh.
    expect(enc.take().rows).toBe(0);
  });
});

describe('scanning on a second thread', { concurrent: true, timeout: 60_000 }, () => {
  it.each([
    ['sample-roster.xlsx', ['--by', 'unit']],
    ['official-form.xlsx', []],
    ['units-per-sheet.xlsx', ['--by', 'sheet']],
    ['twin-messy.xlsx', []],
    ['twin-tcvn3.xlsx', []],
  ])('%s gives the same summary', async (file, extra) => {
    const args = ['summarize', `fixtures/${file}`, '--format', 'json', '--as-of', '2024-12-31', ...extra];
    const [threaded, single] = await Promise.all([
      runCli(args, { env: THREAD, timeoutMs: HANG_GUARD_MS }),
      runCli(args, { env: ONE_THREAD, timeoutMs: HANG_GUARD_MS }),
    ]);
    expect(threaded.code, threaded.stderr).toBe(0);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.stdout).toContain('"population"');
  });

  it('inspect gives the same account of every row', async () => {
    const args = ['inspect', 'fixtures/official-form.xlsx', '--format', 'json'];
    const [threaded, single] = await Promise.all([
      runCli(args, { env: THREAD, timeoutMs: HANG_GUARD_MS }),
      runCli(args, { env: ONE_THREAD, timeoutMs: HANG_GUARD_MS }),
    ]);
    expect(threaded.code, threaded.stderr).toBe(0);
    expect(threaded.stdout).toBe(single.stdout);
  });

  it('a damaged sheet ends in a one-line error, exit 1, and no thread left running', async () => {
    const bytes = readFileSync('fixtures/sample-roster.xlsx');
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const at = bytes.indexOf(name);
    expect(at).toBeGreaterThan(0);
    // Garble the middle of the sheet's compressed data (it follows the local header's name).
    const broken = Buffer.from(bytes);
    for (let i = at + name.length + 400; i < at + name.length + 460; i++) broken[i] ^= 0x5a;
    const file = join(mkdtempSync(join(tmpdir(), 'cadre-thread-')), 'broken.xlsx');
    writeFileSync(file, broken);
    const r = await runCli(['summarize', file, '--lang', 'en'], { env: THREAD, timeoutMs: HANG_GUARD_MS });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cadre-stats: .*broken\.xlsx: damaged workbook/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
