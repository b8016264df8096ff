import type { Worksheet } from 'exceljs';
import { COUNT_FORMAT, percentFormat, percentFraction, put, putMerged, type CellLook, type CellValue } from './styles.js';

/** A header column; `sub` puts a second header row under it (e.g. a period over "count | percent"). */
export interface HeadColumn {
  label: string;
  sub?: string[];
}

/** One cell of a table body: its value and look. */
export interface CellSpec extends CellLook {
  value: CellValue;
}

const HEAD_LOOK: CellLook = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true };

/** A text cell. */
export function textCell(value: string, look: CellLook = {}): CellSpec {
  return { value, ...look };
}

/** A count cell (an integer), or an empty cell when the count is not known. */
export function countCell(n: number | null, look: CellLook = {}): CellSpec {
  return { value: n, numFmt: COUNT_FORMAT, ...look };
}

/** A percent cell from the report's percent (33.04 → 0.3304 shown as 33.04%), or empty when not known. */
export function percentCell(percent: number | null, decimals: number, look: CellLook = {}): CellSpec {
  return { value: percent === null ? null : percentFraction(percent, decimals), numFmt: percentFormat(decimals), ...look };
}

/** How many columns a header spans. */
export function headWidth(head: readonly HeadColumn[]): number {
  return head.reduce((n, h) => n + (h.sub?.length || 1), 0);
}

/** Writes a one- or two-row header from column 1 of `row`; returns the first row after it. */
export function writeHead(ws: Worksheet, row: number, head: readonly HeadColumn[]): number {
  const twoRows = head.some((h) => h.sub?.length);
  let col = 1;
  for (const h of head) {
    const width = h.sub?.length || 1;
    if (twoRows && !h.sub?.length) putMerged(ws, row, col, row + 1, col, h.label, HEAD_LOOK);
    else putMerged(ws, row, col, row, col + width - 1, h.label, HEAD_LOOK);
    h.sub?.forEach((s, i) => put(ws, row + 1, col + i, s, HEAD_LOOK));
    col += width;
  }
  return row + (twoRows ? 2 : 1);
}

/** Writes body rows from column 1 of `row`, every cell bordered; returns the first row after them. */
export function writeRows(ws: Worksheet, row: number, rows: readonly CellSpec[][]): number {
  rows.forEach((cells, i) => cells.forEach(({ value, ...look }, c) => put(ws, row + i, c + 1, value, { border: true, ...look })));
  return row + rows.length;
}

/** A bold line of text across `width` columns (a sheet title or a section heading). */
export function writeBanner(ws: Worksheet, row: number, width: number, text: string, look: CellLook = {}): number {
  putMerged(ws, row, 1, row, Math.max(1, width), text, { bold: true, ...look });
  return row + 1;
}
