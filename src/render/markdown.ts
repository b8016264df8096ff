import type { Lang } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import { summaryGrids, summaryPreamble, type Grid } from './summary-text.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** One grid as a GitHub-flavoured Markdown table under a bold title. */
export function markdownGrid(grid: Grid): string {
  const head = `| ${grid.head.map(cell).join(' | ')} |`;
  const rule = `|${grid.align.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`;
  const rows = grid.rows.map((r) => `| ${r.map(cell).join(' | ')} |`);
  const note = grid.note ? ` (${grid.note})` : '';
  if (grid.rows.length === 0 && grid.note) return `**${cell(grid.title)}**${note}`;
  return [`**${cell(grid.title)}**${note}`, '', head, rule, ...rows].join('\n');
}

/** The summary as Markdown: a heading per section, a table per dimension, then the indicators. */
export function renderSummaryMarkdown(report: SummaryReport, opts: { lang: Lang; decimals: number; by?: string }): string {
  const [title, ...rest] = summaryPreamble(report, opts.lang);
  const out = [`# ${title}`, '', ...rest.map((l) => `${l}  `)];
  for (const section of summaryGrids(report, opts.by, opts.lang, opts.decimals)) {
    out.push('', `## ${cell(section.heading)}`);
    for (const grid of section.grids) out.push('', markdownGrid(grid));
  }
  return `${out.join('\n')}\n`;
}
