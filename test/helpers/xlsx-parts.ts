import { writeFileSync } from 'node:fs';
import type { RowValues, SheetRef, WorkbookSource } from '../../src/io/sheet-rows.js';
import { crc32, deflateRawSync } from 'node:zlib';

/** How `zipBuffer` writes entries: stored ones (as ODF's `mimetype`), sizes in data descriptors, zip64 records. */
export interface ZipOptions {
  stored?: readonly string[] | 'all';
  /** Sizes and CRC after the data (flag bit 3), zeros in the local header, as streaming writers do. */
  descriptors?: boolean;
  /** Zip64 extra fields for sizes and offsets and a zip64 end record, as writers of big files do. */
  zip64?: boolean;
}

/** A zip archive in memory, entries in the order given, deflated except those `stored`. */
export function zipBuffer(entries: Record<string, string | Buffer>, stored: readonly string[] | ZipOptions = []): Buffer {
  const opts: ZipOptions = Array.isArray(stored) ? { stored: stored as readonly string[] } : (stored as ZipOptions);
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const FF = 0xffffffff;
  for (const [name, content] of Object.entries(entries)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const method = opts.stored === 'all' || opts.stored?.includes(name) ? 0 : 8;
    const data = method === 0 ? raw : deflateRawSync(raw);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(raw) >>> 0;
    const flags = 0x0800 | (opts.descriptors ? 0x0008 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(opts.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    if (!opts.descriptors) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(raw.length, 22);
    }
    local.writeUInt16LE(nameBuf.length, 26);
    const descriptor = Buffer.alloc(opts.descriptors ? 16 : 0);
    if (opts.descriptors) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(raw.length, 12);
    }
    const extra = Buffer.alloc(opts.zip64 ? 28 : 0);
    if (opts.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(raw.length), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(opts.zip64 ? 45 : 20, 4);
    head.writeUInt16LE(opts.zip64 ? 45 : 20, 6);
    head.writeUInt16LE(flags, 8);
    head.writeUInt16LE(method, 10);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(opts.zip64 ? FF : data.length, 20);
    head.writeUInt32LE(opts.zip64 ? FF : raw.length, 24);
    head.writeUInt16LE(nameBuf.length, 28);
    head.writeUInt16LE(extra.length, 30);
    head.writeUInt32LE(opts.zip64 ? FF : offset, 42);
    locals.push(local, nameBuf, data, descriptor);
    central.push(head, nameBuf, extra);
    offset += local.length + nameBuf.length + data.length + descriptor.length;
  }
  const dir = Buffer.concat(central);
  const count = Object.keys(entries).length;
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(dir.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + dir.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(opts.zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(opts.zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(opts.zip64 ? FF : dir.length, 12);
  end.writeUInt32LE(opts.zip64 ? FF : offset, 16);
  return Buffer.concat([...locals, dir, ...tail, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of the smallest valid .xlsx with one sheet "DS" whose `<sheetData>` body is `rowsXml`; extra parts may be added or replaced. */
export function xlsxParts(rowsXml: string, parts: Record<string, string> = {}): Record<string, string> {
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rowsXml}</sheetData></worksheet>`,
    ...parts,
  };
}

/** The smallest valid .xlsx with one sheet "DS" whose `<sheetData>` body is `rowsXml`; extra parts may be added or replaced. */
export function writeXlsx(path: string, rowsXml: string, parts: Record<string, string> = {}, zip: ZipOptions = {}): string {
  writeFileSync(path, zipBuffer(xlsxParts(rowsXml, parts), zip));
  return path;
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A roster of `people` rows with a one-row header (Họ và tên, Giới tính, Năm sinh, Chức vụ); `extra` adds cells to each data row. */
export function rosterRows(people: number, extra: (row: number) => string = () => ''): string {
  const head = `<row r="1">${textCell('A1', 'Họ và tên')}${textCell('B1', 'Giới tính')}${textCell('C1', 'Năm sinh')}${textCell('D1', 'Chức vụ')}</row>`;
  let rows = '';
  for (let i = 0; i < people; i++) {
    const r = i + 2;
    rows += `<row r="${r}">${textCell(`A${r}`, `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${i}`)}${textCell(`B${r}`, i % 2 ? 'Nữ' : 'Nam')}<c r="C${r}"><v>${1970 + (i % 30)}</v></c>${textCell(`D${r}`, 'Chuyên viên')}${extra(r)}</row>`;
  }
  return head + rows;
}

/** Every row of a sheet, pulled to the end, with the formula cells the reader named ("row:col"). */
export async function allRows(wb: WorkbookSource, sheet: SheetRef): Promise<{ rows: Array<[number, RowValues]>; formulas: string[] }> {
  const rows: Array<[number, RowValues]> = [];
  const formulas: string[] = [];
  for await (const batch of wb.rows(sheet)) {
    batch.numbers.forEach((n, i) => rows.push([n, batch.values[i]]));
    for (let i = 0; i < batch.formulas.length; i += 2) formulas.push(`${batch.formulas[i]}:${batch.formulas[i + 1]}`);
  }
  return { rows, formulas };
}
