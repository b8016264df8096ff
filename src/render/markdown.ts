import type { Lang } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import { cellText, flatHead, type Grid } from './grid.js';
import { summaryGrids, summaryPreamble } from './summary-text.js';
import { wideGrids } from './wide-grids.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** One grid as a GitHub-flavoured Markdown table under a bold title (a header group joins its columns' headers: "2020 Số lượng"). */
export function markdownGrid(grid: Grid): string {
  const head = `| ${flatHead(grid).map(cell).join(' | ')} |`;
  const rule = `|${grid.align.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`;
  const rows = grid.rows.map((r, i) => `| ${r.map((c) => (grid.strong?.includes(i) ? `**${cell(cellText(c))}**` : cell(cellText(c)))).join(' | ')} |`);
  const note = grid.note ? ` (${grid.note})` : '';
  if (grid.rows.length === 0 && grid.note) return `**${cell(grid.title)}**${note}`;
  return [`**${cell(grid.title)}**${note}`, '', head, rule, ...rows].join('\n');
}

/** The summary as Markdown: a heading per section, a table per dimension, then the indicators (`--layout wide`: a table per dimension, a row per group). */
export function renderSummaryMarkdown(report: SummaryReport, opts: { lang: Lang; decimals: number; by?: string; layout?: 'long' | 'wide' }): string {
  const [title, ...rest] = summaryPreamble(report, opts.lang);
  const out = [`# ${title}`, '', ...rest.map((l) => `${l}  `)];
  if (opts.layout === 'wide' && report.groups) {
    for (const grid of wideGrids(report, opts.by, opts.lang, opts.decimals)) out.push('', markdownGrid(grid));
    return `${out.join('\n')}\n`;
  }
  for (const section of summaryGrids(report, opts.by, opts.lang, opts.decimals)) {
    out.push('', `## ${cell(section.heading)}`);
    for (const grid of section.grids) out.push('', markdownGrid(grid));
  }
  return `${out.join('\n')}\n`;
}
