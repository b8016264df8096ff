import type { Workbook, Worksheet } from 'exceljs';
import { ui } from '../../vocab/ui.js';
import { cellText, headRows, type Grid, type GridCell } from '../grid.js';
import type { RenderContext } from '../render-context.js';
import { textWidth } from '../stack-grid.js';
import { setUpPrint } from './print-setup.js';
import type { SheetNames } from './sheet-names.js';
import {
  COUNT_FORMAT,
  decimalFormat,
  freeze,
  percentFormat,
  percentFraction,
  put,
  putMerged,
  SIGNED_COUNT_FORMAT,
  signedFormat,
  type CellLook,
  type CellValue,
} from './styles.js';

/** The lines above a sheet's table: the report's title, the table's title, then the as-of date, filters, periods. */
export interface SheetHeading {
  title: string;
  subtitle: string;
  lines: string[];
}

/** One table of a sheet, under its own heading row when it has one (a `--by` group of a comparison). */
export interface SheetPart {
  heading?: string;
  grid: Grid;
}

const HEAD: CellLook = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, size: 11 };
const MIN_WIDTH = 7;
const MAX_WIDTH = 42;
/** Narrowest table: its title fits on one line above it, and a short table does not sit in a corner of the page. */
const MIN_TABLE_WIDTH = 78;

// A number cell as the workbook stores it: the number itself with a format that prints it as the text does.
function stored(cell: GridCell, ctx: Pick<RenderContext, 'lang' | 'decimals'>): { value: CellValue; look: CellLook } {
  if (typeof cell === 'string') return { value: cell === '' ? null : cell, look: {} };
  const years = ui('years', ctx.lang).replace(/"/g, '');
  const v = cell.value;
  switch (cell.kind) {
    case 'count':
      return { value: v, look: { numFmt: COUNT_FORMAT } };
    case 'percent':
    case 'index':
      return { value: v === null ? null : percentFraction(v, ctx.decimals), look: { numFmt: percentFormat(ctx.decimals) } };
    case 'signedCount':
      return { value: v, look: { numFmt: SIGNED_COUNT_FORMAT } };
    case 'points':
      return { value: v, look: { numFmt: signedFormat(ctx.decimals) } };
    case 'years':
      return { value: v, look: { numFmt: decimalFormat(1, years) } };
    case 'signedYears':
      return { value: v, look: { numFmt: `+0.0 "${years}";-0.0 "${years}";0.0 "${years}"` } };
  }
}

function sameColumns(a: Grid, b: Grid): boolean {
  return JSON.stringify([a.groups, a.head]) === JSON.stringify([b.groups, b.head]);
}

// Writes a grid's header (one or two rows) from `row`; returns the first row after it.
function writeHead(ws: Worksheet, row: number, grid: Grid): number {
  const { top, bottom } = headRows(grid);
  let col = 1;
  for (const h of top) {
    putMerged(ws, row, col, row + h.rowSpan - 1, col + h.span - 1, h.label, HEAD);
    col += h.span;
  }
  for (const h of bottom) put(ws, row + 1, h.col + 1, h.label, HEAD);
  return row + (bottom.length ? 2 : 1);
}

// Column widths from what the columns hold: body text and numbers, and header words (headers wrap, so
// their longest word counts, not the whole label); a group's label is shared by its columns.
function fitWidths(ws: Worksheet, grids: readonly Grid[], columns: number): void {
  const widths = Array.from({ length: columns }, () => MIN_WIDTH);
  const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map(textWidth));
  for (const grid of grids) {
    grid.head.forEach((h, c) => (widths[c] = Math.max(widths[c], longestWord(h) + 2, Math.min(textWidth(h), c === 0 ? MAX_WIDTH : 14) + 2)));
    // Years print with their unit (" tuổi") from the cell format.
    const extra = (cell: GridCell): number => (typeof cell !== 'string' && (cell.kind === 'years' || cell.kind === 'signedYears') ? 6 : 0);
    for (const row of grid.rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c], textWidth(cellText(cell)) + 2 + extra(cell))));
    let col = 0;
    for (const g of grid.groups ?? []) {
      const own = widths.slice(col, col + g.span).reduce((a, b) => a + b, 0);
      const need = Math.min(textWidth(g.label) + 2, MAX_WIDTH * g.span);
      if (g.label && need > own) for (let i = 0; i < g.span; i++) widths[col + i] += (need - own) / g.span;
      col += g.span;
    }
  }
  const capped = widths.map((w) => Math.min(MAX_WIDTH, w));
  // Too narrow: the label column takes the room first (up to its cap), the others share the rest.
  let short = MIN_TABLE_WIDTH - capped.reduce((a, b) => a + b, 0);
  if (short > 0) {
    const grow = Math.min(short, MAX_WIDTH - capped[0]);
    capped[0] += grow;
    short -= grow;
    if (short > 0 && capped.length > 1) for (let c = 1; c < capped.length; c++) capped[c] += short / (capped.length - 1);
  }
  capped.forEach((w, c) => (ws.getColumn(c + 1).width = Math.round(w * 10) / 10));
}

/**
 * A sheet holding one or more tables under a heading: the report title, the table title and the as-of
 * date, filters or periods, centred over the table; the header rows frozen and repeated on every printed
 * page; numbers stored as numbers with formats that print them as the text outputs do; the total row
 * bold; column widths from the content; A4 print setup with page numbers.
 */
export function addGridSheet(
  wb: Workbook,
  names: SheetNames,
  sheetName: string,
  heading: SheetHeading,
  parts: readonly SheetPart[],
  ctx: RenderContext,
): Worksheet {
  const ws = wb.addWorksheet(names.take(sheetName));
  const first = parts[0].grid;
  const width = Math.max(...parts.map((p) => p.grid.head.length));
  fitWidths(
    ws,
    parts.map((p) => p.grid),
    width,
  );
  const tableWidth = Array.from({ length: width }, (_, c) => ws.getColumn(c + 1).width ?? 9).reduce((a, b) => a + b, 0);
  let row = 1;
  const line = (text: string, look: CellLook): void => {
    putMerged(ws, row, 1, row, width, text, { horizontal: 'center', wrap: true, ...look });
    // A line longer than the table is wide wraps: give the row the height of its lines.
    const lines = Math.ceil((textWidth(text) * (look.size ?? 12)) / 11 / Math.max(tableWidth, 1));
    if (lines > 1) ws.getRow(row).height = 16 * lines * ((look.size ?? 12) / 12);
    row++;
  };
  line(heading.title, { bold: true, size: 13 });
  line(heading.subtitle, { bold: true, size: 12 });
  for (const l of heading.lines) line(l, { italic: true, size: 11 });
  row++;
  if (first.title !== heading.subtitle) putMerged(ws, row++, 1, row - 1, width, first.title, { bold: true });
  const headTop = row;
  row = writeHead(ws, row, first);
  const headBottom = row - 1;
  freeze(ws, headBottom, 1);
  parts.forEach((part, p) => {
    const grid = part.grid;
    const prev = parts[p - 1]?.grid;
    // A table of its own (the movements of another pair, the average age): its title, and its header when its columns differ.
    if (prev && (grid.title !== prev.title || !sameColumns(grid, prev))) {
      row++;
      putMerged(ws, row++, 1, row - 1, width, grid.title, { bold: true });
      if (!sameColumns(grid, prev)) row = writeHead(ws, row, grid);
    }
    if (part.heading) putMerged(ws, row++, 1, row - 1, grid.head.length, part.heading, { bold: true, border: true, wrap: true });
    grid.rows.forEach((cells, i) => {
      const bold = grid.strong?.includes(i) ?? false;
      cells.forEach((cell, c) => {
        const { value, look } = stored(cell, ctx);
        const align = typeof cell === 'string' ? { horizontal: grid.align[c] === 'r' ? ('right' as const) : ('left' as const), wrap: true } : {};
        put(ws, row, c + 1, value, { border: true, bold, ...look, ...align });
      });
      row++;
    });
    if (grid.note) put(ws, row++, 1, grid.note, { italic: true });
  });
  setUpPrint(ws, ctx.lang, { titleRows: [headTop, headBottom], repeatFirstColumn: tableWidth > 150 });
  return ws;
}
