import type { IoPlatform } from '../byte-source.js';
import { ascii, concatBytes, indexOfBytes, lastIndexOfBytes, latin1 } from '../bytes.js';
import { asReadFailure, ReadError } from '../read-error.js';
import type { CellSink, RowBatch, RowValues } from '../sheet-rows.js';
import type { ZipArchive, ZipEntry } from '../zip/zip-archive.js';
import { MergeScanner } from './merges.js';
import { type CellContext, SheetScanner } from './sheet-scanner.js';
import { hasDoctype } from './xml-text.js';

/**
 * The sheet's XML is scanned in slices of at most this many bytes, whatever the inflater's pieces: their
 * text stays under V8's large-object size (128 KiB), which a string past it would take from the system
 * (a map and unmap per string: slices of 128-512 KiB nearly doubled the scan's time, system time ×3).
 */
const SLICE = 1 << 16;

/** How much of the part's start is looked at for its worksheet tag (and a DTD). */
const HEAD = 4096;
const WORKSHEET_TAG = /<([\w.-]+:)?worksheet[\s>]/;

/** Where the scan of a sheet's XML stands. */
const enum State {
  /** In the cell data: rows are scanned. */
  Rows,
  /** Past `</sheetData>`: looking for the merged cells and `</worksheet>`. */
  After,
  /** The XML is complete; the rest of the part is read only for the zip's checks. */
  Done,
}

/**
 * Streams a sheet's rows out of its zip part, a batch per inflated piece (1 MiB of XML, 512 KiB on the scanning thread). A sheet is
 * read whole or not at all: XML that ends before `</sheetData>` and `</worksheet>`, a row cut inside
 * its tags, and a part whose size or CRC-32 is not what the zip says are errors naming file, sheet and
 * part. The last batch brings the sheet's merged ranges, written after the cell data (so no second pass
 * over the sheet is needed to know them). The scan runs between the pulls of the consumer, so nothing the
 * consumer throws passes through here: an error in our own code is never taken for damage. With a `sink`
 * (the scanning thread), cells go there and the batches only tell the bytes read.
 */
export async function* scanSheet(
  zip: ZipArchive,
  entry: ZipEntry,
  sheet: string,
  ctx: CellContext,
  platform: IoPlatform,
  sink?: CellSink,
  onFormula?: (row: number, col: number) => void,
): AsyncGenerator<RowBatch> {
  const file = zip.source.name;
  const part = `part ${entry.name}`;
  const total = entry.uncompressedSize;
  const pieces = zip.stream(entry)[Symbol.asyncIterator]();
  let numbers: number[] = [];
  let values: RowValues[] = [];
  let formulas: number[] = [];
  let scanner: SheetScanner | undefined;
  /** A row's end tag was seen: the cell data is not `<sheetData/>`. */
  let rowEndSeen = false;
  let state = State.Rows;
  let pending: Uint8Array = new Uint8Array(0);
  let closeTag = ascii('</row>');
  let endTag = ascii('</sheetData>');
  let dataTag = ascii('<sheetData');
  let worksheetEnd = ascii('</worksheet>');
  let done = 0;
  const merges = new MergeScanner();
  /** Scans XML bytes as text; the bytes go along when each is one character (all ASCII, as is usual). */
  const scan = (scanner: SheetScanner, bytes: Uint8Array, last: boolean): void => {
    const s = platform.utf8(bytes);
    scanner.scan(s, last, s.length === bytes.length ? bytes : undefined);
  };

  /**
   * The scanner, made once the head of the part is known: its worksheet start tag (which tells the tags'
   * prefix) or HEAD bytes without one; undefined while neither has come (an inflater's first pieces may be
   * a few bytes: "<x:works" must not be read as a sheet without a prefix).
   */
  const start = (buf: Uint8Array, last: boolean): SheetScanner | undefined => {
    const head = latin1(buf, 0, Math.min(buf.length, HEAD));
    const tag = WORKSHEET_TAG.exec(head);
    if (!tag && buf.length < HEAD && !last) return undefined;
    if (hasDoctype(head)) throw new ReadError(part, 'is refused: it declares a DTD or entities');
    const prefix = tag?.[1] ?? '';
    closeTag = ascii(`</${prefix}row>`);
    endTag = ascii(`</${prefix}sheetData>`);
    dataTag = ascii(`<${prefix}sheetData`);
    worksheetEnd = ascii(`</${prefix}worksheet>`);
    const onRow = (row: number, cells: RowValues): void => {
      numbers.push(row);
      values.push(cells);
    };
    const formula = onFormula ?? ((row: number, col: number) => void formulas.push(row, col));
    return new SheetScanner(ctx, onRow, prefix, formula, sink);
  };

  /**
   * Past the cell data: the merged cells are there, and the rest must close the worksheet (a seam of a few
   * bytes is kept between pieces for that search; `fresh` is the part of `buf` not seen before).
   */
  const after = (buf: Uint8Array, fresh: Uint8Array): void => {
    const close = indexOfBytes(buf, worksheetEnd);
    merges.push(close >= 0 ? buf.subarray(buf.length - fresh.length, close) : fresh);
    if (close >= 0) state = State.Done;
    else pending = buf.slice(Math.max(0, buf.length - worksheetEnd.length));
  };

  /**
   * An inflated piece, in slices of at most SLICE bytes. A row cut between two slices is scanned on its
   * own first (the kept tail and the new slice up to its first row end: a short copy), so a slice is
   * not copied behind the tail.
   */
  const piece = (chunk: Uint8Array): void => {
    done += chunk.length;
    for (let at = 0; at < chunk.length && state !== State.Done;) {
      let slice = chunk.subarray(at, at + SLICE);
      if (pending.length > 0 && state === State.Rows) {
        const first = indexOfBytes(slice, closeTag);
        if (first >= 0) slice = slice.subarray(0, first + closeTag.length);
      }
      at += slice.length;
      scanSlice(slice);
    }
  };

  const scanSlice = (chunk: Uint8Array): void => {
    const buf = concatBytes(pending, chunk);
    pending = new Uint8Array(0);
    if (state === State.After) return after(buf, chunk);
    scanner ??= start(buf, false);
    if (!scanner) {
      pending = buf === chunk ? buf.slice() : buf;
      return;
    }
    // The end of the cell data can only follow the last complete row: search from there.
    const cut = lastIndexOfBytes(buf, closeTag);
    const end = indexOfBytes(buf, endTag, Math.max(0, cut));
    if (end >= 0) {
      scan(scanner, buf.subarray(0, end), true);
      state = State.After;
      const rest = buf.subarray(end + endTag.length);
      return after(rest, rest);
    }
    if (cut >= 0) rowEndSeen = true;
    else if (!rowEndSeen) {
      const empty = emptyDataEnd(buf, dataTag);
      if (empty >= 0) {
        state = State.After;
        const rest = buf.subarray(empty);
        return after(rest, rest);
      }
    }
    // Scan up to the last complete row: the cut falls on ASCII, so no character is split.
    if (cut >= 0) {
      scan(scanner, buf.subarray(0, cut + closeTag.length), false);
      pending = buf.slice(cut + closeTag.length);
    } else pending = buf === chunk ? buf.slice() : buf;
  };

  const finish = (): void => {
    // A part shorter than its head: scanned now, as it is (what it lacks is said below).
    if (!scanner && pending.length > 0 && state === State.Rows) {
      const rest = pending;
      scanner = start(rest, true);
      pending = new Uint8Array(0);
      scanSlice(rest);
    }
    if (state === State.Rows) throw new ReadError(part, `ends before ${latin1(endTag)}: the sheet is cut`);
    if (state === State.After) throw new ReadError(part, `ends before ${latin1(worksheetEnd)}: the sheet is cut`);
  };

  try {
    for (;;) {
      let batch: RowBatch | undefined;
      let last = false;
      try {
        const next = await pieces.next();
        if (next.done) {
          last = true;
          finish();
        } else piece(next.value);
        if (numbers.length > 0 || sink || last) {
          batch = { numbers, values, formulas, bytes: done, totalBytes: total, ...(last ? { merges: merges.merges } : {}) };
          numbers = [];
          values = [];
          formulas = [];
        }
      } catch (err) {
        throw asReadFailure(file, err, sheet);
      }
      // Handed on outside the try: what the consumer does with the rows is no business of the reader's.
      if (batch) yield batch;
      if (last) return;
    }
  } finally {
    await pieces.return?.(undefined);
  }
}

/** Where `<sheetData/>` (`<sheetData />`, with any attributes) ends in `buf`, or -1 when the cell data is not empty (or not there yet). */
function emptyDataEnd(buf: Uint8Array, open: Uint8Array): number {
  for (let at = indexOfBytes(buf, open); at >= 0; at = indexOfBytes(buf, open, at + 1)) {
    const next = buf[at + open.length];
    // "<sheetDataX" is another tag.
    if (next !== 0x20 && next !== 0x2f && next !== 0x3e && next !== 0x09 && next !== 0x0a && next !== 0x0d) continue;
    const end = buf.indexOf(0x3e, at);
    return end > 0 && buf[end - 1] === 0x2f ? end + 1 : -1;
  }
  return -1;
}
