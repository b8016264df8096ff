import type { Format } from '../model/options.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import { renderComparisonCsv } from './compare-csv.js';
import { comparisonBlocks, comparisonPreamble } from './compare-text.js';
import { renderComparisonHtml } from './html.js';
import { markdownGrid } from './markdown.js';
import { renderComparisonParagraph } from './paragraph.js';
import type { RenderContext } from './render-context.js';
import { fitLines, stackGrid } from './stack-grid.js';
import { drawGrid } from './table.js';
import { ui } from '../vocab/ui.js';

/** The comparison in the chosen format: text for every format but xlsx, which is bytes. */
export async function renderComparison(report: ComparisonReport, format: Format, ctx: RenderContext): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return renderComparisonCsv(report, ctx);
    case 'md': {
      const [title, ...rest] = comparisonPreamble(report, ctx.lang);
      const blocks = comparisonBlocks(report, ctx).map((b) => [`## ${b.heading}`, ...b.grids.map(markdownGrid)].join('\n\n'));
      return `${[`# ${title}`, '', ...rest.map((l) => `${l}  `), '', ...blocks].join('\n')}\n`;
    }
    case 'text':
      return renderComparisonParagraph(report, ctx);
    case 'html':
      return renderComparisonHtml(report, ctx);
    case 'xlsx':
      // exceljs is loaded only for workbooks (see summary-output.ts).
      return import('./xlsx/workbook.js').then((m) => m.renderComparisonXlsx(report, ctx));
    case 'table': {
      const continued = ui('continued', ctx.lang);
      const blocks = comparisonBlocks(report, ctx, ctx.bars).map((b) =>
        [b.heading, ...b.grids.flatMap((g) => stackGrid(g, ctx.width, continued)).map((g) => drawGrid(g, ctx.color))].join('\n\n'),
      );
      return `${[...fitLines(comparisonPreamble(report, ctx.lang), ctx.width), '', blocks.join('\n\n')].join('\n')}\n`;
    }
  }
}
