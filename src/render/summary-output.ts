import type { Format } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import type { RenderContext } from './render-context.js';

/**
 * The summary in the chosen format: text for every format but xlsx, which is bytes. Each renderer is loaded
 * when its format is asked for: JSON loads none, a terminal table alone loads chalk and cli-table3, and a
 * workbook alone exceljs (~0.2 s).
 */
export async function renderSummary(report: SummaryReport, format: Format, ctx: RenderContext): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return (await import('./csv.js')).renderSummaryCsv(report, ctx);
    case 'md':
      return (await import('./markdown.js')).renderSummaryMarkdown(report, ctx);
    case 'text':
      return (await import('./paragraph.js')).renderSummaryParagraph(report, ctx);
    case 'html':
      return (await import('./html.js')).renderSummaryHtml(report, ctx);
    case 'xlsx':
      return (await import('./xlsx/workbook.js')).renderSummaryXlsx(report, ctx);
    case 'table':
      return (await import('./table.js')).renderSummaryTable(report, ctx);
  }
}
