/**
 * What every reader (xlsx today; xls/ods/csv later) hands to the rest of the pipeline.
 * The rest of the program never knows which format a roster came from.
 */

/** An Excel error value such as `#N/A` or `#REF!`. */
export class CellError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

/**
 * A cell's value: text, number, boolean, a date (a `Date` at UTC midnight plus time, produced when the
 * number format is a date format or the cell is `t="d"`), an error, or null for an empty cell.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** One sheet row: index = 0-based column (A = 0). Missing entries are empty cells. */
export type RowValues = CellValue[];

/** A merged range, inclusive; rows 1-based as in Excel, columns 0-based (A = 0). */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetRef {
  /** 0-based position in the workbook's sheet order. */
  index: number;
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

/**
 * Rows of a sheet as a reader hands them on, a few thousand at a time, in row order. Only non-empty rows
 * are listed; `numbers[i]` (1-based, as in Excel) is the number of the row whose cells are `values[i]`.
 */
export interface RowBatch {
  readonly numbers: number[];
  readonly values: RowValues[];
  /**
   * Formula cells of these rows saved without their result (files written by programs that do not
   * calculate), as row, column pairs (1-based row, 0-based column). Such a cell reads as empty.
   */
  readonly formulas: number[];
  /** Bytes of the sheet's (uncompressed) data read so far, and in all, when the reader streams (for a progress line). */
  readonly bytes?: number;
  readonly totalBytes?: number;
  /** On the last batch, from a source whose `mergesAfterRows` is set: the sheet's merged ranges. */
  readonly merges?: MergeRange[];
  /** Which cells were shared strings, and which ones (xlsx rows unpacked from the scanning thread; else absent). */
  readonly shared?: SharedCells;
}

/**
 * The shared strings of a batch's cells, by their index in the workbook's table: whoever keeps answers
 * about a shared string can keep them by index (an array load) instead of by text (a hash lookup).
 */
export interface SharedCells {
  /** The workbook's shared strings (the same array for every batch of the workbook). */
  readonly strings: readonly string[];
  /** Per row of the batch (as `numbers`), where its cells start in `index`. */
  readonly rowStart: Int32Array;
  /** At `rowStart[i] + column`, for each column of the row's width: the index of the cell's shared string, or -1. */
  readonly index: Int32Array;
}

/** Rows as cells, in the order they are written; a row without cells is dropped at `endRow`. */
export interface CellSink {
  beginRow(rowNumber: number): void;
  shared(col: number, index: number): void;
  number(col: number, n: number): void;
  /** A date cell, as milliseconds since 1970 (UTC). */
  date(col: number, ms: number): void;
  /** Any other value (inline and formula strings, booleans, errors, ISO dates), never null. */
  value(col: number, v: Exclude<CellValue, null>): void;
  endRow(): void;
}

/**
 * A workbook open for reading: sheets are listed up front and read one at a time. Errors in the file
 * (damaged, past a limit, encrypted …) are CadreErrors naming the file; the reader never sees the code
 * that consumes its rows, so an error there is never taken for damage.
 */
export interface WorkbookSource {
  /** The file's name as the user gave it (in messages). */
  readonly file: string;
  readonly format: 'xlsx' | 'xls' | 'ods' | 'csv';
  readonly sheets: readonly SheetRef[];
  /** The workbook counts dates from 1904 (old Mac files); plain serial numbers need it to become dates. */
  readonly date1904?: boolean;
  /** Merged ranges of a sheet. In xlsx they follow `sheetData`, so this may scan the sheet ahead. */
  readMerges(sheet: SheetRef): Promise<MergeRange[]>;
  /**
   * Set when `rows()` brings the merged ranges on its last batch (xlsx, where they follow the cells):
   * `readMerges` before the rows is then a second pass over the whole sheet.
   */
  readonly mergesAfterRows?: boolean;
  /** The rows of a sheet, pulled batch by batch: `for await (const batch of wb.rows(sheet))`. */
  rows(sheet: SheetRef): AsyncIterable<RowBatch>;
  close(): Promise<void>;
}

/** The letter(s) of a 0-based column: 0 → "A", 27 → "AB". */
export function columnLetter(col: number): string {
  let name = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** "A1"-style address of a 1-based row and 0-based column. */
export function cellAddress(rowNumber: number, col: number): string {
  return `${columnLetter(col)}${rowNumber}`;
}

/** The 0-based column of letters "A"–"XFD" (capitals): "A" → 0, "AB" → 27. */
export function columnIndex(letters: string): number {
  let c = 0;
  for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
  return c - 1;
}
