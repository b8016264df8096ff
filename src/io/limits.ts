import { ReadError } from './read-error.js';
import { cellAddress } from './sheet-rows.js';

/** Excel's last row: a sheet past it was not saved by Excel. */
export const MAX_ROWS = 1_048_576;
/** Excel's last column, XFD. */
export const MAX_COLS = 16_384;
/** The most characters Excel keeps in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Cells read from one workbook, each row counted up to its last non-empty cell, before it is refused as too large. */
export const MAX_CELLS = 50_000_000;

/** A limit passed inside a reader that does not know the file's name; `where` is e.g. "cell XFE7" or "part xl/sharedStrings.xml". */
export class LimitExceeded extends ReadError {
  constructor(where: string, detail: string) {
    super(where, detail);
    this.name = 'LimitExceeded';
  }
}

/** The error for a text longer than a cell may hold (callers test `length > MAX_CELL_TEXT` first). */
export function textTooLong(length: number, where: string): LimitExceeded {
  return new LimitExceeded(where, `text of ${length.toLocaleString('en')} characters, past Excel's limit of 32,767 per cell`);
}

/** Throws if a row is past Excel's last row or reaches past its last column (`width` = last column + 1). */
export function checkRow(rowNumber: number, width: number): void {
  if (rowNumber > MAX_ROWS) throw new LimitExceeded(`row ${rowNumber}`, "past row 1,048,576, Excel's last row");
  if (width > MAX_COLS) throw new LimitExceeded(`cell ${cellAddress(rowNumber, width - 1)}`, "past column XFD (16,384), Excel's last column");
}
