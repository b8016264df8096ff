import { LimitExceeded, MAX_CELL_TEXT, MAX_COLS, textTooLong } from '../limits.js';
import { cellAddress, type RowValues } from '../sheet-rows.js';

/** Told of each row with a non-empty field, in order (1-based row numbers). */
export type RowHandler = (rowNumber: number, values: RowValues) => void;

/**
 * An RFC 4180 parser fed text in chunks: quoted fields with doubled quotes and line breaks inside,
 * CRLF/LF/CR line ends. Rows whose fields are all empty are not passed on (as in the xlsx reader).
 * A field longer than a cell may hold, or a row wider than a sheet, throws LimitExceeded (checked per
 * chunk and per field, so memory stays bounded).
 */
export class CsvParser {
  private field = '';
  private row: RowValues = [];
  private quoted = false;
  private afterQuote = false;
  private pendingCR = false;
  private rowNumber = 0;

  constructor(
    private readonly delimiter: string,
    private readonly onRow: RowHandler,
  ) {}

  push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (this.pendingCR) {
        this.pendingCR = false;
        if (ch === '\n') continue;
      }
      if (this.quoted) {
        if (ch === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else this.field += ch;
        continue;
      }
      if (ch === '"') {
        if (this.afterQuote) this.field += '"';
        this.quoted = true;
        this.afterQuote = false;
      } else if (ch === this.delimiter) this.endField();
      else if (ch === '\n' || ch === '\r') {
        this.pendingCR = ch === '\r';
        this.endRow();
      } else {
        this.afterQuote = false;
        this.field += ch;
      }
    }
    if (this.field.length > MAX_CELL_TEXT) throw this.tooLong();
  }

  end(): void {
    if (this.field !== '' || this.row.length > 0) this.endRow();
  }

  private tooLong(): LimitExceeded {
    return textTooLong(this.field.length, `cell ${cellAddress(this.rowNumber + 1, this.row.length)}`);
  }

  private endField(): void {
    if (this.field.length > MAX_CELL_TEXT) throw this.tooLong();
    if (this.row.length >= MAX_COLS) throw new LimitExceeded(`row ${this.rowNumber + 1}`, "more than 16,384 fields, past column XFD, Excel's last column");
    this.row.push(this.field === '' ? null : this.field);
    this.field = '';
    this.afterQuote = false;
  }

  private endRow(): void {
    this.endField();
    this.rowNumber++;
    if (this.row.some((v) => v !== null)) this.onRow(this.rowNumber, this.row);
    this.row = [];
  }
}
