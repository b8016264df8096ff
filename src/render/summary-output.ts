import type { Format } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import { renderSummaryCsv } from './csv.js';
import { renderSummaryHtml } from './html.js';
import { renderSummaryMarkdown } from './markdown.js';
import { renderSummaryParagraph } from './paragraph.js';
import type { RenderContext } from './render-context.js';
import { renderSummaryTable } from './table.js';

/** The summary in the chosen format: text for every format but xlsx, which is bytes. */
export async function renderSummary(report: SummaryReport, format: Format, ctx: RenderContext): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return renderSummaryCsv(report, ctx);
    case 'md':
      return renderSummaryMarkdown(report, ctx);
    case 'text':
      return renderSummaryParagraph(report, ctx);
    case 'html':
      return renderSummaryHtml(report, ctx);
    case 'xlsx':
      // exceljs is loaded only for workbooks: it takes ~0.2 s to load, half of the start-up time.
      return import('./xlsx/workbook.js').then((m) => m.renderSummaryXlsx(report, ctx));
    case 'table':
      return renderSummaryTable(report, ctx);
  }
}
