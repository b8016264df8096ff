import type { IoPlatform } from '../byte-source.js';
import { ReadError } from '../read-error.js';
import { crc32 } from '../zip/crc32.js';

/**
 * Inflates with the browser's own DecompressionStream('deflate-raw'); its errors on damaged data are
 * ReadErrors, like zlib's in Node. The input is fed from a second task so a full output queue cannot
 * stall the input.
 */
async function* inflateRaw(raw: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    try {
      for await (const chunk of raw) {
        if (stopped) return;
        await writer.write(chunk as Uint8Array<ArrayBuffer>);
      }
      await writer.close();
    } catch (err) {
      await writer.abort(err).catch(() => undefined);
      if (!stopped) throw err;
    }
  })();
  // Seen by the reader as a rejected read; kept from being reported twice.
  feeding.catch(() => undefined);
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (err) {
        // The input's own error (a failed read of the file) wins over the stream's report of it.
        await feeding;
        throw new ReadError('', `cannot be inflated (${(err as Error).message})`);
      }
      if (next.done) break;
      yield next.value;
    }
    await feeding;
  } finally {
    stopped = true;
    await reader.cancel().catch(() => undefined);
  }
}

const decoder = new TextDecoder('utf-8');
// A text inside a part keeps a leading U+FEFF, as the part's text decoded whole does (only its start loses one).
const rangeDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The browser's inflate and text decoding, CRC-32 in plain code; the page reads in its worker, one sheet at a time. */
export const browserPlatform: IoPlatform = {
  inflateRaw,
  crc32,
  utf8: (bytes) => decoder.decode(bytes),
  utf8Ranges: (bytes) => (start, end) => rangeDecoder.decode(bytes.subarray(start, end)),
};
