import type { IoPlatform, ThreadRows } from '../byte-source.js';
import { MAX_CELL_TEXT, textTooLong } from '../limits.js';
import { asReadFailure, ReadError } from '../read-error.js';
import type { CellSink, MergeRange, RowBatch, SheetRef, WorkbookSource } from '../sheet-rows.js';
import type { ZipArchive, ZipEntry } from '../zip/zip-archive.js';
import { CadreError } from '../../model/cadre-error.js';
import { mergesIn } from './merges.js';
import { unpackPieces } from './packed-rows.js';
import { scanSheet } from './scan-sheet.js';
import type { CellContext } from './sheet-scanner.js';
import { parseDateStyles, parseRels, parseSharedStrings, parseWorkbook, sharedStringsFromBytes } from './workbook-parts.js';
import { hasDoctype } from './xml-text.js';
import { dirname, joinPath } from './part-path.js';

const MAX_SHARED_STRINGS_BYTES = 512 * 1024 ** 2;
/** The workbook, relationship and style parts are read whole; real ones are far smaller than this. */
const MAX_SMALL_PART_BYTES = 64 * 1024 ** 2;
/** Rows unpacked at a time from a batch of the scanning thread (see unpackPieces). */
const PIECE_ROWS = 256;

/** An xlsx open for reading, with what the scanning thread needs besides the rows. */
export interface XlsxWorkbook extends WorkbookSource {
  readonly format: 'xlsx';
  /** Uncompressed size of a sheet's XML. */
  sheetBytes(ref: SheetRef): number;
  /** Scans a sheet cell by cell into `sink` (the scanning thread's way); each batch tells the bytes read, the last also the merged ranges. */
  scanInto(ref: SheetRef, sink: CellSink, onFormula: (row: number, col: number) => void): AsyncIterable<RowBatch>;
}

async function readXml(zip: ZipArchive, platform: IoPlatform, entry: ZipEntry, limit = MAX_SMALL_PART_BYTES): Promise<string> {
  const where = `part ${entry.name}`;
  if (entry.uncompressedSize > limit) {
    throw new ReadError(where, `is refused: ${Math.round(entry.uncompressedSize / 1048576)} MB, past the ${limit / 1048576} MB such a part ever needs`);
  }
  const xml = platform.utf8(await zip.read(entry));
  if (hasDoctype(xml)) throw new ReadError(where, 'is refused: it declares a DTD or entities');
  return xml;
}

/** The shared strings: from the bytes when the table has the plain shape, else through its XML text. */
async function readSharedStrings(zip: ZipArchive, platform: IoPlatform, entry: ZipEntry): Promise<string[]> {
  const bytes = await zip.read(entry);
  const plain = sharedStringsFromBytes(bytes, platform);
  if (plain) return plain;
  const xml = platform.utf8(bytes);
  if (hasDoctype(xml)) throw new ReadError(`part ${entry.name}`, 'is refused: it declares a DTD or entities');
  return parseSharedStrings(xml);
}

/**
 * Opens an .xlsx/.xlsm from its zip: the workbook, relationships and styles are read first (whatever their
 * order in the archive); the shared strings when the first sheet's rows are pulled, and sheets are
 * inflated and scanned then. With a platform that has a second thread, a big sheet's scan starts there
 * before this thread reads the shared strings, and goes on while this thread counts. The scanning thread
 * opens its workbook with `indicesOnly`: it reads no shared strings and passes every one on by index; the
 * rows are unpacked here, where an index past the table reads as an empty cell, as in a scan on one thread.
 */
export async function openXlsx(zip: ZipArchive, platform: IoPlatform, opts: { indicesOnly?: boolean } = {}): Promise<XlsxWorkbook> {
  const file = zip.source.name;
  try {
    const rootRels = zip.find('_rels/.rels');
    const rootTargets = rootRels ? parseRels(await readXml(zip, platform, rootRels), '') : [];
    const wbPath = rootTargets.find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml';
    const wbEntry = zip.find(wbPath);
    if (!wbEntry) throw new ReadError(`part ${wbPath}`, 'is missing');
    const dir = dirname(wbPath);
    const relsEntry = zip.find(joinPath(dir, `_rels/${wbPath.slice(dir ? dir.length + 1 : 0)}.rels`));
    const rels = relsEntry ? parseRels(await readXml(zip, platform, relsEntry), dir) : [];
    const { sheets, date1904 } = parseWorkbook(await readXml(zip, platform, wbEntry), rels);
    const stylesPath = rels.find((r) => /\/styles$/.test(r.type))?.target ?? joinPath(dir, 'styles.xml');
    const stylesEntry = zip.find(stylesPath);
    const dateStyles = stylesEntry ? parseDateStyles(await readXml(zip, platform, stylesEntry)) : [];
    const sstPath = rels.find((r) => /\/sharedStrings$/.test(r.type))?.target ?? joinPath(dir, 'sharedStrings.xml');
    const sstEntry = zip.find(sstPath);
    if (opts.indicesOnly) return new Xlsx(zip, platform, sheets, date1904, { strings: [], sharedCount: Infinity, dateStyles, date1904 });
    if (sstEntry && sstEntry.uncompressedSize > MAX_SHARED_STRINGS_BYTES) {
      throw new CadreError(
        'FILE_TOO_LARGE',
        `${file}: the shared strings take ${Math.round(sstEntry.uncompressedSize / 1048576)} MB (limit ${MAX_SHARED_STRINGS_BYTES / 1048576} MB)`,
        'split the roster into smaller files',
      );
    }
    return new Xlsx(zip, platform, sheets, date1904, { strings: [], sharedCount: 0, dateStyles, date1904 }, sstEntry);
  } catch (err) {
    throw asReadFailure(file, err);
  }
}

/** The shared strings, checked: a text past the cell limit is refused here, once per distinct string, not per cell. */
async function loadSharedStrings(zip: ZipArchive, platform: IoPlatform, entry: ZipEntry): Promise<string[]> {
  const strings = await readSharedStrings(zip, platform, entry);
  const long = strings.findIndex((s) => s.length > MAX_CELL_TEXT);
  if (long >= 0) throw textTooLong(strings[long].length, `part ${entry.name}, string ${long + 1}`);
  return strings;
}

class Xlsx implements XlsxWorkbook {
  readonly format = 'xlsx';
  readonly mergesAfterRows = true;
  readonly file: string;
  readonly sheets: readonly SheetRef[];
  /** Sheets being scanned on another thread, started when their merges or rows were asked for. */
  private readonly threads = new Map<number, ThreadRows>();

  constructor(
    private readonly zip: ZipArchive,
    private readonly platform: IoPlatform,
    private readonly parts: ReadonlyArray<SheetRef & { part: string }>,
    readonly date1904: boolean,
    private readonly ctx: CellContext,
    /** The shared strings' part, read when rows are first pulled (none: the workbook has none, or reads none). */
    private readonly sstEntry?: ZipEntry,
  ) {
    this.file = zip.source.name;
    this.sheets = parts.map(({ part: _p, ...s }) => s);
  }

  private entry(ref: SheetRef): ZipEntry {
    const part = this.parts[ref.index].part;
    const entry = this.zip.find(part);
    if (!entry) throw asReadFailure(this.file, new ReadError(`part ${part}`, 'is missing'), ref.name);
    return entry;
  }

  private sharedRead?: Promise<void>;

  /** Reads the shared strings into the scan context, once; their errors are the file's, as at opening. */
  private sharedStrings(): Promise<void> {
    const entry = this.sstEntry;
    if (!entry) return Promise.resolve();
    return (this.sharedRead ??= loadSharedStrings(this.zip, this.platform, entry).then(
      (strings) => {
        this.ctx.strings = strings;
        this.ctx.sharedCount = strings.length;
      },
      (err: unknown) => Promise.reject(asReadFailure(this.file, err)),
    ));
  }

  sheetBytes(ref: SheetRef): number {
    return this.entry(ref).uncompressedSize;
  }

  /** Starts the other thread on a big sheet (when the platform has one); with `readMerges` first, it scans while the merges are read here. */
  private startThread(ref: SheetRef): void {
    if (this.threads.has(ref.index) || !this.platform.scanThread) return;
    const rows = this.platform.scanThread(this.zip.source, ref.index, this.sheetBytes(ref));
    if (rows) this.threads.set(ref.index, rows);
  }

  async readMerges(ref: SheetRef): Promise<MergeRange[]> {
    const entry = this.entry(ref);
    this.startThread(ref);
    try {
      return await mergesIn(this.zip.stream(entry));
    } catch (err) {
      throw asReadFailure(this.file, err, ref.name);
    }
  }

  /** The rows; the last batch brings the sheet's merged ranges (they follow the cells in the XML). */
  async *rows(ref: SheetRef): AsyncGenerator<RowBatch> {
    const entry = this.entry(ref);
    this.startThread(ref);
    // Read while the other thread (started just now) opens the file and scans its first rows.
    await this.sharedStrings();
    const thread = this.threads.get(ref.index);
    if (!thread) {
      yield* scanSheet(this.zip, entry, ref.name, this.ctx, this.platform);
      return;
    }
    this.threads.delete(ref.index);
    for await (const packed of thread) yield* unpackPieces(packed, this.ctx.strings, PIECE_ROWS, entry.uncompressedSize);
    const merges = thread.merges;
    if (!merges) throw new Error('the sheet scanning thread ended without the merged cells');
    yield { numbers: [], values: [], formulas: [], bytes: entry.uncompressedSize, totalBytes: entry.uncompressedSize, merges };
  }

  /** Scans a sheet's cells into `sink`; the batches tell the bytes read, and the last one the merged ranges. */
  scanInto(ref: SheetRef, sink: CellSink, onFormula: (row: number, col: number) => void): AsyncGenerator<RowBatch> {
    return scanSheet(this.zip, this.entry(ref), ref.name, this.ctx, this.platform, sink, onFormula);
  }

  async close(): Promise<void> {
    for (const t of this.threads.values()) await t.stop();
    this.threads.clear();
    await this.zip.source.close();
  }
}
