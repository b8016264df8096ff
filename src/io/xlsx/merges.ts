import { checkRow } from '../limits.js';
import { columnIndex, type MergeRange } from '../sheet-rows.js';
import { ascii, concatBytes, indexOfBytes, latin1 } from '../bytes.js';

const MERGE = /<(?:[\w.-]+:)?mergeCell\s[^<>]*?ref\s*=\s*"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g;
const MARK = ascii('mergeCells');
/** Bytes kept from the end of a piece, so a word cut between two pieces is still found. */
const SEAM = 32;

/**
 * Finds the merged ranges in a sheet's XML given piece by piece, each byte once: the cell data before
 * `<mergeCells>` is skipped with a byte search (only the seam between two pieces is joined).
 */
export class MergeScanner {
  readonly merges: MergeRange[] = [];
  private tail = '';
  private carry: Uint8Array = new Uint8Array(0);
  private started = false;

  push(piece: Uint8Array): void {
    let text: string;
    if (!this.started) {
      const seam = this.carry.length ? concatBytes(this.carry, piece.subarray(0, SEAM)) : this.carry;
      const atSeam = seam.length ? indexOfBytes(seam, MARK) : -1;
      const at = atSeam >= 0 ? -1 : indexOfBytes(piece, MARK);
      if (atSeam < 0 && at < 0) {
        const joined = piece.length >= SEAM ? piece : concatBytes(this.carry, piece);
        this.carry = joined.slice(Math.max(0, joined.length - SEAM));
        return;
      }
      this.started = true;
      text = atSeam >= 0 ? latin1(seam, Math.max(0, atSeam - 8)) + latin1(piece, Math.min(SEAM, piece.length)) : latin1(piece, Math.max(0, at - 8));
    } else text = this.tail + latin1(piece);
    const last = text.lastIndexOf('>');
    const region = text.slice(0, last + 1);
    MERGE.lastIndex = 0;
    for (let m = MERGE.exec(region); m; m = MERGE.exec(region)) {
      const [top, left] = [Number(m[2]), columnIndex(m[1])];
      const range: MergeRange = { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnIndex(m[3]) : left };
      // A range past Excel's last row or column would have the body filled cell by cell out there.
      checkRow(range.bottom, range.right + 1);
      this.merges.push(range);
    }
    this.tail = text.slice(last + 1);
  }
}

/**
 * The merged ranges in a sheet's XML, given in pieces of any size. They follow the cell data, so the whole
 * part is read (and the zip's size and checksum checks run on it): a second pass over the sheet, which
 * `rows()` spares when its last batch brings them (see WorkbookSource.mergesAfterRows).
 */
export async function mergesIn(pieces: AsyncIterable<Uint8Array>): Promise<MergeRange[]> {
  const scanner = new MergeScanner();
  for await (const piece of pieces) scanner.push(piece);
  return scanner.merges;
}
