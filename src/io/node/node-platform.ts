import { isAscii } from 'node:buffer';
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

/** Node's inflate, CRC-32 and text decoding; sheets are scanned in the calling thread (see open-file.ts for the CLI's). */
export const nodePlatformInThread: IoPlatform = {
  inflateRaw: (raw) => inflateRaw(raw, 1 << 20),
  crc32: nativeCrc32 ? (data, crc) => nativeCrc32(data, crc) : crc32,
  utf8,
};

/**
 * The sheet scanning thread's platform: 64 KiB chunks instead of 1 MiB. The chunk buffers of a sheet of
 * hundreds of MB are allocated and freed there by the hundred; at 1 MiB (past malloc's mmap threshold,
 * which then rises) they left their thread's malloc arena holding ~15 MB more at the peak (diverse 1M
 * roster, paired runs: 335 → 320 MB, CPU no worse). The scan's batches are counted in rows, not chunks.
 */
export const WORKER_CHUNK = 1 << 16;
export const nodePlatformInWorker: IoPlatform = { ...nodePlatformInThread, inflateRaw: (raw) => inflateRaw(raw, WORKER_CHUNK) };
