import type { ByteSource } from '../byte-source.js';
import { ReadError } from '../read-error.js';

/** A ByteSource over a Blob; the Blob goes along, so a scanning worker can be given the file itself. */
export interface BlobSource extends ByteSource {
  readonly blob: Blob;
}

/** A dropped or chosen file (a Blob) as a ByteSource: each read is a slice, so a big file is never held whole. */
export function blobSource(name: string, blob: Blob): BlobSource {
  return {
    name,
    blob,
    size: blob.size,
    async read(offset, length) {
      const end = Math.min(blob.size, offset + length);
      if (end <= offset) return new Uint8Array(0);
      try {
        return new Uint8Array(await blob.slice(offset, end).arrayBuffer());
      } catch (err) {
        // The file was moved or changed on disk after it was chosen.
        throw new ReadError('the file', `cannot be read (${(err as Error).name}: ${(err as Error).message})`);
      }
    },
    close: async () => undefined,
  };
}

/** The Blob behind a source made by `blobSource`, if it is one. */
export function blobOf(source: ByteSource): Blob | undefined {
  const blob = (source as Partial<BlobSource>).blob;
  return typeof Blob !== 'undefined' && blob instanceof Blob ? blob : undefined;
}
