import type { Worksheet } from 'exceljs';
import type { Lang } from '../../model/options.js';
import { FONT_NAME } from './styles.js';
import { xlsxWord } from './words.js';

/**
 * Printable width of A4 portrait with the margins below, in Excel column-width units (about one digit of
 * the default font, 1.9 mm): wider sheets print landscape. Fit-to-width shrinks what is still too wide.
 */
const PORTRAIT_WIDTH = 100;
/** Margins in inches: 1.5 cm at the sides, 2 cm top and bottom (room for the page-number footer). */
const MARGINS = { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** The letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The sum of the widths of columns 1…`lastCol` (Excel's default 9 for a column never sized). */
export function sheetWidth(ws: Worksheet, lastCol: number): number {
  let w = 0;
  for (let c = 1; c <= lastCol; c++) w += ws.getColumn(c).width ?? 9;
  return w;
}

/** How a sheet prints: the rows repeated on every page (the table header), and whether to force an orientation. */
export interface PrintLayout {
  /** First and last row repeated at the top of every printed page. */
  titleRows?: [number, number];
  /** Repeat column A (the row labels) on every page when the table is still wider than a page. */
  repeatFirstColumn?: boolean;
  orientation?: 'portrait' | 'landscape';
}

/**
 * Sets a sheet to print on A4 the way an office prints a table: portrait or landscape by its width, fitted
 * to the page width (as many pages down as needed), centred, the header rows repeated, the printed area
 * limited to the used cells (no empty trailing pages), and "Trang 1/3" in the footer. Call it last, once
 * the columns have their widths.
 */
export function setUpPrint(ws: Worksheet, lang: Lang, layout: PrintLayout = {}): void {
  const lastCol = Math.max(1, ws.actualColumnCount, ws.columnCount);
  const lastRow = Math.max(1, ws.rowCount);
  const orientation = layout.orientation ?? (sheetWidth(ws, lastCol) > PORTRAIT_WIDTH ? 'landscape' : 'portrait');
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: MARGINS,
    printArea: `A1:${columnLetter(lastCol)}${lastRow}`,
    ...(layout.titleRows ? { printTitlesRow: `${layout.titleRows[0]}:${layout.titleRows[1]}` } : {}),
    ...(layout.repeatFirstColumn ? { printTitlesColumn: 'A:A' } : {}),
  };
  const page = xlsxWord('pageOf', lang, { page: '&P', pages: '&N' });
  ws.headerFooter = { oddFooter: `&C&"${FONT_NAME},Regular"&10${page}` };
}
