import type { ComparedDimension, ComparedSection, ComparisonReport } from '../report/comparison-report.js';
import type { DimensionTable, SummaryReport } from '../report/types.js';
import { ui } from '../vocab/ui.js';
import { comparisonBlocks, comparisonPreamble } from './compare-text.js';
import { formatCount, formatPercent } from './format-number.js';
import { htmlPage, type HtmlBlock } from './html-page.js';
import type { RenderContext } from './render-context.js';
import { dimensionsOf, sectionsOf } from './summary-rows.js';
import { summaryGrids, summaryPreamble } from './summary-text.js';
import { barChartSvg, stackedBarsSvg } from './svg-bars.js';

type Fmt = Pick<RenderContext, 'lang' | 'decimals'>;

function percentText(percent: number, f: Fmt): string {
  return `${formatPercent(percent, f.decimals, f.lang)}%`;
}

function summaryChart(dimension: string, table: DimensionTable, f: Fmt): string | undefined {
  if (table.missing) return undefined;
  const bars = table.categories.map((c) => ({ label: c.label, percent: c.percent, text: `${percentText(c.percent, f)} (${formatCount(c.count, f.lang)})` }));
  return barChartSvg({ dimension, title: table.label, bars });
}

/** `--format html`: one self-contained page (no network) with the tables and a bar chart per dimension. */
export function renderSummaryHtml(report: SummaryReport, ctx: RenderContext): string {
  const [title, ...preamble] = summaryPreamble(report, ctx.lang);
  preamble.push(`${ui('population', ctx.lang)}: ${formatCount(report.population, ctx.lang)} ${ui('people', ctx.lang)}`);
  const sections = sectionsOf(report);
  // summaryGrids lists each section's dimension tables in dimensionsOf order, then the indicators.
  const blocks: HtmlBlock[] = summaryGrids(report, ctx.by, ctx.lang, ctx.decimals).map((block, s) => {
    const dims = dimensionsOf(sections[s]);
    return { heading: block.heading, parts: block.grids.map((grid, i) => ({ grid, chart: dims[i] && summaryChart(dims[i][0], dims[i][1], ctx) })) };
  });
  return htmlPage({ lang: ctx.lang, title, preamble, blocks });
}

function comparisonChart(dimension: string, table: ComparedDimension, section: ComparedSection, labels: readonly string[], f: Fmt): string | undefined {
  if (table.missing && table.missing.length === labels.length) return undefined;
  const periods = labels.map((label, p) => ({
    key: label,
    label: `${label} (${formatCount(section.population.values[p], f.lang)} ${ui('people', f.lang)})`,
    segments: table.missing?.includes(label)
      ? null
      : table.categories.map((c) => ({ percent: c.values[p].percent ?? 0, text: percentText(c.values[p].percent ?? 0, f) })),
  }));
  return stackedBarsSvg({ dimension, title: table.label, categories: table.categories.map((c) => c.label), periods, missingText: ui('missingShort', f.lang) });
}

/** `--format html` for compare: the side-by-side tables with one stacked bar per period for each dimension. */
export function renderComparisonHtml(report: ComparisonReport, ctx: RenderContext): string {
  const [title, ...preamble] = comparisonPreamble(report, ctx.lang);
  const pops = report.periods.map((p) => `${p.label}: ${formatCount(p.population, ctx.lang)} ${ui('people', ctx.lang)}`);
  preamble.push(`${ui('population', ctx.lang)}: ${pops.join(' · ')}`);
  const labels = report.periods.map((p) => p.label);
  const sections: ComparedSection[] = [report, ...(report.groups ?? [])];
  // comparisonBlocks gives the total, each group, then the movements (no section, no charts); within a
  // section the grids follow the section's dimensions in order, then the indicators.
  const blocks: HtmlBlock[] = comparisonBlocks(report, ctx).map((block, b) => {
    const section = sections[b];
    const dims = section ? Object.entries(section.dimensions).filter((e): e is [string, ComparedDimension] => Boolean(e[1])) : [];
    return {
      heading: block.heading,
      parts: block.grids.map((grid, i) => ({ grid, chart: dims[i] && comparisonChart(dims[i][0], dims[i][1], section, labels, ctx) })),
    };
  });
  return htmlPage({ lang: ctx.lang, title, preamble, blocks });
}
