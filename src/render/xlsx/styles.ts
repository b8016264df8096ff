import type { Alignment, Cell, Worksheet } from 'exceljs';

/** The font of every cell: Times New Roman, as the Bộ Nội vụ forms are filled in. */
export const FONT_NAME = 'Times New Roman';
const FONT_SIZE = 12;

/** Whole numbers with a thousands separator (Excel shows it in the reader's locale). */
export const COUNT_FORMAT = '#,##0';
/** A change in people: always signed. */
export const SIGNED_COUNT_FORMAT = '+#,##0;-#,##0;0';

/** A percent format with `decimals` places: 2 → `0.00%` (the cell holds a fraction, 33.04% = 0.3304). */
export function percentFormat(decimals: number): string {
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
}

/** A signed decimal format with `decimals` places, for percentage points and age differences. */
export function signedFormat(decimals: number): string {
  const body = decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
  return `+${body};-${body};${body}`;
}

/** A decimal format with `decimals` places and an optional unit word: `0.0 "tuổi"`. */
export function decimalFormat(decimals: number, unit?: string): string {
  const body = decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
  return unit ? `${body} "${unit.replace(/"/g, '')}"` : body;
}

/** A percent of the report (33.04 meaning 33.04%) as the fraction a percent-formatted cell holds. */
export function percentFraction(percent: number, decimals: number): number {
  return Number((percent / 100).toFixed(decimals + 2));
}

export type CellValue = string | number | Date | null;

export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  numFmt?: string;
  horizontal?: Alignment['horizontal'];
  vertical?: Alignment['vertical'];
  wrap?: boolean;
  border?: boolean;
}

const THIN = { style: 'thin' } as const;

/** Writes one cell with the house look: Times New Roman always, the rest as asked. */
export function put(ws: Worksheet, row: number, col: number, value: CellValue, look: CellLook = {}): Cell {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.font = { name: FONT_NAME, size: look.size ?? FONT_SIZE, bold: look.bold ?? false, italic: look.italic ?? false };
  if (look.numFmt) cell.numFmt = look.numFmt;
  if (look.horizontal || look.vertical || look.wrap) {
    cell.alignment = { horizontal: look.horizontal, vertical: look.vertical ?? 'middle', wrapText: look.wrap ?? false };
  }
  if (look.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return cell;
}

/** Merges a block of cells when it is more than one cell; the look of the top-left cell is kept. */
export function merge(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
}

/** Writes a value into a merged block, giving every cell of the block the same look (borders show whole). */
export function putMerged(ws: Worksheet, top: number, left: number, bottom: number, right: number, value: CellValue, look: CellLook = {}): void {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) put(ws, r, c, r === top && c === left ? value : null, look);
  merge(ws, top, left, bottom, right);
}

/** Freezes the first `rows` rows and `cols` columns, so headers stay in view while scrolling. */
export function freeze(ws: Worksheet, rows: number, cols: number): void {
  ws.views = [{ state: 'frozen', xSplit: cols, ySplit: rows, topLeftCell: ws.getCell(rows + 1, cols + 1).address }];
}

/**
 * Sets each column's width from its longest unmerged value (numbers by their digits), within
 * `min`…`max` characters; merged titles and headers wrap instead of widening a column.
 */
export function fitColumns(ws: Worksheet, min = 8, max = 48): void {
  const widths = new Map<number, number>();
  ws.eachRow((row) =>
    row.eachCell((cell, col) => {
      if (cell.isMerged || cell.value === null) return;
      const v = cell.value;
      const len = typeof v === 'number' ? String(Math.round(v * 100) / 100).length + 3 : v instanceof Date ? 10 : String(v).length;
      widths.set(col, Math.max(widths.get(col) ?? 0, len));
    }),
  );
  for (const [col, len] of widths) ws.getColumn(col).width = Math.min(max, Math.max(min, len + 2));
}

/**
 * A wrapped text in a merged cell: Excel and LibreOffice don't grow the row for it, so the row is made as
 * tall as the lines the text needs across the merged columns (column widths are in characters).
 */
export function fitMergedHeight(ws: Worksheet, row: number, fromCol: number, toCol: number, text: string, lineHeight = 15): void {
  let chars = 0;
  for (let c = fromCol; c <= toCol; c++) chars += ws.getColumn(c).width ?? 9;
  const lines = Math.ceil((text.length * 1.1) / Math.max(1, chars - 1));
  if (lines > 1) ws.getRow(row).height = Math.max(ws.getRow(row).height ?? 0, lineHeight * lines);
}
