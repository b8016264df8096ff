import chalk, { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { SummaryReport } from '../report/types.js';
import { ui } from '../vocab/ui.js';
import { cellText, headRows, type Grid } from './grid.js';
import type { RenderContext } from './render-context.js';
import { fitLines, stackGrid } from './stack-grid.js';
import { wideGrids } from './wide-grids.js';
import { summaryGrids, summaryPreamble } from './summary-text.js';

// A border line drawn between two rows (├──┼──┤, ┌──┬──┐, └──┴──┘; "│   ├──┤" beside a cell spanning both).
const RULE = /^[┌├└│][─┬┼┴┐┤┘├┌└│ ]*$/u;

/**
 * Draws one grid with cli-table3: its title, one or two header rows (a group over its columns: "2020"
 * over "Số lượng | Tỷ lệ (%)"), a rule under the header, then the body; colour only when `color`.
 */
export function drawGrid(grid: Grid, color: boolean): string {
  const c = color ? chalk : new Chalk({ level: 0 });
  const align = (col: number): 'left' | 'right' => (grid.align[col] === 'r' ? 'right' : 'left');
  const { top, bottom } = headRows(grid);
  // Header rows as body rows with spans, drawn uncompact; rules between body rows are dropped below.
  const table = new Table({ style: { head: [], border: [], compact: false } });
  let col = 0;
  table.push(
    top.map((h) => {
      const cell = { content: c.bold(h.label), colSpan: h.span, rowSpan: h.rowSpan, hAlign: h.span > 1 ? ('center' as const) : align(col) };
      col += h.span;
      return cell;
    }),
  );
  if (bottom.length) table.push(bottom.map((h) => ({ content: c.bold(h.label), hAlign: align(h.col) })));
  for (const [i, row] of grid.rows.entries()) {
    const strong = grid.strong?.includes(i);
    table.push(row.map((cell, j) => ({ content: strong ? c.bold(cellText(cell)) : cellText(cell), hAlign: align(j) })));
  }
  const headerRows = bottom.length ? 2 : 1;
  let rules = 0;
  const lines = table
    .toString()
    .split('\n')
    .filter((line, i, all) => {
      if (!RULE.test(line) || !line.includes('─')) return true;
      // Rule k is drawn above table row k: keep the header's, the one above a total row, and the bottom.
      const n = rules++;
      return n <= headerRows || grid.strong?.includes(n - headerRows) || i === all.length - 1;
    });
  const title = c.bold(grid.title) + (grid.note ? c.dim(` (${grid.note})`) : '');
  if (grid.rows.length === 0 && grid.note) return title;
  return `${title}\n${lines.join('\n')}`;
}

/**
 * The summary as terminal tables: count and percent side by side (and a bar with `bars`), indicators
 * under the tables; with `--layout wide` one table per dimension with a row per group, stacked in parts
 * when wider than the terminal.
 */
export function renderSummaryTable(
  report: SummaryReport,
  ctx: Pick<RenderContext, 'lang' | 'decimals' | 'by' | 'color' | 'bars' | 'layout' | 'width'>,
): string {
  const c = ctx.color ? chalk : new Chalk({ level: 0 });
  const out: string[] = fitLines(summaryPreamble(report, ctx.lang), ctx.width);
  if (ctx.layout === 'wide' && report.groups) {
    const continued = ui('continued', ctx.lang);
    for (const grid of wideGrids(report, ctx.by, ctx.lang, ctx.decimals))
      for (const part of stackGrid(grid, ctx.width, continued)) out.push('', drawGrid(part, ctx.color));
    return `${out.join('\n')}\n`;
  }
  for (const section of summaryGrids(report, ctx.by, ctx.lang, ctx.decimals, ctx.bars)) {
    out.push('', c.bold.underline(section.heading));
    for (const grid of section.grids) out.push('', drawGrid(grid, ctx.color));
  }
  return `${out.join('\n')}\n`;
}
