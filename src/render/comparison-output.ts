import type { Format } from '../model/options.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import type { RenderContext } from './render-context.js';

/** The comparison in the chosen format: text for every format but xlsx, which is bytes (renderers loaded as in summary-output.ts). */
export async function renderComparison(report: ComparisonReport, format: Format, ctx: RenderContext): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return (await import('./compare-csv.js')).renderComparisonCsv(report, ctx);
    case 'md': {
      const [{ comparisonBlocks, comparisonPreamble }, { markdownGrid }] = await Promise.all([import('./compare-text.js'), import('./markdown.js')]);
      const [title, ...rest] = comparisonPreamble(report, ctx.lang);
      const blocks = comparisonBlocks(report, ctx).map((b) => [`## ${b.heading}`, ...b.grids.map(markdownGrid)].join('\n\n'));
      // A blank line between blocks: a heading right under a table's last row reads as part of it in some viewers.
      return `${[`# ${title}`, '', ...rest.map((l) => `${l}  `), '', blocks.join('\n\n')].join('\n')}\n`;
    }
    case 'text':
      return (await import('./paragraph.js')).renderComparisonParagraph(report, ctx);
    case 'html':
      return (await import('./html.js')).renderComparisonHtml(report, ctx);
    case 'xlsx':
      return (await import('./xlsx/workbook.js')).renderComparisonXlsx(report, ctx);
    case 'table': {
      const [{ comparisonBlocks, comparisonPreamble }, { fitLines, stackGrid }, { drawGrid }, { ui }] = await Promise.all([
        import('./compare-text.js'),
        import('./stack-grid.js'),
        import('./table.js'),
        import('../vocab/ui.js'),
      ]);
      const continued = ui('continued', ctx.lang);
      const blocks = comparisonBlocks(report, ctx, ctx.bars).map((b) =>
        [b.heading, ...b.grids.flatMap((g) => stackGrid(g, ctx.width, continued)).map((g) => drawGrid(g, ctx.color))].join('\n\n'),
      );
      return `${[...fitLines(comparisonPreamble(report, ctx.lang), ctx.width), '', blocks.join('\n\n')].join('\n')}\n`;
    }
  }
}
