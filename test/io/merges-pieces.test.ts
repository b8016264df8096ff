import { describe, expect, it } from 'vitest';
import { mergesIn } from '../../src/io/xlsx/merges.js';

// The merges pass reads a sheet in big pieces; the block may start, and a tag may be cut, anywhere.
const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join('');
const xml = `<worksheet><sheetData>${rows}</sheetData><mergeCells count="3"><mergeCell ref="A1:N1"/><mergeCell ref="C6:D6"/><mergeCell ref="B9:B12"/></mergeCells><pageMargins/></worksheet>`;
const expected = [
  { top: 1, left: 0, bottom: 1, right: 13 },
  { top: 6, left: 2, bottom: 6, right: 3 },
  { top: 9, left: 1, bottom: 12, right: 1 },
];

async function* inPieces(bytes: Buffer, sizes: (i: number) => number): AsyncGenerator<Buffer> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = Math.max(1, sizes(i));
    yield bytes.subarray(at, at + n);
    at += n;
  }
}

describe('mergesIn', () => {
  const bytes = Buffer.from(xml, 'latin1');

  it('finds the merges in one piece', async () => {
    expect(await mergesIn(inPieces(bytes, () => bytes.length))).toEqual(expected);
  });

  it('finds them whatever the piece size, down to one byte', async () => {
    for (let size = 1; size <= 80; size++) {
      expect(await mergesIn(inPieces(bytes, () => size)), `pieces of ${size}`).toEqual(expected);
    }
  });

  it('finds them with the word "mergeCells" cut at every place', async () => {
    const at = bytes.indexOf('mergeCells');
    for (let cut = at - 12; cut <= at + 12; cut++) {
      expect(await mergesIn(inPieces(bytes, (i) => (i === 0 ? cut : bytes.length))), `cut at ${cut}`).toEqual(expected);
      // A small piece between two big ones.
      expect(await mergesIn(inPieces(bytes, (i) => (i === 0 ? cut : i === 1 ? 5 : bytes.length))), `cut at ${cut}, then 5`).toEqual(expected);
    }
  });

  it('finds none in a sheet without merges', async () => {
    const plain = Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, 'latin1');
    expect(await mergesIn(inPieces(plain, () => 7))).toEqual([]);
  });
});
