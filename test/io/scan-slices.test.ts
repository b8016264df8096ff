import { describe, expect, it } from 'vitest';
import type { IoPlatform } from '../../src/io/byte-source.js';
import { nodePlatformInThread } from '../../src/io/node/node-platform.js';
import { CellError, type CellValue, type RowValues } from '../../src/io/sheet-rows.js';
import { PackedRowsEncoder, unpackRows } from '../../src/io/xlsx/packed-rows.js';
import { scanSheet } from '../../src/io/xlsx/scan-sheet.js';
import type { ZipArchive, ZipEntry } from '../../src/io/zip/zip-archive.js';

// The scan cuts the inflater's pieces into slices of its own and reads cells straight from the bytes
// when a slice is ASCII (from the text when it is not). Whatever the pieces, it must read every row as
// written: rows cut between pieces and slices, rows longer than a slice, Vietnamese inline text next to
// plain shared-string rows, the shapes the fast path leaves to the general one, with and without a prefix.

const strings = ['Nguyễn Văn An', 'Đại học', 'Kinh', 'Nam', 'Nữ'];
const ctx = { strings, sharedCount: strings.length, dateStyles: [false, true], date1904: false };
const long = (n: number, k: number, word: string) => `${word} ${k} `.repeat(Math.ceil(n / 9)).slice(0, n);

interface Row {
  n: number;
  cells: string[];
  values: RowValues;
}

/** A sheet of `count` rows of many shapes, with the values each row must read as. */
function sheet(count: number, p: string): { xml: string; rows: Row[] } {
  const rows: Row[] = [];
  const c = (ref: string, attrs: string, inner: string) => `<${p}c r="${ref}"${attrs}${inner === '' ? '/>' : `>${inner}</${p}c>`}`;
  const v = (x: string) => `<${p}v>${x}</${p}v>`;
  for (let n = 1; n <= count; n++) {
    const values: RowValues = [];
    const cells: string[] = [];
    const add = (col: number, xml: string, value: CellValue) => {
      cells.push(xml);
      if (value !== null) values[col] = value;
    };
    const kind = n % 11;
    // Text other than ASCII only in some stretches: the slices between are read from their bytes.
    const vi = n < 200 || (n >= 1000 && n < 1100);
    add(0, c(`A${n}`, '', v(String(n))), n);
    add(1, c(`B${n}`, ' t="s"', v(String(n % 5))), strings[n % 5]);
    add(2, c(`C${n}`, ' s="1"', v('30000')), new Date(Date.UTC(1982, 1, 18)));
    add(3, c(`D${n}`, ' s="0"', ''), null);
    if (kind === 1 && vi) add(4, c(`E${n}`, ' t="inlineStr"', `<${p}is><${p}t>Trường ${n} Đà Nẵng</${p}t></${p}is>`), `Trường ${n} Đà Nẵng`);
    if (kind === 2) add(5, c(`F${n}`, ' cm="1" t="s"', v('2')), strings[2]);
    if (kind === 3) add(6, `\n  ${c(`G${n}`, ' t="b"', v('1'))}`, true);
    if (kind === 4) add(7, c(`H${n}`, ' t="str"', `<${p}f>A1</${p}f>${v('x &amp; y')}`), 'x & y');
    if (kind === 5) add(8, c(`I${n}`, ' t="e"', v('#N/A')), new CellError('#N/A'));
    if (kind === 6) add(9, c(`J${n}`, '', v('1.5')), 1.5);
    const word = vi ? 'Phòng' : 'Phong';
    if (kind === 7 && n % 7 === 0)
      for (let k = 0; k < 3; k++)
        add(10 + k, c(`${'KLM'[k]}${n}`, ' t="inlineStr"', `<${p}is><${p}t>${long(30000, k, word)}</${p}t></${p}is>`), long(30000, k, word));
    add(20, c(`U${n}`, ' t="s"', v(String((n + 1) % 5))), strings[(n + 1) % 5]);
    rows.push({ n, cells, values });
  }
  const body = rows.map((r) => `<${p}row r="${r.n}">${r.cells.join('')}</${p}row>`).join('');
  const ns = p ? `xmlns:${p.slice(0, -1)}` : 'xmlns';
  const xml = `<?xml version="1.0"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${body}</${p}sheetData><${p}mergeCells><${p}mergeCell ref="A1:B1"/></${p}mergeCells></${p}worksheet>`;
  return { xml, rows };
}

/** A zip stand-in giving the part in pieces of the sizes `sizes` answers in turn. */
function pieces(bytes: Buffer, sizes: (i: number) => number): ZipArchive {
  return {
    source: { name: 'w.xlsx' },
    async *stream() {
      let at = 0;
      for (let i = 0; at < bytes.length; i++) {
        const n = Math.max(1, sizes(i));
        yield bytes.subarray(at, at + n);
        at += n;
      }
    },
  } as unknown as ZipArchive;
}

const entry = { name: 'xl/worksheets/sheet1.xml', uncompressedSize: 0 } as ZipEntry;
/** A platform decoding as a browser does (TextDecoder), not with Node's Buffer. */
const decoder: IoPlatform = { ...nodePlatformInThread, utf8: (b) => new TextDecoder().decode(b) };

async function read(zip: ZipArchive, platform: IoPlatform, sink: boolean): Promise<Array<[number, RowValues]>> {
  const out: Array<[number, RowValues]> = [];
  const encoder = new PackedRowsEncoder();
  for await (const batch of scanSheet(zip, entry, 'Sheet1', ctx, platform, sink ? encoder : undefined)) {
    const b = sink ? unpackRows(encoder.take(), strings) : batch;
    b.numbers.forEach((n, i) => out.push([n, b.values[i]]));
  }
  return out;
}

const plain = (v: RowValues) => Array.from(v, (x) => (x instanceof CellError ? `E:${x.code}` : x instanceof Date ? `D:${x.toISOString()}` : (x ?? null)));

describe('a sheet scanned in slices', () => {
  it.each([
    ['plain tags', ''],
    ['prefixed tags', 'x:'],
  ])('%s: every row as written, whatever the pieces', async (_name, prefix) => {
    const { xml, rows } = sheet(1500, prefix);
    const bytes = Buffer.from(xml, 'utf8');
    // Past several slices, with rows longer than one.
    expect(bytes.length).toBeGreaterThan(6 * 65536);
    const expected = rows.map((r) => [r.n, plain(r.values)]);
    const sizes: Array<[string, (i: number) => number]> = [
      ['one piece', () => bytes.length],
      ['1 MiB', () => 1 << 20],
      ['512 KiB', () => 1 << 19],
      ['256 KiB', () => 1 << 18],
      ['64 KiB', () => 1 << 16],
      ['64 KiB + 13', () => (1 << 16) + 13],
      ['4093', () => 4093],
      ['varied', (i) => [5000, 1, 100_000, 7, 65_535, 300, 131_073][i % 7]],
      // First pieces of a few bytes: the prefix is read once the worksheet's start tag has come whole.
      ['tiny first pieces', (i) => (i < 60 ? 1 + (i % 3) : 65_536)],
    ];
    for (const [label, size] of sizes) {
      for (const [platform, p] of [
        ['node', nodePlatformInThread],
        ['TextDecoder', decoder],
      ] as const) {
        for (const sink of [false, true]) {
          const got = await read(pieces(bytes, size), p, sink);
          expect(
            got.map(([n, v]) => [n, plain(v)]),
            `${label}, ${platform}, ${sink ? 'sink' : 'rows'}`,
          ).toEqual(expected);
        }
      }
    }
  });

  it('a row cut before its end is an error naming it, in any slice', async () => {
    const { xml } = sheet(400, '');
    const cut = xml.lastIndexOf('</row>', xml.indexOf('</sheetData>') - 1);
    const broken = Buffer.from(`${xml.slice(0, cut)}</sheetData></worksheet>`, 'utf8');
    for (const size of [1 << 16, 4093, 1 << 20]) {
      await expect(
        read(
          pieces(broken, () => size),
          nodePlatformInThread,
          true,
        ),
      ).rejects.toThrow(/row 400.*has no end/);
    }
  });
});
