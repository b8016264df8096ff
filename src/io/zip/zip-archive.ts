import type { ByteSource, IoPlatform } from '../byte-source.js';
import { ReadError, ZipBombError } from '../read-error.js';
import { CP437 } from './cp437.js';

/** Limits against zip bombs: a part may not inflate past these. */
export const MAX_PART_BYTES = 2 * 1024 ** 3;
const MAX_RATIO = 1000;
const RATIO_FLOOR = 100 * 1024 ** 2;
/** Raw data is read in pieces of this size (big reads keep the inflater busy and the calls few). */
const PIECE = 1 << 20;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** One file of the archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, at: number): number {
  // Above 2^53 no real file goes; such a value is caught by the bounds checks that follow.
  return u32(b, at) + u32(b, at + 4) * 2 ** 32;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  let ascii = true;
  for (const b of bytes) if (b >= 0x80) ascii = false;
  if (ascii) return String.fromCharCode(...bytes);
  if (utf8) return new TextDecoder('utf-8').decode(bytes);
  let s = '';
  for (const b of bytes) s += b < 0x80 ? String.fromCharCode(b) : CP437[b - 0x80];
  return s;
}

/**
 * A zip read through its central directory, over any ByteSource (zip64, data descriptors, stored and
 * deflated entries). Entries are read on demand; each is checked against the sizes and CRC-32 the
 * directory promised, so a cut or altered part is an error, never a shorter text.
 */
export class ZipArchive {
  private constructor(
    readonly source: ByteSource,
    private readonly platform: IoPlatform,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    /** Where the central directory starts: entry data must end before it. */
    private readonly dataEnd: number,
  ) {}

  /** Reads the central directory; a file that is not a zip, or whose directory is damaged, throws ReadError. */
  static async open(source: ByteSource, platform: IoPlatform): Promise<ZipArchive> {
    const size = source.size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await source.read(size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (u32(tail, i) === EOCD && i + 22 + u16(tail, i + 20) <= tail.length) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ReadError('the zip directory', 'end of central directory not found (the file is cut or not a zip)');
    let count = u16(tail, at + 10);
    let dirSize = u32(tail, at + 12);
    let dirOffset = u32(tail, at + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
      const loc = at - 20;
      if (loc >= 0 && u32(tail, loc) === EOCD64_LOCATOR) {
        const recordAt = u64(tail, loc + 8);
        const record = recordAt + 56 <= size ? await source.read(recordAt, 56) : new Uint8Array(0);
        if (record.length < 56 || u32(record, 0) !== EOCD64) throw new ReadError('the zip directory', 'the zip64 end record is missing or damaged');
        count = u64(record, 32);
        dirSize = u64(record, 40);
        dirOffset = u64(record, 48);
      }
    }
    if (dirOffset + dirSize > size || count * 46 > dirSize)
      throw new ReadError('the zip directory', `the central directory (${count} entries at byte ${dirOffset}) lies outside the file`);
    const dir = await source.read(dirOffset, dirSize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || u32(dir, p) !== CENTRAL) throw new ReadError('the zip directory', `entry ${i + 1} of ${count} is damaged`);
      const flags = u16(dir, p + 8);
      const nameLength = u16(dir, p + 28);
      const extraLength = u16(dir, p + 30);
      const commentLength = u16(dir, p + 32);
      const end = p + 46 + nameLength + extraLength + commentLength;
      if (end > dir.length) throw new ReadError('the zip directory', `entry ${i + 1} of ${count} runs past the directory`);
      let compressedSize = u32(dir, p + 20);
      let uncompressedSize = u32(dir, p + 24);
      let localHeaderOffset = u32(dir, p + 42);
      // Zip64: the sizes and offset that did not fit are in the extra field 0x0001, in this order.
      for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength;) {
        const id = u16(dir, x);
        const len = u16(dir, x + 2);
        if (id === 0x0001) {
          let f = x + 4;
          if (uncompressedSize === 0xffffffff && f + 8 <= x + 4 + len) ((uncompressedSize = u64(dir, f)), (f += 8));
          if (compressedSize === 0xffffffff && f + 8 <= x + 4 + len) ((compressedSize = u64(dir, f)), (f += 8));
          if (localHeaderOffset === 0xffffffff && f + 8 <= x + 4 + len) localHeaderOffset = u64(dir, f);
        }
        x += 4 + len;
      }
      const name = decodeName(dir.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0)
        .replace(/\\/g, '/')
        .replace(/^\//, '');
      const entry: ZipEntry = { name, method: u16(dir, p + 10), flags, crc32: u32(dir, p + 16), compressedSize, uncompressedSize, localHeaderOffset };
      // The first of two entries with one name wins, as in most readers.
      if (!entries.has(name)) entries.set(name, entry);
      p = end;
    }
    return new ZipArchive(source, platform, entries, dirOffset);
  }

  /** The entry of a part, matched without regard to case (some writers vary it). */
  find(name: string): ZipEntry | undefined {
    const exact = this.entries.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    for (const [k, e] of this.entries) if (k.toLowerCase() === lower) return e;
    return undefined;
  }

  /** Where an entry's data starts, from its local header (which must be there). */
  private async dataStart(entry: ZipEntry): Promise<number> {
    const where = `part ${entry.name}`;
    const header = entry.localHeaderOffset + 30 <= this.source.size ? await this.source.read(entry.localHeaderOffset, 30) : new Uint8Array(0);
    if (header.length < 30 || u32(header, 0) !== LOCAL) throw new ReadError(where, 'its local header is missing');
    const start = entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
    if (start + entry.compressedSize > this.dataEnd) throw new ReadError(where, 'its data runs past the end of the file');
    return start;
  }

  private check(entry: ZipEntry): void {
    const where = `part ${entry.name}`;
    const size = entry.uncompressedSize;
    if (size > MAX_PART_BYTES || (size > RATIO_FLOOR && size > entry.compressedSize * MAX_RATIO)) {
      throw new ZipBombError(where, `would inflate to ${Math.round(size / 1048576)} MB from ${Math.round(entry.compressedSize / 1024)} KB`);
    }
    if (entry.flags & 1) throw new ReadError(where, 'is encrypted with a zip password');
    if (entry.method !== 0 && entry.method !== 8) throw new ReadError(where, `uses compression method ${entry.method}, which no spreadsheet program writes`);
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) throw new ReadError(where, 'is stored with two different sizes');
  }

  /**
   * An entry's content in pieces, checked as it comes: more bytes than declared stop the read at once;
   * at the end, fewer bytes or another CRC-32 than the directory says throw ReadError.
   */
  async *stream(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    this.check(entry);
    const start = await this.dataStart(entry);
    const raw = this.raw(start, entry.compressedSize);
    const pieces = entry.method === 0 ? raw : this.platform.inflateRaw(raw);
    const where = `part ${entry.name}`;
    let size = 0;
    let crc = 0;
    const it = pieces[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await it.next();
        } catch (err) {
          // The inflater does not know which part it inflates.
          if (err instanceof ReadError && err.where === '') throw new ReadError(where, err.message);
          throw err;
        }
        if (next.done) break;
        const piece = next.value;
        size += piece.length;
        if (size > entry.uncompressedSize) throw new ReadError(where, `inflates past its declared ${entry.uncompressedSize} bytes`);
        crc = this.platform.crc32(piece, crc);
        yield piece;
      }
    } finally {
      await it.return?.();
    }
    if (size !== entry.uncompressedSize)
      throw new ReadError(where, `holds ${size} bytes where the zip directory says ${entry.uncompressedSize} (the compressed data is damaged)`);
    if (crc >>> 0 !== entry.crc32) throw new ReadError(where, 'does not match its CRC-32 checksum (the data is altered)');
  }

  private async *raw(start: number, length: number): AsyncGenerator<Uint8Array> {
    for (let done = 0; done < length;) {
      const piece = await this.source.read(start + done, Math.min(PIECE, length - done));
      if (piece.length === 0) throw new ReadError('the zip data', 'the file ends early');
      done += piece.length;
      yield piece;
    }
  }

  /** A whole (small) entry in memory. */
  async read(entry: ZipEntry): Promise<Uint8Array> {
    const out = new Uint8Array(entry.uncompressedSize);
    let at = 0;
    for await (const piece of this.stream(entry)) {
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }
}
