import { type FileHandle, open, stat } from 'node:fs/promises';
import type { ByteSource } from '../byte-source.js';
import { ReadError } from '../read-error.js';
import { CadreError } from '../../model/cadre-error.js';

/** A file on disk as a ByteSource; `path` is kept so a scanning thread can open the file again. */
export class FileSource implements ByteSource {
  private constructor(
    readonly name: string,
    readonly path: string,
    readonly size: number,
    private readonly handle: FileHandle,
  ) {}

  /** Opens a file for reading; a missing file or a folder is the user's CadreError. `name` is how messages call it. */
  static async open(path: string, name = path): Promise<FileSource> {
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new CadreError('FILE_NOT_FOUND', `${name}: no such file`, 'check the path');
      throw new CadreError('FILE_NOT_FOUND', `${name}: cannot be opened (${err.code ?? err.message})`, 'check the path and that you may read the file');
    });
    if (info.isDirectory()) throw new CadreError('NOT_A_SPREADSHEET', `${name}: is a folder, not a spreadsheet`);
    return new FileSource(name, path, info.size, await open(path, 'r'));
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const want = Math.max(0, Math.min(length, this.size - offset));
    const buf = Buffer.allocUnsafe(want);
    let got = 0;
    try {
      while (got < want) {
        const { bytesRead } = await this.handle.read(buf, got, want - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
    } catch (err) {
      throw new ReadError('the file', `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    return got === want ? buf : buf.subarray(0, got);
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }
}
