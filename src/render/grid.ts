import type { Lang } from '../model/options.js';
import { formatCount, formatDecimal, formatPercent, formatSigned } from './format-number.js';

/** What a number cell holds, so a workbook can store the number with the right format. */
export type NumKind = 'count' | 'percent' | 'signedCount' | 'points' | 'index' | 'years' | 'signedYears';

/** A number cell: its printed text and, for workbooks, its value (a percent as printed: 33.04). */
export interface NumCell {
  text: string;
  value: number | null;
  kind: NumKind;
}
export type GridCell = string | NumCell;

/** A header cell over several columns ("2020" over "Số lượng | Tỷ lệ (%)"); '' leaves the columns' own header alone. */
export interface HeadGroup {
  label: string;
  span: number;
}

/** A plain table: a title, one or two header rows and body rows; numbers already formatted. */
export interface Grid {
  title: string;
  /** An upper header row grouping the columns (spans add up to the number of columns). */
  groups?: HeadGroup[];
  head: string[];
  rows: GridCell[][];
  /** Column alignment, 'r' for numbers. */
  align: Array<'l' | 'r'>;
  note?: string;
  /** Leading columns that name the row (repeated in every part when a grid is stacked); default 1. */
  keys?: number;
  /** Body rows to emphasise (the total row). */
  strong?: number[];
  /** The dimension the grid tabulates, if one (a chart goes with it). */
  dimension?: string;
  /** Machine names of the columns (`gender.male.count`), for CSV with `--csv-keys`. */
  columnKeys?: string[];
}

/** The printed text of a cell. */
export function cellText(cell: GridCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** Number-cell makers in one language and number of decimals; `null` prints as `missing`. */
export function numCells(lang: Lang, decimals: number, missing = '—') {
  const make = (value: number | null, kind: NumKind, text: (v: number) => string): NumCell => ({ text: value === null ? missing : text(value), value, kind });
  return {
    count: (n: number | null) => make(n, 'count', (v) => formatCount(v, lang)),
    percent: (p: number | null) => make(p, 'percent', (v) => formatPercent(v, decimals, lang)),
    signedCount: (n: number | null) => make(n, 'signedCount', (v) => `${v > 0 ? '+' : ''}${formatCount(v, lang)}`),
    points: (p: number | null) => make(p, 'points', (v) => formatSigned(v, decimals, lang)),
    index: (p: number | null) => make(p, 'index', (v) => formatPercent(v, decimals, lang)),
    years: (y: number | null) => make(y, 'years', (v) => formatDecimal(v, 1, lang)),
    signedYears: (y: number | null) => make(y, 'signedYears', (v) => formatSigned(v, 1, lang)),
  };
}

/** Header rows of a grid as cells with spans: the group row (when there is one) and the column row. */
export function headRows(grid: Grid): { top: Array<{ label: string; span: number; rowSpan: number }>; bottom: Array<{ label: string; col: number }> } {
  if (!grid.groups) return { top: grid.head.map((label) => ({ label, span: 1, rowSpan: 1 })), bottom: [] };
  const top: Array<{ label: string; span: number; rowSpan: number }> = [];
  const bottom: Array<{ label: string; col: number }> = [];
  let col = 0;
  for (const g of grid.groups) {
    if (g.label === '') {
      // No group label: the columns' own headers span both header rows.
      for (let i = 0; i < g.span; i++) top.push({ label: grid.head[col + i], span: 1, rowSpan: 2 });
    } else {
      top.push({ label: g.label, span: g.span, rowSpan: 1 });
      for (let i = 0; i < g.span; i++) bottom.push({ label: grid.head[col + i], col: col + i });
    }
    col += g.span;
  }
  return { top, bottom };
}

/** The header of each column as one line: "2020 Số lượng" (for Markdown and CSV, which have one header row). */
export function flatHead(grid: Grid): string[] {
  if (!grid.groups) return grid.head;
  const out: string[] = [];
  let col = 0;
  for (const g of grid.groups) {
    for (let i = 0; i < g.span; i++, col++) out.push(g.label ? `${g.label} ${grid.head[col]}` : grid.head[col]);
  }
  return out;
}
