import { CellError, type CellValue, type RowHandler, type RowValues } from '../sheet-rows.js';
import { serialToDate } from '../excel-date.js';
import { stringItemText, unescapeXml } from './xml-text.js';

/** What cell values need from the workbook: shared strings, date styles, the date system. */
export interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

function attrIn(s: string, from: number, to: number, name: string): string | undefined {
  // Attributes are found by ` name="` inside the start tag (searched in the tag alone: a search that
  // ran on past the tag would cost the rest of the chunk); values never contain quotes in sheet XML.
  const tag = s.substring(from, to);
  let at = tag.indexOf(` ${name}="`);
  if (at < 0) {
    at = tag.indexOf(`:${name}="`);
    if (at < 0) return undefined;
  }
  const start = at + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
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
  done = false;

  constructor(
    private readonly ctx: CellContext,
    private readonly onRow: RowHandler,
    prefix: string,
  ) {
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.cellOpen = `<${prefix}c`;
    this.cellClose = `</${prefix}c>`;
    this.vOpen = `<${prefix}v`;
    this.vClose = `</${prefix}v>`;
    this.isOpen = `<${prefix}is`;
  }

  /** Scans complete rows; returns how much of `s` was consumed (the rest starts an unfinished row). */
  scan(s: string): void {
    let pos = 0;
    for (;;) {
      const start = s.indexOf(this.rowOpen, pos);
      if (start < 0) return;
      const after = s.charCodeAt(start + this.rowOpen.length);
      if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
        pos = start + 1;
        continue;
      }
      const tagEnd = s.indexOf('>', start);
      const r = attrIn(s, start, tagEnd, 'r');
      const rowNumber = r ? Number(r) : this.nextRow;
      this.nextRow = rowNumber + 1;
      if (s.charCodeAt(tagEnd - 1) === 47) {
        pos = tagEnd + 1;
        continue;
      }
      const end = s.indexOf(this.rowClose, tagEnd);
      const rowEnd = end < 0 ? s.length : end;
      const values = this.cells(s, tagEnd + 1, rowEnd);
      if (values) this.onRow(rowNumber, values);
      pos = rowEnd + this.rowClose.length;
    }
  }

  private cells(s: string, from: number, to: number): RowValues | null {
    const values: RowValues = [];
    let any = false;
    let nextCol = 0;
    let pos = from;
    for (;;) {
      const start = s.indexOf(this.cellOpen, pos);
      if (start < 0 || start >= to) break;
      const after = s.charCodeAt(start + this.cellOpen.length);
      if (after !== 32 && after !== 62 && after !== 47) {
        pos = start + 1;
        continue;
      }
      const tagEnd = s.indexOf('>', start);
      const ref = attrIn(s, start, tagEnd, 'r');
      const col = ref ? columnOf(ref) : nextCol;
      nextCol = col + 1;
      if (s.charCodeAt(tagEnd - 1) === 47) {
        pos = tagEnd + 1;
        continue;
      }
      const close = s.indexOf(this.cellClose, tagEnd);
      const cellEnd = close < 0 || close > to ? to : close;
      const value = this.value(s, start, tagEnd, cellEnd);
      if (value !== null) {
        values[col] = value;
        any = true;
      }
      pos = cellEnd;
    }
    return any ? values : null;
  }

  private value(s: string, start: number, tagEnd: number, cellEnd: number): CellValue {
    const t = attrIn(s, start, tagEnd, 't');
    if (t === 'inlineStr') {
      const is = s.indexOf(this.isOpen, tagEnd);
      return is >= 0 && is < cellEnd ? stringItemText(s.slice(is, cellEnd)) || null : null;
    }
    const vStart = s.indexOf(this.vOpen, tagEnd);
    if (vStart < 0 || vStart >= cellEnd) return null;
    const vTagEnd = s.indexOf('>', vStart);
    if (s.charCodeAt(vTagEnd - 1) === 47) return null;
    const raw = s.slice(vTagEnd + 1, s.indexOf(this.vClose, vTagEnd));
    switch (t) {
      case 's':
        return this.ctx.strings[Number(raw)] ?? null;
      case 'str':
        return unescapeXml(raw) || null;
      case 'b':
        return raw === '1' || raw === 'true';
      case 'e':
        return new CellError(unescapeXml(raw));
      case 'd': {
        const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}${raw.includes('T') ? 'Z' : 'T00:00:00Z'}`);
        return Number.isNaN(d.getTime()) ? unescapeXml(raw) : d;
      }
      default: {
        if (raw === '') return null;
        const n = Number(raw);
        if (Number.isNaN(n)) return unescapeXml(raw);
        const style = attrIn(s, start, tagEnd, 's');
        return style !== undefined && this.ctx.dateStyles[Number(style)] ? serialToDate(n, this.ctx.date1904) : n;
      }
    }
  }
}
