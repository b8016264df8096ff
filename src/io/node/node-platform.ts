import { isAscii } from 'node:buffer';
import { endianness } from 'node:os';
import { Readable, pipeline } from 'node:stream';
import * as zlib from 'node:zlib';
import type { IoPlatform } from '../byte-source.js';
import { ReadError } from '../read-error.js';
import { crc32 } from '../zip/crc32.js';

/**
 * Inflates with Node's zlib in chunks of `chunkSize` bytes; a deep read buffer lets the thread pool inflate
 * the next chunks while the calling thread scans this one. zlib's errors (damaged data) are ReadErrors.
 */
async function* inflateRaw(raw: AsyncIterable<Uint8Array>, chunkSize: number): AsyncGenerator<Uint8Array> {
  // zlib passes stream options through (Node's types omit them).
  const options: zlib.ZlibOptions & { highWaterMark: number } = { chunkSize, highWaterMark: 4 << 20 };
  const inflate = zlib.createInflateRaw(options);
  const input = Readable.from(raw, { objectMode: false });
  // An error on either side destroys both; reading `inflate` then throws it.
  pipeline(input, inflate, () => undefined);
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED') throw new ReadError('', `cannot be inflated (${(err as Error).message})`);
    throw err;
  } finally {
    inflate.destroy();
    input.destroy();
  }
}

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

function utf8(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A sheet whose strings are all shared is plain ASCII: as Latin-1 (the same characters) it decodes in
  // about a fifth of the time UTF-8 takes.
  return isAscii(buf) ? buf.toString('latin1') : buf.toString('utf8');
}

const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * UTF-8 text of many short ranges of one array (a shared string table: 300,000 texts), each what `utf8`
 * answers for the range, with one Buffer view for them all (not one per text). A table that is all ASCII
 * is Latin-1 throughout; an ASCII text is Latin-1. A text with other bytes is decoded here into UTF-16
 * code units, then copied into a string: V8's own UTF-8 decoding took half as long again on Vietnamese
 * text. Anything but well-formed sequences of 2 or 3 bytes (4-byte ones, damaged bytes) is left to it, so
 * its replacements of damaged bytes stay its own. The strings are compact copies, as with `utf8`.
 */
function utf8Ranges(bytes: Uint8Array): (start: number, end: number) => string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buf)) return (start, end) => buf.toString('latin1', start, end);
  // The code units are read back as UTF-16LE: in the host's order, so only where that is little-endian.
  if (!LITTLE_ENDIAN) return (start, end) => utf8(bytes.subarray(start, end));
  let units = new Uint16Array(256);
  let unitBytes = Buffer.from(units.buffer);
  return (start, end) => {
    let i = start;
    while (i < end && bytes[i] < 0x80) i++;
    if (i === end) return buf.toString('latin1', start, end);
    if (end - start > units.length) {
      units = new Uint16Array(end - start);
      unitBytes = Buffer.from(units.buffer);
    }
    let n = 0;
    for (let k = start; k < i; k++) units[n++] = bytes[k];
    while (i < end) {
      const c = bytes[i];
      if (c < 0x80) {
        units[n++] = c;
        i += 1;
        continue;
      }
      const c1 = i + 1 < end ? bytes[i + 1] : 0;
      if (c >= 0xc2 && c < 0xe0 && (c1 & 0xc0) === 0x80) {
        units[n++] = ((c & 0x1f) << 6) | (c1 & 0x3f);
        i += 2;
        continue;
      }
      const c2 = i + 2 < end ? bytes[i + 2] : 0;
      // Three bytes: not overlong (E0 A0 at least), not a surrogate (ED 9F at most).
      if (c >= 0xe0 && c < 0xf0 && (c1 & 0xc0) === 0x80 && (c2 & 0xc0) === 0x80 && (c !== 0xe0 || c1 >= 0xa0) && (c !== 0xed || c1 < 0xa0)) {
        units[n++] = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
        i += 3;
        continue;
      }
      return buf.toString('utf8', start, end);
    }
    return unitBytes.toString('utf16le', 0, 2 * n);
  };
}

/** Node's inflate, CRC-32 and text decoding; sheets are scanned in the calling thread (see open-file.ts for the CLI's). */
export const nodePlatformInThread: IoPlatform = {
  inflateRaw: (raw) => inflateRaw(raw, 1 << 20),
  crc32: nativeCrc32 ? (data, crc) => nativeCrc32(data, crc) : crc32,
  utf8,
  utf8Ranges,
};

/**
 * The sheet scanning thread's platform: 512 KiB chunks instead of 1 MiB. Each chunk is a round trip to
 * the thread pool (and a wake-up of this thread): at 64 KiB, 7,300 of them on a 477 MB sheet left the
 * thread waiting for the inflater ~20% of its time; at 256 KiB, handing each chunk back to the pool still
 * took ~8% of the thread (zlib's write call). At 512 KiB, alternated with 256 KiB on the 1M bench rosters:
 * simple 2.26 -> 2.20 s, diverse 3.12 -> 2.93 s, ~0.1-0.2 s less CPU, peak RSS within ±10 MB. At 1 MiB,
 * no faster, and the chunk buffers, allocated and freed by the hundred, leave the thread's malloc arena
 * holding more at the peak (+20-25 MB RSS). The scan cuts chunks into its own slices (scan-sheet.ts), and
 * its batches are counted in rows, not chunks.
 */
export const WORKER_CHUNK = 1 << 19;
export const nodePlatformInWorker: IoPlatform = { ...nodePlatformInThread, inflateRaw: (raw) => inflateRaw(raw, WORKER_CHUNK) };
