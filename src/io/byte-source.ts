import type { MergeRange } from './sheet-rows.js';
import type { PackedRows } from './xlsx/packed-rows.js';

/**
 * What the readers read from, and what they need from the platform they run on. The readers (zip, xlsx,
 * csv, SheetJS) import no Node module: a platform adapter (`io/node/` for the CLI; a browser one for the
 * offline page) hands them a ByteSource and an IoPlatform.
 */

/** A file's bytes with random access (a zip's directory is at its end): a file handle, a Blob, a buffer. */
export interface ByteSource {
  /** The name used in messages (the path as the user gave it, or a file's name). */
  readonly name: string;
  /** Length in bytes. */
  readonly size: number;
  /** Bytes `[offset, offset + length)`, fewer only at the end of the file. The result may be a view: copy what you keep. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Releases the source (a file handle); reading after it is an error. */
  close(): Promise<void>;
}

/** A sheet being scanned on another thread: its rows as packed batches, pulled in order. */
export interface ThreadRows extends AsyncIterable<PackedRows> {
  /** The sheet's merged ranges, once the last batch has been taken. */
  readonly merges: MergeRange[] | undefined;
  /** Stops the thread (a sheet not read to its end, a workbook closed early). */
  stop(): Promise<void>;
}

/**
 * Starts scanning a big sheet on another thread, or answers undefined to have it scanned in this one. The
 * thread sends shared strings as their index: it needs only how many the workbook has (`sharedStrings`),
 * never the strings themselves.
 */
export type SheetScanThread = (source: ByteSource, sheetIndex: number, sheetBytes: number) => ThreadRows | undefined;

/** What reading needs from the platform: inflating, a checksum, fast text decoding and, optionally, a second thread. */
export interface IoPlatform {
  /** Inflates raw DEFLATE data (zip method 8) given in pieces; errors on damaged data. */
  inflateRaw(raw: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
  /** CRC-32 (zip's) of `data`, continuing from `crc` (0 to start). */
  crc32(data: Uint8Array, crc: number): number;
  /** UTF-8 text of the bytes (a platform may take a faster path for ASCII). */
  utf8(bytes: Uint8Array): string;
  /**
   * Optional, for reading many short texts out of one array (the shared strings) without a view per text:
   * a function answering the text of `bytes[start, end)` as `utf8` decodes it inside the whole array (a
   * U+FEFF at its start is text, not a byte-order mark). Without it, readers use `utf8` on views.
   */
  utf8Ranges?(bytes: Uint8Array): (start: number, end: number) => string;
  /** When given, big xlsx sheets are scanned on another thread while this one counts. */
  scanThread?: SheetScanThread;
}

/** A ByteSource over bytes in memory. */
export function memorySource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
    close: async () => undefined,
  };
}

/** The first `length` bytes (fewer for a shorter file). */
export function head(source: ByteSource, length: number): Promise<Uint8Array> {
  return source.read(0, Math.min(length, source.size));
}
