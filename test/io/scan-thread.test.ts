import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackedRowsEncoder, unpackPieces, unpackRows } from '../../src/io/xlsx/packed-rows.js';
import { CellError, type RowValues } from '../../src/io/sheet-rows.js';
import { FileSource } from '../../src/io/node/file-source.js';
import { deflateRawSync } from 'node:zlib';
import { nodePlatformInThread, nodePlatformInWorker, WORKER_CHUNK } from '../../src/io/node/node-platform.js';
import { openXlsx } from '../../src/io/xlsx/xlsx-reader.js';
import { ZipArchive } from '../../src/io/zip/zip-archive.js';
import { HANG_GUARD_MS, runCli } from '../helpers/run-cli.js';
import { allRows, writeXlsx } from '../helpers/xlsx-parts.js';

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
    const enc = new PackedRowsEncoder();
    // As the scanner writes them: cell by cell, empty cells left out; shared strings by their index.
    for (const [n, v] of rows) {
      enc.beginRow(n);
      v.forEach((x, col) => {
        if (x === null || x === undefined) return;
        const i = typeof x === 'string' && n !== 10 ? shared.indexOf(x) : -1;
        if (i >= 0) enc.shared(col, i);
        else enc.value(col, x);
      });
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

describe('a batch unpacked piece by piece', () => {
  // 700 rows: most with a shared name, a number and a date; every 50th only a string index past the table
  // (no row once unpacked); every 7th sparse (a cell far right); formulas in two rows.
  const shared = ['Nguyễn Văn An', 'Trần Thị Bình', 'Đại học', 'Kinh'];
  const packed = () => {
    const enc = new PackedRowsEncoder();
    for (let r = 0; r < 700; r++) {
      enc.beginRow(r + 9);
      if (r % 50 === 0) enc.shared(1, 99);
      else {
        enc.number(0, r + 1);
        enc.shared(1, r % 2);
        enc.date(2, Date.UTC(1970 + (r % 40), r % 12, 1 + (r % 28)));
        enc.shared(r % 7 === 0 ? 30 : 5, 2 + (r % 2));
      }
      enc.endRow();
    }
    enc.formula(12, 3);
    enc.formula(600, 4);
    return enc.take();
  };
  const whole = unpackRows(packed(), shared);

  it.each([1, 256, 699, 700, 5000])('in pieces of %i rows gives the rows, cells and shared-string indices of the whole', (size) => {
    const pieces = [...unpackPieces(packed(), shared, size, 12345)];
    expect(pieces).toHaveLength(Math.ceil(700 / size));
    const numbers = pieces.flatMap((p) => p.numbers);
    expect(numbers).toEqual(whole.numbers);
    expect(numbers).toHaveLength(700 - 14);
    const values = pieces.flatMap((p) => p.values);
    expect(values.map((v) => [...v].map((x) => (x instanceof Date ? x.getTime() : x)))).toEqual(
      whole.values.map((v) => [...v].map((x) => (x instanceof Date ? x.getTime() : x))),
    );
    // Each row's shared strings by index, read from its own piece, as from the whole batch.
    const indices = (b: typeof whole) => b.values.map((v, i) => Array.from({ length: v.length }, (_, c) => b.shared!.index[b.shared!.rowStart[i] + c]));
    expect(pieces.flatMap(indices)).toEqual(indices(whole));
    expect(indices(whole)[0]).toEqual([-1, 1, -1, -1, -1, 3]);
    // The formulas once, with the first piece; every piece tells the sheet's size.
    expect(pieces.map((p) => p.formulas.length)).toEqual([4, ...pieces.slice(1).map(() => 0)]);
    expect(pieces.every((p) => p.totalBytes === 12345 && p.shared!.strings === shared)).toBe(true);
  });

  it('gives a batch of formula cells and no row as one piece with them', () => {
    const enc = new PackedRowsEncoder();
    enc.beginRow(2049);
    enc.endRow();
    enc.formula(2049, 2);
    expect(enc.pendingRows).toBe(0);
    expect(enc.pendingFormulas).toBe(1);
    const pieces = [...unpackPieces(enc.take(), shared, 256)];
    expect(pieces.map((p) => [p.numbers.length, p.formulas])).toEqual([[0, [2049, 2]]]);
    expect(enc.pendingFormulas).toBe(0);
  });
});

describe('inflating on each thread', () => {
  it('gives the scanning thread 512 KiB pieces and the main thread 1 MiB ones, the same bytes either way', async () => {
    const xml = Buffer.alloc(3 << 20);
    for (let i = 0; i < xml.length; i++) xml[i] = 32 + ((i * 7919) % 95);
    const raw = deflateRawSync(xml);
    const pieces = async (inflate: typeof nodePlatformInThread.inflateRaw): Promise<Uint8Array[]> => {
      const out: Uint8Array[] = [];
      for await (const p of inflate(
        (async function* () {
          yield raw;
        })(),
      ))
        out.push(p);
      return out;
    };
    const worker = await pieces(nodePlatformInWorker.inflateRaw);
    const main = await pieces(nodePlatformInThread.inflateRaw);
    expect(Math.max(...worker.map((p) => p.length))).toBe(WORKER_CHUNK);
    expect(WORKER_CHUNK).toBe(1 << 19);
    expect(Math.max(...main.map((p) => p.length))).toBe(1 << 20);
    expect(Buffer.concat(worker).equals(xml)).toBe(true);
    expect(Buffer.concat(main).equals(xml)).toBe(true);
  });
});

describe('the scanning thread holds no shared strings', () => {
  // Shared-string cells the fast path leaves to the general one (namespace-prefixed tags, odd indices):
  // the thread sends each as its index, not knowing how many there are, and the rows unpacked with the
  // main thread's strings are the rows the one-thread scan reads: an index past the table is an empty
  // cell, and a row with nothing else (row 99) is no row.
  const sst = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Nguyễn Văn An</t></si><si><t/></si><si><t>Đại học</t></si></sst>';
  const cells = [
    '<v>0</v>',
    '<v>1</v>',
    '<v>2</v>',
    '<v>3</v>',
    '<v></v>',
    '<v>1e0</v>',
    '<v> 2 </v>',
    '<v>-0</v>',
    '<v>1.5</v>',
    '<v>x</v>',
    '',
    '<v/>',
    '<f>A1</f>',
  ];
  const rows = (p: string) =>
    cells
      .map(
        (v, i) =>
          `<${p}row r="${i + 1}"><${p}c r="A${i + 1}" t="s">${v.replace(/<(\/?)([vf])\b/g, `<$1${p}$2`)}</${p}c><${p}c r="B${i + 1}"><${p}v>${i}</${p}v></${p}c></${p}row>`,
      )
      .join('') + `<${p}row r="99"><${p}c r="A99" t="s"><${p}v>7</${p}v></${p}c></${p}row>`;

  it.each([
    ['plain tags', ''],
    ['prefixed tags', 'x:'],
  ])('%s', async (_name, prefix) => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-sink-'));
    const sheet = prefix
      ? `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${rows(prefix)}</x:sheetData></x:worksheet>`
      : undefined;
    const file = writeXlsx(join(dir, 'w.xlsx'), rows(''), { 'xl/sharedStrings.xml': sst, ...(sheet ? { 'xl/worksheets/sheet1.xml': sheet } : {}) });
    const open = async (opts?: { indicesOnly: boolean }) =>
      openXlsx(await ZipArchive.open(await FileSource.open(file), nodePlatformInThread), nodePlatformInThread, opts);
    const main = await open();
    const thread = await open({ indicesOnly: true });
    try {
      const ref = main.sheets[0];
      const expected = await allRows(main, ref);
      const enc = new PackedRowsEncoder();
      for await (const _batch of thread.scanInto(ref, enc, (row, col) => enc.formula(row, col)));
      const got = unpackRows(enc.take(), ['Nguyễn Văn An', '', 'Đại học']);
      expect(got.numbers.map((n, i) => [n, [...got.values[i]]])).toEqual(expected.rows.map(([n, v]) => [n, [...v]]));
      expect(enc.take().rows).toBe(0);
      expect(got.numbers).toHaveLength(13);
      expect(got.numbers).not.toContain(99);
      expect(expected.rows.map(([, v]) => v[0] ?? null)).toEqual([
        'Nguyễn Văn An',
        '',
        'Đại học',
        null,
        'Nguyễn Văn An',
        '',
        'Đại học',
        'Nguyễn Văn An',
        null,
        null,
        null,
        null,
        null,
      ]);
    } finally {
      await main.close();
      await thread.close();
    }
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

  it('tells how long each thread waited for the other when asked (the bench reads it)', async () => {
    const args = ['summarize', 'fixtures/sample-roster.xlsx', '--format', 'json', '--as-of', '2024-12-31'];
    const [asked, quiet] = await Promise.all([
      runCli(args, { env: { ...THREAD, CADRE_STATS_THREAD_REPORT: '1' }, timeoutMs: HANG_GUARD_MS }),
      runCli(args, { env: THREAD, timeoutMs: HANG_GUARD_MS }),
    ]);
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.stderr).toMatch(
      /^__THREADS__ scan thread [\d.]+ s, waited for the main thread [\d.]+ s \(\d+%\); main thread [\d.]+ s, waited for rows [\d.]+ s \(\d+%\)$/m,
    );
    expect(quiet.stderr).not.toContain('__THREADS__');
    expect(asked.stdout).toBe(quiet.stdout);
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
