import type { RowHandler, RowValues } from '../sheet-rows.js';

/**
 * An RFC 4180 parser fed text in chunks: quoted fields with doubled quotes and line breaks inside,
 * CRLF/LF/CR line ends. Rows whose fields are all empty are not passed on (as in the xlsx reader).
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
  }

  end(): void {
    if (this.field !== '' || this.row.length > 0) this.endRow();
  }

  private endField(): void {
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
