// A minimal zip writer (deflate, no zip64) for the benchmark's generated rosters: streaming, deterministic.
import { createWriteStream } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** Writes entries one after another; each entry's data is given as an array of string/Buffer chunks. */
export class ZipWriter {
  constructor(path) {
    this.out = createWriteStream(path);
    this.offset = 0;
    this.central = [];
    this.failure = null;
    this.out.on('error', (err) => {
      this.failure = err;
    });
  }

  write(buf) {
    this.offset += buf.length;
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve) => {
      if (this.out.write(buf)) resolve();
      else this.out.once('drain', resolve);
    });
  }

  /** Adds one file; `chunks` is an iterable of strings (UTF-8) produced lazily. */
  async add(name, chunks) {
    let crc = 0;
    let size = 0;
    const parts = [];
    let pending = [];
    let pendingLen = 0;
    // The raw text is gathered and deflated once per entry: simple, and fine for a generator.
    for (const c of chunks) {
      const b = Buffer.from(c, 'utf8');
      crc = crc32(b, crc);
      size += b.length;
      pending.push(b);
      pendingLen += b.length;
      if (pendingLen > 64 << 20) {
        parts.push(Buffer.concat(pending));
        pending = [];
        pendingLen = 0;
      }
    }
    parts.push(Buffer.concat(pending));
    const raw = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const data = deflateRawSync(raw, { level: 6 });
    const nameBuf = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    this.central.push({ nameBuf, crc, csize: data.length, size, offset: this.offset });
    await this.write(local);
    await this.write(nameBuf);
    await this.write(data);
  }

  async close() {
    const start = this.offset;
    for (const e of this.central) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0800, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(DOS_TIME, 12);
      h.writeUInt16LE(DOS_DATE, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.csize, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.nameBuf.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.write(h);
      await this.write(e.nameBuf);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.central.length, 8);
    end.writeUInt16LE(this.central.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await new Promise((resolve) => this.out.end(resolve));
  }
}
