import type { MergeRange, RowValues } from '../io/sheet-rows.js';
import type { FieldKey } from '../model/fields.js';
import { cellText } from '../normalize/cell-text.js';
import { foldText } from '../normalize/fold-text.js';
import type { TitleMatcher } from './header-vocab.js';
import type { ColumnMapping } from './types.js';

export interface BufferedRow {
  row: number;
  values: RowValues;
}

/** The header band found in a sheet's first rows. */
export interface HeaderFound {
  /** Index in the buffered rows of the first and last header row. */
  first: number;
  last: number;
  columns: ColumnMapping[];
  duplicates: string[];
}

const MAX_BAND = 4;
const MIN_FIELDS = 3;

/** Looks merges up by cell; only merges that touch the rows given are kept. */
export function mergeIndex(merges: readonly MergeRange[], lastRow: number): (row: number, col: number) => MergeRange | undefined {
  const near = merges.filter((m) => m.top <= lastRow);
  return (row, col) => near.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
}

function textAt(rows: readonly BufferedRow[], row: number, col: number): string {
  const r = rows.find((x) => x.row === row);
  return r ? cellText(r.values[col]) : '';
}

/** Whether a row is a column-number row: "(1) (2) (3)…", "1 2 3…", "A B 1 2…", "4(=2*100/3)". */
export function isNumberingRow(values: RowValues): boolean {
  const cells = values.map(cellText).filter((t) => t !== '');
  return cells.length >= 3 && cells.every((t) => /^\(?\s*(\d{1,3}|[A-Za-zĐđ])\s*\)?$/.test(t) || /^\d{1,3}\s*\(.*\)$/.test(t));
}

function columnParts(rows: readonly BufferedRow[], band: readonly BufferedRow[], col: number, mergeAt: ReturnType<typeof mergeIndex>): string[] {
  const parts: string[] = [];
  band.forEach((r, k) => {
    let t = cellText(r.values[col]);
    if (!t) {
      const m = mergeAt(r.row, col);
      if (m && m.top >= band[0].row) t = textAt(rows, m.top, m.left);
    }
    if (!t && !mergeAt(r.row, col) && k < band.length - 1) {
      // No merge recorded (some writers omit them): a heading followed by empty cells spans them
      // when the row below has sub-headings under both.
      for (let c = col - 1; c >= 0; c--) {
        const left = cellText(r.values[c]);
        if (!left) continue;
        if (cellText(band[k + 1].values[c]) && cellText(band[k + 1].values[col])) t = left;
        break;
      }
    }
    if (t && parts[parts.length - 1] !== t) parts.push(t);
  });
  return parts;
}

function mapColumns(rows: readonly BufferedRow[], band: readonly BufferedRow[], matcher: TitleMatcher, mergeAt: ReturnType<typeof mergeIndex>) {
  const width = Math.max(...band.map((r) => r.values.length));
  const columns: ColumnMapping[] = [];
  const used = new Set<FieldKey>();
  const duplicates: string[] = [];
  for (let col = 0; col < width; col++) {
    const parts = columnParts(rows, band, col, mergeAt);
    if (parts.length === 0) continue;
    let field = matcher.matchParts(parts.map(foldText));
    if (field && used.has(field)) {
      duplicates.push(`column "${parts.join(' › ')}" also looks like ${field}; the first such column is used`);
      field = null;
    }
    if (field) used.add(field);
    columns.push({ col, title: parts.join(' › '), field });
  }
  return { columns, duplicates, fields: used };
}

function continues(prev: BufferedRow, next: BufferedRow, nameCol: number, matcher: TitleMatcher, mergeAt: ReturnType<typeof mergeIndex>): boolean {
  if (next.row !== prev.row + 1 || isNumberingRow(next.values)) return false;
  if (cellText(next.values[nameCol]) && !mergeAt(next.row, nameCol)) return false;
  let any = false;
  for (let c = 0; c < next.values.length; c++) {
    const v = next.values[c];
    const t = cellText(v);
    if (!t) continue;
    if (typeof v !== 'string') return false;
    const above = mergeAt(prev.row, c);
    const spanned = (above && above.right > above.left) || !cellText(prev.values[c]);
    const known = matcher.match(foldText(t)) !== null || /^(nam|nữ)$/.test(foldText(t));
    if (!spanned && !known) return false;
    any = true;
  }
  return any;
}

/** Finds the header band: the first row naming a `name` column whose band maps ≥ 3 fields. */
export function detectHeader(rows: readonly BufferedRow[], merges: readonly MergeRange[], matcher: TitleMatcher): HeaderFound | null {
  const mergeAt = mergeIndex(merges, rows.length ? rows[rows.length - 1].row : 0);
  for (let i = 0; i < rows.length; i++) {
    const nameCol = rows[i].values.findIndex((v) => typeof v === 'string' && matcher.match(foldText(v)) === 'name');
    if (nameCol < 0) continue;
    let last = i;
    while (last + 1 < rows.length && last - i + 1 < MAX_BAND && continues(rows[last], rows[last + 1], nameCol, matcher, mergeAt)) last++;
    const band = rows.slice(i, last + 1);
    const { columns, duplicates, fields } = mapColumns(rows, band, matcher, mergeAt);
    if (fields.has('name') && [...fields].filter((f) => f !== 'seq').length >= MIN_FIELDS) return { first: i, last, columns, duplicates };
  }
  return null;
}
