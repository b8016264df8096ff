import chalk, { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import { summaryGrids, summaryPreamble, type Grid } from './summary-text.js';

/** Draws one grid with cli-table3; colour only when `color` (a TTY without NO_COLOR). */
export function drawGrid(grid: Grid, color: boolean): string {
  const c = color ? chalk : new Chalk({ level: 0 });
  const table = new Table({
    head: grid.head.map((h) => c.bold(h)),
    colAligns: grid.align.map((a) => (a === 'r' ? 'right' : 'left')),
    style: { head: [], border: [], compact: true },
  });
  for (const row of grid.rows) table.push(row);
  const title = c.bold(grid.title) + (grid.note ? c.dim(` (${grid.note})`) : '');
  if (grid.rows.length === 0 && grid.note) return title;
  return `${title}\n${table.toString()}`;
}

/** The summary as terminal tables: count and percent side by side (and a bar with `bars`), indicators under the tables. */
export function renderSummaryTable(report: SummaryReport, opts: { lang: Lang; decimals: number; by?: string; color: boolean; bars?: boolean }): string {
  const c = opts.color ? chalk : new Chalk({ level: 0 });
  const out: string[] = summaryPreamble(report, opts.lang);
  for (const section of summaryGrids(report, opts.by, opts.lang, opts.decimals, opts.bars)) {
    out.push('', c.bold.underline(section.heading));
    for (const grid of section.grids) out.push('', drawGrid(grid, opts.color));
  }
  return `${out.join('\n')}\n`;
}
