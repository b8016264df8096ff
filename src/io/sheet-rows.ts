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

/** Called once per non-empty row, in row order. `rowNumber` is 1-based as in Excel. */
export type RowHandler = (rowNumber: number, values: RowValues) => void;

/** How far a sheet's reading has come, in bytes of its (uncompressed) data, for a progress line. */
export type ByteProgress = (done: number, total: number) => void;

/**
 * Told of a cell that has content but no value to give: a formula saved without its result (files
 * written by programs that do not calculate). The cell reads as empty. `rowNumber` 1-based, `col` 0-based.
 */
export type FormulaHandler = (rowNumber: number, col: number) => void;

/** What a reader may tell besides the rows. */
export interface ReadEvents {
  progress?: ByteProgress;
  onFormula?: FormulaHandler;
  /**
   * xlsx only: receives the rows cell by cell instead of `onRow` (which is then not called): shared
   * strings as their index, dates as milliseconds. The scanning thread packs them straight into batches.
   */
  sink?: CellSink;
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

/** A workbook open for streaming: sheets are listed up front and read one at a time, row by row. */
export interface WorkbookSource {
  readonly file: string;
  readonly format: 'xlsx' | 'xls' | 'ods' | 'csv';
  readonly sheets: readonly SheetRef[];
  /** The workbook counts dates from 1904 (old Mac files); plain serial numbers need it to become dates. */
  readonly date1904?: boolean;
  /** Merged ranges of a sheet. In xlsx they follow `sheetData`, so this may scan the sheet ahead. */
  readMerges(sheet: SheetRef): Promise<MergeRange[]>;
  /**
   * Streams the rows of a sheet to `onRow`. Resolves when the sheet is done. Readers that stream report
   * `progress`; the xlsx reader tells `onFormula` of formulas saved without a result.
   */
  readRows(sheet: SheetRef, onRow: RowHandler, events?: ReadEvents): Promise<void>;
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
  let name = '';
  let c = col + 1;
  while (c > 0) {
    const rem = (c - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    c = Math.floor((c - 1) / 26);
  }
  return `${name}${rowNumber}`;
}
