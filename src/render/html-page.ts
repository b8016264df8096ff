import type { Lang } from '../model/options.js';
import { escapeXml } from './escape-xml.js';
import type { Grid } from './summary-text.js';

/** One table of a block, with its chart (inline SVG) when it has one. */
export interface HtmlPart {
  grid: Grid;
  chart?: string;
}

/** A headed run of tables: the total, one `--by` group, or the movements. */
export interface HtmlBlock {
  heading: string;
  parts: HtmlPart[];
}

/** Everything on the page: title, preamble lines, then the blocks. */
export interface HtmlPageContent {
  lang: Lang;
  title: string;
  preamble: string[];
  blocks: HtmlBlock[];
}

// Grey and black only, so the charts' colours are the only colours on the page.
const CSS = `@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; padding: 16px; max-width: calc(180mm + 32px); background: #ffffff; color: #222222;
  font: 10pt/1.4 system-ui, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 14pt; margin: 0 0 6px; }
h2 { font-size: 12pt; margin: 18px 0 8px; padding-bottom: 2px; border-bottom: 1px solid #999999; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0 0 4px; break-after: avoid; }
.preamble p { margin: 0; }
.part { margin: 0 0 14px; break-inside: avoid; page-break-inside: avoid; }
.note { margin: 0 0 4px; font-style: italic; color: #555555; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6px; font-variant-numeric: tabular-nums; }
table.wide { font-size: 8.5pt; }
th, td { border: 1px solid #bbbbbb; padding: 1px 5px; vertical-align: top; }
th { background: #eeeeee; text-align: left; font-weight: 600; }
.r { text-align: right; }
svg.chart { display: block; width: 100%; max-width: 180mm; height: auto; break-inside: avoid; page-break-inside: avoid; }
@media print { body { padding: 0; max-width: none; } }`;

// Nothing on the page may load or run anything, even if some text slipped through unescaped.
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

function cell(tag: 'th' | 'td', content: string, align: 'l' | 'r'): string {
  return `<${tag}${align === 'r' ? ' class="r"' : ''}>${escapeXml(content)}</${tag}>`;
}

/** One grid as an HTML table under its title, with its note. */
export function gridHtml(grid: Grid): string {
  const head = `<tr>${grid.head.map((h, i) => cell('th', h, grid.align[i])).join('')}</tr>`;
  const rows = grid.rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, grid.align[i])).join('')}</tr>`);
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
      `<section class="block">`,
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
