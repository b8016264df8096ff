import type { Lang } from '../model/options.js';
import { escapeXml } from './escape-xml.js';
import { cellText, headRows, type Grid } from './grid.js';

/** One table of a block, with its chart (inline SVG) when it has one. */
export interface HtmlPart {
  grid: Grid;
  chart?: string;
}

/** A headed run of tables: the total, one `--by` group, or the movements. */
export interface HtmlBlock {
  heading: string;
  /** Printed from the top of a new page (each `--by` group). */
  newPage?: boolean;
  parts: HtmlPart[];
}

/** Everything on the page: title, preamble lines, then the blocks. */
export interface HtmlPageContent {
  lang: Lang;
  title: string;
  preamble: string[];
  blocks: HtmlBlock[];
}

// Grey and black only, so the charts' colours are the only colours on the page. Printed on A4 in Times
// New Roman (the font official documents use) where the machine has it; a table or a chart is never split
// across pages and each `--by` group starts a page; the page number is in the bottom margin.
const CSS = `@page { size: A4; margin: 15mm 15mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; padding: 16px; max-width: calc(180mm + 32px); background: #ffffff; color: #222222;
  font: 11pt/1.35 "Times New Roman", Times, "Liberation Serif", "Noto Serif", "DejaVu Serif", serif; }
h1 { font-size: 14pt; margin: 0 0 6px; text-align: center; }
h2 { font-size: 12pt; margin: 18px 0 8px; padding-bottom: 2px; border-bottom: 1px solid #999999; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 0 0 4px; break-after: avoid; page-break-after: avoid; }
.preamble { text-align: center; }
.preamble p { margin: 0; font-style: italic; }
.part { margin: 0 0 14px; break-inside: avoid; page-break-inside: avoid; }
.note { margin: 0 0 4px; font-style: italic; color: #555555; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6px; font-variant-numeric: tabular-nums; }
table.wide { font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #999999; padding: 1px 4px; vertical-align: top; }
th { background: #eeeeee; text-align: left; font-weight: bold; vertical-align: middle; }
tr.total td { font-weight: bold; border-top: 1.5px solid #555555; }
.r { text-align: right; }
.c { text-align: center; }
svg.chart { display: block; width: 100%; max-width: 180mm; height: auto; break-inside: avoid; page-break-inside: avoid; font-family: inherit; }
@media print { body { padding: 0; max-width: none; } section.new-page { break-before: page; page-break-before: always; } section.new-page > h2 { margin-top: 0; } }`;

// Nothing on the page may load or run anything, even if some text slipped through unescaped.
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

function cell(tag: 'th' | 'td', content: string, align: 'l' | 'r' | 'c', span = { cols: 1, rows: 1 }): string {
  const attrs = [align === 'l' ? '' : ` class="${align}"`, span.cols > 1 ? ` colspan="${span.cols}"` : '', span.rows > 1 ? ` rowspan="${span.rows}"` : ''].join(
    '',
  );
  return `<${tag}${attrs}>${escapeXml(content)}</${tag}>`;
}

/** One grid as an HTML table under its title, with its note; a header group spans its columns. */
export function gridHtml(grid: Grid): string {
  const { top, bottom } = headRows(grid);
  let col = 0;
  const first = top.map((h) => {
    const th = cell('th', h.label, h.span > 1 ? 'c' : grid.align[col], { cols: h.span, rows: h.rowSpan });
    col += h.span;
    return th;
  });
  const head = [
    `<tr>${first.join('')}</tr>`,
    ...(bottom.length ? [`<tr>${bottom.map((h) => cell('th', h.label, grid.align[h.col])).join('')}</tr>`] : []),
  ].join('\n');
  const rows = grid.rows.map(
    (r, i) => `<tr${grid.strong?.includes(i) ? ' class="total"' : ''}>${r.map((c, j) => cell('td', cellText(c), grid.align[j])).join('')}</tr>`,
  );
  return [
    `<h3>${escapeXml(grid.title)}</h3>`,
    ...(grid.note ? [`<p class="note">${escapeXml(grid.note)}</p>`] : []),
    `<table${grid.head.length > 4 ? ' class="wide"' : ''}>`,
    `<thead>${head}</thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
  ].join('\n');
}

/** The whole self-contained HTML document: inline CSS, no scripts, no external references. */
export function htmlPage(content: HtmlPageContent): string {
  const blocks = content.blocks.map((b) =>
    [
      `<section class="block${b.newPage ? ' new-page' : ''}">`,
      `<h2>${escapeXml(b.heading)}</h2>`,
      ...b.parts.map((p) => [`<div class="part">`, gridHtml(p.grid), ...(p.chart ? [p.chart] : []), `</div>`].join('\n')),
      `</section>`,
    ].join('\n'),
  );
  return `${[
    '<!doctype html>',
    `<html lang="${content.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(content.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    `<header class="preamble">`,
    `<h1>${escapeXml(content.title)}</h1>`,
    ...content.preamble.map((l) => `<p>${escapeXml(l)}</p>`),
    `</header>`,
    ...blocks,
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}
