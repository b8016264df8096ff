import { checkRow } from '../limits.js';
import { columnIndex, type MergeRange } from '../sheet-rows.js';
import { ascii, concatBytes, indexOfBytes, latin1 } from '../bytes.js';

const MERGE = /<(?:[\w.-]+:)?mergeCell\s[^<>]*?ref\s*=\s*"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g;
const MARK = ascii('mergeCells');
/** Bytes kept from the end of a piece, so a word cut between two pieces is still found. */
const SEAM = 32;

/**
 * The merged ranges in a sheet's XML, given in pieces of any size. They follow the cell data, which is
 * skipped with a byte search (only the seam between two pieces is joined); the whole part is read, so
 * the zip's size and checksum checks run on it.
 */
export async function mergesIn(pieces: AsyncIterable<Uint8Array>): Promise<MergeRange[]> {
  const merges: MergeRange[] = [];
  let tail = '';
  let carry: Uint8Array = new Uint8Array(0);
  let started = false;
  for await (const piece of pieces) {
    let text: string;
    if (!started) {
      const seam = carry.length ? concatBytes(carry, piece.subarray(0, SEAM)) : carry;
      const atSeam = seam.length ? indexOfBytes(seam, MARK) : -1;
      const at = atSeam >= 0 ? -1 : indexOfBytes(piece, MARK);
      if (atSeam < 0 && at < 0) {
        const joined = piece.length >= SEAM ? piece : concatBytes(carry, piece);
        carry = joined.slice(Math.max(0, joined.length - SEAM));
        continue;
      }
      started = true;
      text = atSeam >= 0 ? latin1(seam, Math.max(0, atSeam - 8)) + latin1(piece, Math.min(SEAM, piece.length)) : latin1(piece, Math.max(0, at - 8));
    } else text = tail + latin1(piece);
    const last = text.lastIndexOf('>');
    const region = text.slice(0, last + 1);
    MERGE.lastIndex = 0;
    for (let m = MERGE.exec(region); m; m = MERGE.exec(region)) {
      const [top, left] = [Number(m[2]), columnIndex(m[1])];
      const range: MergeRange = { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnIndex(m[3]) : left };
      // A range past Excel's last row or column would have the body filled cell by cell out there.
      checkRow(range.bottom, range.right + 1);
      merges.push(range);
    }
    tail = text.slice(last + 1);
  }
  return merges;
}
