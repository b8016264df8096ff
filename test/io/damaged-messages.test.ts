import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/run-cli.js';
import { zipBuffer } from '../helpers/xlsx-parts.js';

// Damaged copies of the sample roster, made here from the fixture: the one line a user reads about each,
// in Vietnamese by default and in English with --lang en (issue 15: the reason inside stayed English).
const dir = mkdtempSync(join(tmpdir(), 'cadre-damaged-'));
const SOURCE = readFileSync(join(FIXTURES, 'sample-roster.xlsx'));
const SHEET = 'xl/worksheets/sheet1.xml';

interface Entry {
  name: string;
  /** Where its central directory record starts. */
  central: number;
  method: number;
  /** Its compressed size. */
  packed: number;
  /** Where its (compressed) data starts. */
  data: number;
}

/** The end record's place and the central directory's entries of a zip. */
function zipEntries(bytes: Buffer): { eocd: number; entries: Entry[] } {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries: Entry[] = [];
  let p = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < bytes.readUInt16LE(eocd + 10); i++) {
    const nameLength = bytes.readUInt16LE(p + 28);
    const local = bytes.readUInt32LE(p + 42);
    entries.push({
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
      central: p,
      method: bytes.readUInt16LE(p + 10),
      packed: bytes.readUInt32LE(p + 20),
      data: local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28),
    });
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return { eocd, entries };
}

const { eocd, entries } = zipEntries(SOURCE);
const sheet = entries.find((e) => e.name === SHEET)!;

/** The fixture's parts as they are, but the sheet cut in the middle of row 40. */
function sheetCut(): Buffer {
  const parts: Record<string, Buffer> = {};
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const raw = SOURCE.subarray(e.data, e.data + e.packed);
    parts[e.name] = e.method === 8 ? inflateRawSync(raw) : raw;
  }
  const xml = parts[SHEET];
  parts[SHEET] = xml.subarray(0, xml.indexOf('<row r="40"') + 60);
  return zipBuffer(parts);
}

/** The fixture with one byte of the sheet's compressed data changed (at `share` of it, by XOR with `mask`). */
function flipped(share: number, mask: number): () => Buffer {
  return () => {
    const out = Buffer.from(SOURCE);
    out[sheet.data + Math.floor(sheet.packed * share)] ^= mask;
    return out;
  };
}

// What a changed byte does depends on where it falls in the DEFLATE data; these places were tried one by one.
const CASES: Record<string, () => Buffer> = {
  'the file cut in half': () => SOURCE.subarray(0, SOURCE.length >> 1),
  'the sheet cut inside a row': sheetCut,
  'a byte of the sheet changed: another checksum': flipped(1 / 3, 0xff),
  'a byte of the sheet changed: the data cannot be inflated': flipped(1 / 50, 0xff),
  'a byte of the sheet changed: fewer bytes than declared': flipped(1 / 2, 0xff),
  'a byte of the sheet changed: more bytes than declared': flipped(99 / 100, 0x10),
  'the sheet\u2019s directory record damaged': () => {
    const out = Buffer.from(SOURCE);
    out.fill(0, sheet.central, sheet.central + 4);
    return out;
  },
  'the directory placed past the end': () => {
    const out = Buffer.from(SOURCE);
    out.writeUInt32LE(SOURCE.length + 100, eocd + 16);
    return out;
  },
};

const files = Object.fromEntries(
  Object.entries(CASES).map(([name, make], i) => {
    const file = join(dir, `hong-${i + 1}.xlsx`);
    writeFileSync(file, make());
    return [name, file];
  }),
);

const SHEET_PART = `sheet 'Danh sách' part ${SHEET}`;
const SHEET_VI = `sheet 'Danh sách' phần ${SHEET}`;
const EXPECTED: Record<string, { vi: string; en: string }> = {
  'the file cut in half': {
    vi: 'bảng tính bị hỏng: mục lục của tệp zip: không tìm thấy phần cuối (tệp bị cắt cụt hoặc không phải tệp zip)',
    en: 'damaged workbook: the zip directory: end of central directory not found (the file is cut or not a zip)',
  },
  'the sheet cut inside a row': {
    vi: `bảng tính bị hỏng: ${SHEET_VI}: kết thúc trước </sheetData>: sheet bị cắt cụt`,
    en: `damaged workbook: ${SHEET_PART}: ends before </sheetData>: the sheet is cut`,
  },
  'a byte of the sheet changed: another checksum': {
    vi: `bảng tính bị hỏng: ${SHEET_VI}: không khớp mã kiểm tra CRC-32 (dữ liệu đã bị thay đổi)`,
    en: `damaged workbook: ${SHEET_PART}: does not match its CRC-32 checksum (the data is altered)`,
  },
  'a byte of the sheet changed: the data cannot be inflated': {
    vi: `bảng tính bị hỏng: ${SHEET_VI}: không giải nén được (khoảng cách tham chiếu lùi quá xa)`,
    en: `damaged workbook: ${SHEET_PART}: cannot be inflated (invalid distance too far back)`,
  },
  'a byte of the sheet changed: fewer bytes than declared': {
    vi: `bảng tính bị hỏng: ${SHEET_VI}: giải nén ra 169036 byte trong khi mục lục của tệp zip ghi 169038 byte (dữ liệu nén bị hỏng)`,
    en: `damaged workbook: ${SHEET_PART}: holds 169036 bytes where the zip directory says 169038 (the compressed data is damaged)`,
  },
  'a byte of the sheet changed: more bytes than declared': {
    vi: `bảng tính bị hỏng: ${SHEET_VI}: giải nén ra nhiều hơn 169038 byte đã khai báo`,
    en: `damaged workbook: ${SHEET_PART}: inflates past its declared 169038 bytes`,
  },
  'the sheet\u2019s directory record damaged': {
    vi: 'bảng tính bị hỏng: mục lục của tệp zip: mục thứ 8 trong 16 mục bị hỏng',
    en: 'damaged workbook: the zip directory: entry 8 of 16 is damaged',
  },
  'the directory placed past the end': {
    vi: 'bảng tính bị hỏng: mục lục của tệp zip: nằm ngoài phạm vi tệp (16 mục, từ byte 29647)',
    en: 'damaged workbook: the zip directory: the central directory (16 entries at byte 29647) lies outside the file',
  },
};

describe('a damaged workbook is said in one line, in Vietnamese by default', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    const file = files[name];
    const vi = await runCli(['summarize', file]);
    const en = await runCli(['summarize', file, '--lang', 'en']);
    expect([vi.code, en.code]).toEqual([1, 1]);
    expect(vi.stdout + en.stdout).toBe('');
    const [viLine, viHint, viEnd] = vi.stderr.split('\n');
    const [enLine, enHint, enEnd] = en.stderr.split('\n');
    expect({ vi: viLine, en: enLine }).toEqual({ vi: `cadre-stats: ${file}: ${EXPECTED[name].vi}`, en: `cadre-stats: ${file}: ${EXPECTED[name].en}` });
    expect([viHint, viEnd, enHint, enEnd]).toEqual([
      '  hãy mở bằng Excel hoặc LibreOffice rồi lưu lại',
      '',
      '  open it in Excel or LibreOffice and save it again',
      '',
    ]);
  });
});
