import { isAscii } from 'node:buffer';
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import type { Entry } from 'yauzl';
import { CadreError } from '../../model/cadre-error.js';
import { checkRow, LimitExceeded, MAX_CELL_TEXT, pastLimit, textTooLong } from '../limits.js';
import type { MergeRange, ReadEvents, RowHandler, SheetRef, WorkbookSource } from '../sheet-rows.js';
import { SheetScanner, type CellContext } from './sheet-scanner.js';
import { parseDateStyles, parseRels, parseSharedStrings, parseWorkbook } from './workbook-parts.js';
import { hasDoctype } from './xml-text.js';
import { ZipArchive } from './zip-archive.js';
import { withScanThread } from './scan-thread.js';

const MAX_SHARED_STRINGS_BYTES = 512 * 1024 ** 2;
/** The workbook, relationship and style parts are read whole; real ones are far smaller than this. */
const MAX_SMALL_PART_BYTES = 64 * 1024 ** 2;

function damaged(file: string, part: string, detail: string): CadreError {
  return new CadreError('DAMAGED_FILE', `${file}: damaged workbook: part ${part} ${detail}`, 'open it in Excel and save it again');
}

/** Opens a part for streaming; a local header or data the central directory lied about is DAMAGED_FILE. */
async function openPart(zip: ZipArchive, entry: Entry): Promise<Readable> {
  try {
    return await zip.stream(entry);
  } catch (err) {
    if (err instanceof CadreError) throw err;
    throw damaged(zip.file, entry.fileName, `cannot be read (${(err as Error).message})`);
  }
}

async function readXml(zip: ZipArchive, entry: Entry, limit = MAX_SMALL_PART_BYTES): Promise<string> {
  if (entry.uncompressedSize > limit)
    throw damaged(
      zip.file,
      entry.fileName,
      `is refused: ${Math.round(entry.uncompressedSize / 1048576)} MB, past the ${limit / 1048576} MB such a part ever needs`,
    );
  let xml: string;
  try {
    xml = (await zip.read(entry)).toString('utf8');
  } catch (err) {
    if (err instanceof CadreError) throw err;
    throw damaged(zip.file, entry.fileName, `cannot be read (${(err as Error).message})`);
  }
  if (hasDoctype(xml)) throw damaged(zip.file, entry.fileName, 'is refused: it declares a DTD or entities');
  return xml;
}

/** An xlsx open in this thread, with the shared strings it read (the scanning thread's rows refer to them). */
export type XlsxSource = WorkbookSource & { readonly sharedStrings: readonly string[]; sheetBytes(ref: SheetRef): number };

/**
 * Opens an .xlsx/.xlsm for streaming: the workbook, relationships, styles and shared strings are read
 * first (whatever their order in the archive); sheets are then inflated and scanned on demand. Big
 * sheets are scanned on a second thread while this one counts (see scan-thread.ts).
 */
export async function openXlsx(file: string): Promise<WorkbookSource> {
  return withScanThread(await openXlsxInThread(file));
}

/** Opens an .xlsx/.xlsm whose sheets are all scanned in the calling thread. */
export async function openXlsxInThread(file: string): Promise<XlsxSource> {
  const zip = await ZipArchive.open(file, (d) => new CadreError('DAMAGED_FILE', `${file}: damaged workbook: ${d}`, 'open it in Excel and save it again'));
  try {
    const rootRels = zip.find('_rels/.rels');
    const rootTargets = rootRels ? parseRels(await readXml(zip, rootRels), '') : [];
    const wbPath = rootTargets.find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml';
    const wbEntry = zip.find(wbPath);
    if (!wbEntry) throw damaged(file, wbPath, 'is missing');
    const dir = posix.dirname(wbPath);
    const relsEntry = zip.find(posix.join(dir, '_rels', `${posix.basename(wbPath)}.rels`));
    const rels = relsEntry ? parseRels(await readXml(zip, relsEntry), dir) : [];
    const { sheets, date1904 } = parseWorkbook(await readXml(zip, wbEntry), rels);
    const stylesPath = rels.find((r) => /\/styles$/.test(r.type))?.target ?? posix.join(dir, 'styles.xml');
    const stylesEntry = zip.find(stylesPath);
    const dateStyles = stylesEntry ? parseDateStyles(await readXml(zip, stylesEntry)) : [];
    const sstPath = rels.find((r) => /\/sharedStrings$/.test(r.type))?.target ?? posix.join(dir, 'sharedStrings.xml');
    const sstEntry = zip.find(sstPath);
    if (sstEntry && sstEntry.uncompressedSize > MAX_SHARED_STRINGS_BYTES) {
      throw new CadreError(
        'FILE_TOO_LARGE',
        `${file}: the shared strings take ${Math.round(sstEntry.uncompressedSize / 1048576)} MB (limit ${MAX_SHARED_STRINGS_BYTES / 1048576} MB)`,
        'split the roster into smaller files',
      );
    }
    const strings = sstEntry ? parseSharedStrings(await readXml(zip, sstEntry, MAX_SHARED_STRINGS_BYTES)) : [];
    // Long texts are checked here, once per distinct string, not per cell.
    const long = strings.findIndex((s) => s.length > MAX_CELL_TEXT);
    if (long >= 0) throw pastLimit(file, undefined, textTooLong(strings[long].length, `part ${sstEntry!.fileName}, string ${long + 1}`));
    const ctx: CellContext = { strings, dateStyles, date1904 };
    const partOf = new Map(sheets.map((s) => [s.index, s.part]));
    const entryOf = (ref: SheetRef): Entry => {
      const part = partOf.get(ref.index)!;
      const entry = zip.find(part);
      if (!entry) throw damaged(file, part, 'is missing');
      return entry;
    };
    return {
      file,
      format: 'xlsx',
      sheets: sheets.map(({ part: _p, ...s }) => s),
      date1904,
      sharedStrings: strings,
      sheetBytes: (ref) => entryOf(ref).uncompressedSize,
      readMerges: (ref) => scanMerges(zip, entryOf(ref), ref.name),
      readRows: (ref, onRow, events) => scanRows(zip, entryOf(ref), ref.name, ctx, onRow, events),
      close: async () => zip.close(),
    };
  } catch (err) {
    zip.close();
    throw err;
  }
}

/**
 * The first `end` bytes as text. A sheet whose strings are all shared is plain ASCII: decoded as
 * Latin-1 (the same characters) it takes about a fifth of the time UTF-8 decoding does.
 */
function text(buf: Buffer, end: number): string {
  const part = buf.subarray(0, end);
  return isAscii(part) ? part.toString('latin1') : part.toString('utf8');
}

async function scanRows(zip: ZipArchive, entry: Entry, sheet: string, ctx: CellContext, onRow: RowHandler, events: ReadEvents = {}): Promise<void> {
  const { progress, onFormula, sink } = events;
  const stream = await openPart(zip, entry);
  let scanner: SheetScanner | undefined;
  let pending: Buffer = Buffer.alloc(0);
  let closeTag = Buffer.from('</row>');
  let endTag = Buffer.from('</sheetData>');
  let done = 0;
  try {
    for await (const chunk of stream) {
      done += (chunk as Buffer).length;
      progress?.(done, entry.uncompressedSize);
      let buf = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
      if (!scanner) {
        const head = buf.toString('latin1', 0, Math.min(buf.length, 4096));
        if (hasDoctype(head)) throw damaged(zip.file, entry.fileName, 'is refused: it declares a DTD or entities');
        const prefix = /<([\w.-]+:)?worksheet[\s>]/.exec(head)?.[1] ?? '';
        scanner = new SheetScanner(ctx, onRow, prefix, onFormula, sink);
        closeTag = Buffer.from(`</${prefix}row>`);
        endTag = Buffer.from(`</${prefix}sheetData>`);
      }
      // The end of the cell data can only follow the last complete row: search from there.
      const cut = buf.lastIndexOf(closeTag);
      const end = buf.indexOf(endTag, Math.max(0, cut));
      if (end >= 0) {
        scanner.scan(text(buf, end));
        stream.destroy();
        return;
      }
      // Scan up to the last complete row: the cut falls on ASCII, so no character is split.
      if (cut >= 0) {
        scanner.scan(text(buf, cut + closeTag.length));
        buf = buf.subarray(cut + closeTag.length);
      }
      pending = Buffer.from(buf);
    }
    if (scanner && pending.length) scanner.scan(text(pending, pending.length));
  } catch (err) {
    stream.destroy();
    if (err instanceof CadreError) throw err;
    if (err instanceof LimitExceeded) throw pastLimit(zip.file, sheet, err);
    throw damaged(zip.file, entry.fileName, `cannot be read (${(err as Error).message})`);
  }
}

const MERGE = /<(?:[\w.-]+:)?mergeCell\s[^<>]*?ref\s*=\s*"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g;

function col(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

async function scanMerges(zip: ZipArchive, entry: Entry, sheet: string): Promise<MergeRange[]> {
  const stream = await openPart(zip, entry);
  try {
    return await mergesIn(stream);
  } catch (err) {
    stream.destroy();
    if (err instanceof CadreError) throw err;
    if (err instanceof LimitExceeded) throw pastLimit(zip.file, sheet, err);
    throw damaged(zip.file, entry.fileName, `cannot be read (${(err as Error).message})`);
  }
}

/** The merged ranges in a sheet's XML, given in pieces of any size. */
export async function mergesIn(pieces: AsyncIterable<Buffer>): Promise<MergeRange[]> {
  const merges: MergeRange[] = [];
  let tail = '';
  let carry: Buffer = Buffer.alloc(0);
  let started = false;
  for await (const chunk of pieces) {
    let text: string;
    if (!started) {
      // Merges follow sheetData: skip the cell data with a byte search until the block starts. The
      // last bytes of the previous piece are searched with the first of this one (a word may be cut).
      const piece = chunk as Buffer;
      const seam = carry.length ? Buffer.concat([carry, piece.subarray(0, 32)]) : carry;
      const atSeam = seam.indexOf('mergeCells');
      const at = atSeam >= 0 ? -1 : piece.indexOf('mergeCells');
      if (atSeam < 0 && at < 0) {
        const joined = piece.length >= 32 ? piece : Buffer.concat([carry, piece]);
        carry = Buffer.from(joined.subarray(Math.max(0, joined.length - 32)));
        continue;
      }
      started = true;
      text = atSeam >= 0 ? seam.toString('latin1', Math.max(0, atSeam - 8)) + piece.toString('latin1', 32) : piece.toString('latin1', Math.max(0, at - 8));
    } else text = tail + (chunk as Buffer).toString('latin1');
    const last = text.lastIndexOf('>');
    const region = text.slice(0, last + 1);
    MERGE.lastIndex = 0;
    for (let m = MERGE.exec(region); m; m = MERGE.exec(region)) {
      const [top, left] = [Number(m[2]), col(m[1])];
      const range: MergeRange = { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
      // A range past Excel's last row or column would have the body filled cell by cell out there.
      checkRow(range.bottom, range.right + 1);
      merges.push(range);
    }
    tail = text.slice(last + 1);
  }
  return merges;
}
