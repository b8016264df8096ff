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
import { byName } from './by-name.js';
import type { Grid } from './grid.js';
import { stackGrid } from './stack-grid.js';
import { wideGrids } from './wide-grids.js';

/** Width of the widest table part on a printed A4 page, in characters as a terminal would draw it. */
const PAGE_TABLE_WIDTH = 130;

type Fmt = Pick<RenderContext, 'lang' | 'decimals'>;

function percentText(percent: number, f: Fmt): string {
  return `${formatPercent(percent, f.decimals, f.lang)}%`;
}

function summaryChart(dimension: string, table: DimensionTable, f: Fmt): string | undefined {
  if (table.missing) return undefined;
  const bars = table.categories.map((c) => ({ label: c.label, percent: c.percent, text: `${percentText(c.percent, f)} (${formatCount(c.count, f.lang)})` }));
  return barChartSvg({ dimension, title: table.label, bars });
}

// A stacked bar per group and one for the total (wide layout): the units side by side in one chart.
function groupsChart(dimension: string, report: SummaryReport, f: Fmt, id: string): string | undefined {
  const total = report.dimensions[dimension as keyof SummaryReport['dimensions']];
  if (!total || total.missing) return undefined;
  const rows = [
    ...(report.groups ?? []).map((g) => ({
      key: g.key,
      label: g.label,
      population: g.population,
      table: g.dimensions[dimension as keyof SummaryReport['dimensions']],
    })),
    { key: '', label: ui('population', f.lang), population: report.population, table: total },
  ];
  return stackedBarsSvg({
    dimension,
    id,
    title: total.label,
    categories: total.categories.map((c) => c.label),
    periods: rows.map((r) => ({
      key: r.key,
      label: `${r.label} (${formatCount(r.population, f.lang)} ${ui('people', f.lang, { n: r.population })})`,
      segments: total.categories.map((c) => {
        const percent = r.table?.categories.find((x) => x.key === c.key)?.percent ?? 0;
        return { percent, text: percentText(percent, f) };
      }),
    })),
    missingText: ui('missingShort', f.lang),
  });
}

/**
 * `--format html`: one self-contained page (no network) with the tables and a chart per dimension; with
 * `--by`, wide (default): a table per dimension with a row per group and a stacked bar per group; long:
 * each group on a page of its own.
 */
export function renderSummaryHtml(report: SummaryReport, ctx: RenderContext): string {
  const [title, ...preamble] = summaryPreamble(report, ctx.lang);
  preamble.push(`${ui('population', ctx.lang)}: ${formatCount(report.population, ctx.lang)} ${ui('people', ctx.lang, { n: report.population })}`);
  if (ctx.layout === 'wide' && report.groups) {
    const parts = stackForPage(wideGrids(report, ctx.by, ctx.lang, ctx.decimals), ctx).map((grid, i) => ({
      grid,
      chart: grid.dimension && !grid.title.endsWith(ui('continued', ctx.lang)) ? groupsChart(grid.dimension, report, ctx, `${grid.dimension}-${i}`) : undefined,
    }));
    return htmlPage({ lang: ctx.lang, title, preamble, blocks: [{ heading: ui('byHeading', ctx.lang, { by: byName(ctx.by, ctx.lang) }), parts }] });
  }
  const sections = sectionsOf(report);
  const blocks: HtmlBlock[] = summaryGrids(report, ctx.by, ctx.lang, ctx.decimals).map((block, s) => {
    const dims = new Map(dimensionsOf(sections[s]));
    return {
      heading: block.heading,
      newPage: s > 0,
      parts: block.grids.map((grid) => ({
        grid,
        chart: grid.dimension && dims.has(grid.dimension) ? summaryChart(grid.dimension, dims.get(grid.dimension)!, ctx) : undefined,
      })),
    };
  });
  return htmlPage({ lang: ctx.lang, title, preamble, blocks });
}

/** Wide tables cut into parts that fit the printed page's width (about 120 characters of table text). */
function stackForPage(grids: Grid[], ctx: RenderContext): Grid[] {
  return grids.flatMap((g) => stackGrid(g, PAGE_TABLE_WIDTH, ui('continued', ctx.lang)));
}

function comparisonChart(
  dimension: string,
  table: ComparedDimension,
  section: ComparedSection,
  labels: readonly string[],
  f: Fmt,
  id: string,
): string | undefined {
  if (table.missing && table.missing.length === labels.length) return undefined;
  const periods = labels.map((label, p) => ({
    key: label,
    label: `${label} (${formatCount(section.population.values[p], f.lang)} ${ui('people', f.lang, { n: section.population.values[p] })})`,
    segments: table.missing?.includes(label)
      ? null
      : table.categories.map((c) => ({ percent: c.values[p].percent ?? 0, text: percentText(c.values[p].percent ?? 0, f) })),
  }));
  return stackedBarsSvg({
    dimension,
    id,
    title: table.label,
    categories: table.categories.map((c) => c.label),
    periods,
    missingText: ui('missingShort', f.lang),
  });
}

/** `--format html` for compare: the side-by-side tables with one stacked bar per period for each dimension. */
export function renderComparisonHtml(report: ComparisonReport, ctx: RenderContext): string {
  const [title, ...preamble] = comparisonPreamble(report, ctx.lang);
  const pops = report.periods.map((p) => `${p.label}: ${formatCount(p.population, ctx.lang)} ${ui('people', ctx.lang, { n: p.population })}`);
  preamble.push(`${ui('population', ctx.lang)}: ${pops.join(' · ')}`);
  const labels = report.periods.map((p) => p.label);
  const sections: ComparedSection[] = [report, ...(report.groups ?? [])];
  // comparisonBlocks gives the total, each group, then the movements (no section, no charts).
  const blocks: HtmlBlock[] = comparisonBlocks(report, ctx).map((block, b) => {
    const section = sections[b];
    const chart = (dim: string | undefined): string | undefined => {
      const table = section && dim ? section.dimensions[dim as keyof ComparedSection['dimensions']] : undefined;
      return table ? comparisonChart(dim!, table, section, labels, ctx, `${dim}-${b}`) : undefined;
    };
    return { heading: block.heading, newPage: b > 0 && b < sections.length, parts: block.grids.map((grid) => ({ grid, chart: chart(grid.dimension) })) };
  });
  return htmlPage({ lang: ctx.lang, title, preamble, blocks });
}
