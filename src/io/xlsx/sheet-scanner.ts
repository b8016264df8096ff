import { ReadError } from '../read-error.js';
import { CellError, cellAddress, type CellSink, type CellValue, type RowValues } from '../sheet-rows.js';

/** Told of each non-empty row, in order. */
export type RowHandler = (rowNumber: number, values: RowValues) => void;
import { checkRow, MAX_CELL_TEXT, MAX_COLS, MAX_ROWS, textTooLong } from '../limits.js';
import { serialToDate, serialToMs } from '../excel-date.js';
import { digits, TagAttributes, T_BOOL, T_ERROR, T_INLINE, T_NUMBER, T_SHARED, T_STR } from './tag-attributes.js';
import { stringItemText, unescapeXml } from './xml-text.js';

// What `fastCell` found: nothing (an empty cell), a shared string's index, a number or a date serial.
const K_EMPTY = 0;
const K_SHARED = 1;
const K_NUMBER = 2;
const K_DATE = 3;

/**
 * What cell values need from the workbook: shared strings, date styles, the date system. A scanner with a
 * sink (the scanning thread) passes shared strings on as their index and needs only their count: its
 * `strings` may be empty.
 */
export interface CellContext {
  strings: readonly string[];
  /** How many shared strings the workbook has (an index past them reads as an empty cell). */
  sharedCount: number;
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/**
 * Scans a sheet's XML, row by row, without a DOM: the text is fed in pieces that each end at a row's
 * end (an ASCII boundary, so no UTF-8 character is ever split). `prefix` is the namespace prefix of
 * the sheet's tags ("" or "x:").
 */
export class SheetScanner {
  private nextRow = 1;
  private readonly rowOpen: string;
  private readonly rowClose: string;
  private readonly cellOpen: string;
  private readonly cellClose: string;
  private readonly vOpen: string;
  private readonly vClose: string;
  private readonly isOpen: string;
  private readonly fOpen: string;
  private readonly dataOpen: RegExp;
  private readonly attrs = new TagAttributes();
  /** Tags without a namespace prefix: the usual case, read by the character-level fast path. */
  private readonly plain: boolean;
  /** Set by `fastCell`: the column, kind and number (index, value or serial) of the cell it read. */
  private fastCol = 0;
  private fastKind = K_EMPTY;
  private fastNum = 0;
  /** Set by `cells` in sink mode: one past the last column given to the sink (0: none). */
  private rowWidth = 0;
  /** Set by `cells`: where the row's cells end (its `</row>`, or the end of the text). */
  private cellsEnd = 0;
  /** The bytes of the text being scanned, when each is one character of it (see `scan`). */
  private bytes: Uint8Array | undefined;
  done = false;

  constructor(
    private readonly ctx: CellContext,
    private readonly onRow: RowHandler,
    prefix: string,
    /** Told of each formula cell saved without its result (`<f>` and no `<v>`), which reads as empty. */
    private readonly onFormulaWithoutValue?: (rowNumber: number, col: number) => void,
    /** When given, receives the cells instead of `onRow` getting rows (see ReadEvents.sink). */
    private readonly sink?: CellSink,
  ) {
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.cellOpen = `<${prefix}c`;
    this.cellClose = `</${prefix}c>`;
    this.vOpen = `<${prefix}v`;
    this.vClose = `</${prefix}v>`;
    this.isOpen = `<${prefix}is`;
    this.fOpen = `<${prefix}f`;
    this.dataOpen = new RegExp(`<${prefix.replace('.', '\\.')}sheetData[\\s>]`);
    this.plain = prefix === '';
  }

  /**
   * Scans the rows of `s`, which ends at a row's end, or (`last`) at the end of the sheet's cell data: there
   * a row without its end tag was cut, and that is an error, not a shorter row. `bytes`, when given, are
   * the text's bytes, one per character (`bytes[i]` is `s.charCodeAt(i)` wherever that is ASCII): the
   * fast path reads them.
   */
  scan(s: string, last = false, bytes?: Uint8Array): void {
    this.bytes = bytes;
    try {
      this.rows(s, last);
    } finally {
      this.bytes = undefined;
    }
  }

  private rows(s: string, last: boolean): void {
    let pos = 0;
    for (;;) {
      const start = s.indexOf(this.rowOpen, pos);
      if (start < 0) {
        if (last) this.checkTail(s, pos);
        return;
      }
      const after = s.charCodeAt(start + this.rowOpen.length);
      if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
        pos = start + 1;
        continue;
      }
      const tagEnd = s.indexOf('>', start);
      if (tagEnd < 0) throw new ReadError(`row ${this.nextRow}`, 'is cut inside its start tag');
      this.attrs.read(s, start + this.rowOpen.length, tagEnd);
      const rowNumber = this.attrs.num >= 0 ? this.attrs.num : this.nextRow;
      this.nextRow = rowNumber + 1;
      if (s.charCodeAt(tagEnd - 1) === 47) {
        pos = tagEnd + 1;
        continue;
      }
      // Without a prefix, the row's end is found by reading its cells (its first `</row>` follows the last
      // cell the fast path reads); else, or once the general path needs it, by a search.
      const rowEnd = this.plain ? -1 : this.rowEnd(s, tagEnd, rowNumber, last);
      const sink = this.sink;
      if (sink) {
        sink.beginRow(rowNumber);
        this.cells(s, tagEnd + 1, rowEnd, rowNumber, last);
        const width = this.rowWidth;
        if (width > 0 && (rowNumber > MAX_ROWS || width > MAX_COLS)) checkRow(rowNumber, width);
        sink.endRow();
        pos = this.cellsEnd + this.rowClose.length;
        continue;
      }
      const values = this.cells(s, tagEnd + 1, rowEnd, rowNumber, last);
      if (values) {
        // Excel's limits, checked once per row: past them a cell is beyond any real sheet.
        if (rowNumber > MAX_ROWS || values.length > MAX_COLS) checkRow(rowNumber, values.length);
        this.onRow(rowNumber, values);
      }
      pos = this.cellsEnd + this.rowClose.length;
    }
  }

  /**
   * Where the row whose start tag ends at `from` ends: its first `</row>`, or the end of `s` (which ends at
   * a row's end unless `last`: there a row without its end tag was cut).
   */
  private rowEnd(s: string, from: number, rowNumber: number, last: boolean): number {
    const end = s.indexOf(this.rowClose, from);
    if (end < 0 && last) throw new ReadError(`row ${rowNumber}`, 'has no end: the sheet is cut inside it');
    return end < 0 ? s.length : end;
  }

  /**
   * At the end of the cell data, after the last row, only white space may come: anything else is a row
   * cut inside its start tag ("<ro", "<row r=\"9\" spans"). Before any row, the text up to `<sheetData>` is skipped.
   */
  private checkTail(s: string, pos: number): void {
    let tail = s.slice(pos);
    if (pos === 0) {
      const open = tail.search(this.dataOpen);
      if (open >= 0) tail = tail.slice(tail.indexOf('>', open) + 1);
    }
    if (tail.trim() !== '') throw new ReadError(`row ${this.nextRow}`, 'is cut inside its start tag');
  }

  /**
   * A row's cells as values, or null when it has none; in sink mode they go to the sink (and null is
   * returned). `to` is where the row ends, or -1 when it is not known yet (tags without a prefix): then
   * the fast path stops at a `</row>` where a cell could start, and anything else has the end searched for.
   * Either way `cellsEnd` is set to the row's end.
   */
  private cells(s: string, from: number, to: number, rowNumber: number, last: boolean): RowValues | null {
    const sink = this.sink;
    const values: RowValues = [];
    let any = false;
    let width = 0;
    let nextCol = 0;
    let pos = from;
    for (;;) {
      if (this.plain) {
        // Row end not known yet: `</row>` right here ends the row (no `</row>` can hide inside a cell the
        // fast path has read, and `fastCell` refuses the attributes it would skip unread).
        const b = this.bytes;
        if (to < 0 && (b ? b[pos] === 60 && b[pos + 1] === 47 : s.charCodeAt(pos) === 60 && s.charCodeAt(pos + 1) === 47) && s.startsWith(this.rowClose, pos)) {
          to = pos;
          break;
        }
        const next = pos < to || to < 0 ? (b ? this.fastCellBytes(b, pos, to, nextCol) : this.fastCell(s, pos, to, nextCol)) : -1;
        if (next >= 0) {
          const col = this.fastCol;
          nextCol = col + 1;
          pos = next;
          const kind = this.fastKind;
          if (kind === K_EMPTY) continue;
          const n = this.fastNum;
          if (sink) {
            if (kind === K_SHARED) {
              // An index past the shared strings reads as an empty cell, as it does below.
              if (n >= this.ctx.sharedCount) continue;
              sink.shared(col, n);
            } else if (kind === K_DATE) sink.date(col, serialToMs(n, this.ctx.date1904));
            else sink.number(col, n);
            if (col >= width) width = col + 1;
          } else {
            const v = kind === K_SHARED ? (this.ctx.strings[n] ?? null) : kind === K_DATE ? serialToDate(n, this.ctx.date1904) : n;
            if (v === null) continue;
            values[col] = v;
            any = true;
          }
          continue;
        }
        // Anything else: the general path, within the row's end.
        if (to < 0) to = this.rowEnd(s, pos, rowNumber, last);
      }
      const start = s.indexOf(this.cellOpen, pos);
      if (start < 0 || start >= to) break;
      const after = s.charCodeAt(start + this.cellOpen.length);
      if (after !== 32 && after !== 62 && after !== 47) {
        pos = start + 1;
        continue;
      }
      const tagEnd = s.indexOf('>', start);
      if (s.charCodeAt(tagEnd - 1) === 47) {
        // An empty cell <c r="B9" s="3"/>: only its column matters.
        this.attrs.read(s, start + this.cellOpen.length, tagEnd);
        nextCol = (this.attrs.col >= 0 ? this.attrs.col : nextCol) + 1;
        pos = tagEnd + 1;
        continue;
      }
      this.attrs.read(s, start + this.cellOpen.length, tagEnd);
      const col = this.attrs.col >= 0 ? this.attrs.col : nextCol;
      nextCol = col + 1;
      const close = s.indexOf(this.cellClose, tagEnd);
      const cellEnd = close < 0 || close > to ? to : close;
      if (sink && this.attrs.type === T_SHARED) {
        // Passed on as its index (the sink's side holds the strings); no value reads as empty, as below.
        const i = this.sharedIndex(s, tagEnd, cellEnd);
        if (i >= 0) {
          sink.shared(col, i);
          if (col >= width) width = col + 1;
          pos = cellEnd;
          continue;
        }
      }
      const value = this.value(s, tagEnd, cellEnd);
      if (value !== null) {
        if (typeof value === 'string' && value.length > MAX_CELL_TEXT) throw textTooLong(value.length, `cell ${cellAddress(rowNumber, col)}`);
        if (sink) {
          sink.value(col, value);
          if (col >= width) width = col + 1;
        } else {
          values[col] = value;
          any = true;
        }
      } else if (this.onFormulaWithoutValue && s.startsWith(this.fOpen, tagEnd + 1)) {
        // `<f>` comes first in a cell; with no `<v>` after it, the formula was never calculated.
        const v = s.indexOf(this.vOpen, tagEnd);
        if (v < 0 || v >= cellEnd) this.onFormulaWithoutValue(rowNumber, col);
      }
      pos = cellEnd;
    }
    this.rowWidth = width;
    this.cellsEnd = to;
    return any ? values : null;
  }

  /**
   * Reads the cell starting exactly at `pos` when it has the common shape `<c r="B9" s="1" t="s"><v>12</v></c>`
   * (or is empty, `<c r="B9"/>`), with character tests only. Returns the position after it, or -1 for
   * anything else, which the general path then reads.
   */
  private fastCell(s: string, pos: number, to: number, nextCol: number): number {
    if (s.charCodeAt(pos) !== 60 || s.charCodeAt(pos + 1) !== 99 || s.charCodeAt(pos + 2) !== 32) return -1;
    let col = -1;
    let type = T_NUMBER;
    let style = -1;
    const limit = to < 0 ? s.length : to;
    let i = pos + 3;
    for (;;) {
      let c = s.charCodeAt(i);
      while (c === 32) c = s.charCodeAt(++i);
      if (c === 62 || c === 47) break;
      // An attribute: one letter, '=', '"', the value, '"'. Longer names (cm, vm, ph) are skipped.
      const name = c;
      if (s.charCodeAt(i + 1) !== 61 || s.charCodeAt(i + 2) !== 34) {
        if ((name !== 99 && name !== 118 && name !== 112) || to < 0) return -1;
        const q = s.indexOf('"', i);
        const e = q < 0 ? -1 : s.indexOf('"', q + 1);
        if (e < 0 || e >= limit) return -1;
        i = e + 1;
        continue;
      }
      let j = i + 3;
      if (name === 114) {
        // r="AB12": letters make the column.
        col = 0;
        for (c = s.charCodeAt(j); c >= 65 && c <= 90; c = s.charCodeAt(++j)) col = col * 26 + (c - 64);
        col -= 1;
        while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
      } else if (name === 116) {
        c = s.charCodeAt(j);
        if (c === 115 && s.charCodeAt(j + 1) === 34) type = T_SHARED;
        else if (c !== 110) return -1; // str, inlineStr, b, e, d: the general path
        c = s.charCodeAt(++j);
      } else if (name === 115) {
        style = 0;
        for (c = s.charCodeAt(j); c >= 48 && c <= 57; c = s.charCodeAt(++j)) style = style * 10 + (c - 48);
      } else return -1;
      if (c !== 34) return -1;
      i = j + 1;
      if (i >= limit) return -1;
    }
    this.fastCol = col >= 0 ? col : nextCol;
    if (s.charCodeAt(i) === 47) {
      if (s.charCodeAt(i + 1) !== 62) return -1;
      this.fastKind = K_EMPTY;
      return i + 2;
    }
    // <v>digits</v></c>
    if (s.charCodeAt(i + 1) !== 60 || s.charCodeAt(i + 2) !== 118 || s.charCodeAt(i + 3) !== 62) return -1;
    const from = i + 4;
    let n = 0;
    let q = from;
    for (let d = s.charCodeAt(q) - 48; d >= 0 && d <= 9; d = s.charCodeAt(++q) - 48) n = n * 10 + d;
    if (q === from || q - from > 15) return -1;
    if (s.charCodeAt(q) !== 60 || s.charCodeAt(q + 1) !== 47 || s.charCodeAt(q + 2) !== 118 || s.charCodeAt(q + 3) !== 62) return -1;
    if (s.charCodeAt(q + 4) !== 60 || s.charCodeAt(q + 5) !== 47 || s.charCodeAt(q + 6) !== 99 || s.charCodeAt(q + 7) !== 62) return -1;
    if (q + 8 > limit) return -1;
    this.fastNum = n;
    this.fastKind = type === T_SHARED ? K_SHARED : style >= 0 && this.ctx.dateStyles[style] ? K_DATE : K_NUMBER;
    return q + 8;
  }

  /**
   * `fastCell` over the bytes of the text (given when each byte is one character of it): the same reading,
   * step for step, without a string's character lookups (a third faster). Keep the two in step.
   */
  private fastCellBytes(b: Uint8Array, pos: number, to: number, nextCol: number): number {
    if (b[pos] !== 60 || b[pos + 1] !== 99 || b[pos + 2] !== 32) return -1;
    let col = -1;
    let type = T_NUMBER;
    let style = -1;
    const limit = to < 0 ? b.length : to;
    let i = pos + 3;
    for (;;) {
      let c = b[i];
      while (c === 32) c = b[++i];
      if (c === 62 || c === 47) break;
      // An attribute: one letter, '=', '"', the value, '"'. Longer names (cm, vm, ph) are skipped.
      const name = c;
      if (b[i + 1] !== 61 || b[i + 2] !== 34) {
        if ((name !== 99 && name !== 118 && name !== 112) || to < 0) return -1;
        const q = b.indexOf(34, i);
        const e = q < 0 ? -1 : b.indexOf(34, q + 1);
        if (e < 0 || e >= limit) return -1;
        i = e + 1;
        continue;
      }
      let j = i + 3;
      if (name === 114) {
        // r="AB12": letters make the column.
        col = 0;
        for (c = b[j]; c >= 65 && c <= 90; c = b[++j]) col = col * 26 + (c - 64);
        col -= 1;
        while (c >= 48 && c <= 57) c = b[++j];
      } else if (name === 116) {
        c = b[j];
        if (c === 115 && b[j + 1] === 34) type = T_SHARED;
        else if (c !== 110) return -1; // str, inlineStr, b, e, d: the general path
        c = b[++j];
      } else if (name === 115) {
        style = 0;
        for (c = b[j]; c >= 48 && c <= 57; c = b[++j]) style = style * 10 + (c - 48);
      } else return -1;
      if (c !== 34) return -1;
      i = j + 1;
      if (i >= limit) return -1;
    }
    this.fastCol = col >= 0 ? col : nextCol;
    if (b[i] === 47) {
      if (b[i + 1] !== 62) return -1;
      this.fastKind = K_EMPTY;
      return i + 2;
    }
    // <v>digits</v></c>
    if (b[i + 1] !== 60 || b[i + 2] !== 118 || b[i + 3] !== 62) return -1;
    const from = i + 4;
    let n = 0;
    let q = from;
    for (let d = b[q] - 48; d >= 0 && d <= 9; d = b[++q] - 48) n = n * 10 + d;
    if (q === from || q - from > 15) return -1;
    if (b[q] !== 60 || b[q + 1] !== 47 || b[q + 2] !== 118 || b[q + 3] !== 62) return -1;
    if (b[q + 4] !== 60 || b[q + 5] !== 47 || b[q + 6] !== 99 || b[q + 7] !== 62) return -1;
    if (q + 8 > limit) return -1;
    this.fastNum = n;
    this.fastKind = type === T_SHARED ? K_SHARED : style >= 0 && this.ctx.dateStyles[style] ? K_DATE : K_NUMBER;
    return q + 8;
  }

  /** A number cell's value: a date when its style's number format is a date format. */
  private number(n: number): number | Date {
    const style = this.attrs.style;
    return style >= 0 && this.ctx.dateStyles[style] ? serialToDate(n, this.ctx.date1904) : n;
  }

  /**
   * The shared string a `t="s"` cell names: its index, or -1 when it has no value or names none (an index
   * past the table, a text that is no index), which reads as an empty cell. An index written otherwise than
   * in plain digits ("1e0", " 1") counts as the number it spells, as a property key would.
   */
  private sharedIndex(s: string, tagEnd: number, cellEnd: number): number {
    const vStart = s.indexOf(this.vOpen, tagEnd);
    if (vStart < 0 || vStart >= cellEnd) return -1;
    const vTagEnd = s.indexOf('>', vStart);
    if (s.charCodeAt(vTagEnd - 1) === 47) return -1;
    const vEnd = s.indexOf(this.vClose, vTagEnd);
    let i = digits(s, vTagEnd + 1, vEnd);
    if (i < 0) {
      const n = Number(s.slice(vTagEnd + 1, vEnd));
      i = Number.isInteger(n) && n >= 0 ? n + 0 : -1;
    }
    return i < this.ctx.sharedCount ? i : -1;
  }

  private value(s: string, tagEnd: number, cellEnd: number): CellValue {
    const type = this.attrs.type;
    if (type === T_INLINE) {
      const is = s.indexOf(this.isOpen, tagEnd);
      return is >= 0 && is < cellEnd ? stringItemText(s.slice(is, cellEnd)) || null : null;
    }
    if (type === T_SHARED) {
      const i = this.sharedIndex(s, tagEnd, cellEnd);
      return i >= 0 ? this.ctx.strings[i] : null;
    }
    const vStart = s.indexOf(this.vOpen, tagEnd);
    if (vStart < 0 || vStart >= cellEnd) return null;
    const vTagEnd = s.indexOf('>', vStart);
    if (s.charCodeAt(vTagEnd - 1) === 47) return null;
    const vEnd = s.indexOf(this.vClose, vTagEnd);
    if (type === T_NUMBER) {
      // Whole numbers (sequence numbers, date serials) are read digit by digit, without a substring.
      let n = digits(s, vTagEnd + 1, vEnd);
      if (n < 0 || vEnd - vTagEnd - 1 > 15) {
        const raw = s.slice(vTagEnd + 1, vEnd);
        if (raw === '') return null;
        n = Number(raw);
        if (Number.isNaN(n)) return unescapeXml(raw);
      }
      return this.number(n);
    }
    const raw = s.slice(vTagEnd + 1, vEnd);
    switch (type) {
      case T_STR:
        return unescapeXml(raw) || null;
      case T_BOOL:
        return raw === '1' || raw === 'true';
      case T_ERROR:
        return new CellError(unescapeXml(raw));
      default: {
        const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}${raw.includes('T') ? 'Z' : 'T00:00:00Z'}`);
        return Number.isNaN(d.getTime()) ? unescapeXml(raw) : d;
      }
    }
  }
}
