import type { Workbook } from 'exceljs';
import type { Lang } from '../../model/options.js';
import type { DimensionTable, SummaryReport } from '../../report/types.js';
import { ui } from '../../vocab/ui.js';
import type { RenderContext } from '../render-context.js';
import { dimensionsOf, isCount, sectionsOf, type Section } from '../summary-rows.js';
import { countCell, headWidth, percentCell, textCell, writeBanner, writeHead, writeRows, type CellSpec, type HeadColumn } from './grid.js';
import type { SheetNames } from './sheet-names.js';
import { decimalFormat, fitColumns, freeze, put } from './styles.js';
import { xlsxWord } from './words.js';

/** "dd/mm/yyyy" of an ISO day. */
export function dmy(iso: string): string {
  return iso.split('-').reverse().join('/');
}

function sectionName(s: Section, lang: Lang): string {
  return s.label ?? ui('total', lang);
}

/**
 * The cover sheet of a summary: title, reference date, filters, population, the population of each
 * `--by` group, and the roster sheets read.
 */
export function addSummaryCover(wb: Workbook, names: SheetNames, report: SummaryReport, ctx: RenderContext): void {
  const { lang } = ctx;
  const ws = wb.addWorksheet(names.take(xlsxWord('summarySheet', lang)));
  let row = writeBanner(ws, 1, 4, ui('summaryTitle', lang), { size: 14 });
  row++;
  const facts: Array<[string, CellSpec]> = [[ui('asOf', lang), textCell(dmy(report.asOf))]];
  if (report.filters.length) facts.push([ui('filters', lang), textCell(report.filters.join('; '))]);
  facts.push([xlsxWord('peopleCounted', lang), countCell(report.population)]);
  for (const [label, cell] of facts) {
    put(ws, row, 1, label, { bold: true });
    const { value, ...look } = cell;
    put(ws, row++, 2, value, { horizontal: 'left', ...look });
  }
  if (report.groups?.length) {
    row++;
    row = writeHead(ws, row, [{ label: xlsxWord('byHeading', lang, { by: ctx.by ?? '' }) }, { label: xlsxWord('peopleCounted', lang) }]);
    row = writeRows(
      ws,
      row,
      report.groups.map((g) => [textCell(g.label), countCell(g.population)]),
    );
  }
  row++;
  put(ws, row++, 1, xlsxWord('sourcesHeading', lang), { bold: true });
  row = writeHead(ws, row, [{ label: xlsxWord('file', lang) }, { label: xlsxWord('sheet', lang) }, { label: xlsxWord('peopleCounted', lang) }]);
  writeRows(
    ws,
    row,
    report.sources.map((s) => [textCell(s.file), textCell(s.sheet), countCell(s.records)]),
  );
  fitColumns(ws);
}

// The categories of a dimension over all sections, in the total's table order.
function categoryKeys(tables: ReadonlyArray<DimensionTable | undefined>): Array<{ key: string; label: string }> {
  const seen = new Map<string, string>();
  for (const t of tables) for (const c of t?.categories ?? []) if (!seen.has(c.key)) seen.set(c.key, c.label);
  return [...seen].map(([key, label]) => ({ key, label }));
}

/**
 * One sheet per dimension. Without `--by`: category | count | percent. With `--by`: the total and then
 * each group side by side, each as count | percent under its name, one row per category.
 */
export function addDimensionSheets(wb: Workbook, names: SheetNames, report: SummaryReport, ctx: RenderContext): void {
  const { lang, decimals } = ctx;
  const sections = sectionsOf(report);
  const grouped = sections.length > 1;
  const pair = [ui('count', lang), ui('percent', lang)];
  for (const [dim, total] of dimensionsOf(sections[0])) {
    const ws = wb.addWorksheet(names.take(total.label));
    const tables = sections.map((s) => s.dimensions[dim as keyof Section['dimensions']]);
    const head: HeadColumn[] = grouped
      ? [{ label: ui('category', lang) }, ...sections.map((s) => ({ label: sectionName(s, lang), sub: pair }))]
      : [{ label: ui('category', lang) }, { label: pair[0] }, { label: pair[1] }];
    writeBanner(ws, 1, headWidth(head), total.label, { size: 13 });
    const bodyTop = writeHead(ws, 2, head);
    const rows = categoryKeys(tables).map(({ key, label }) => [
      textCell(label),
      ...tables.flatMap((t) => {
        const c = t?.categories.find((x) => x.key === key);
        return [countCell(c?.count ?? 0), percentCell(c?.percent ?? 0, decimals)];
      }),
    ]);
    rows.push([
      textCell(ui('population', lang), { bold: true }),
      ...sections.flatMap((s) => [countCell(s.population, { bold: true }), percentCell(100, decimals, { bold: true })]),
    ]);
    const after = writeRows(ws, bodyTop, rows);
    if (total.missing) put(ws, after + 1, 1, ui('missing', lang), { italic: true });
    freeze(ws, bodyTop - 1, 1);
    fitColumns(ws);
  }
}

/** The indicators sheet: indicator | count | base | percent, per section side by side with `--by`. */
export function addIndicatorSheet(wb: Workbook, names: SheetNames, report: SummaryReport, ctx: RenderContext): void {
  const { lang, decimals } = ctx;
  const sections = sectionsOf(report);
  const trio = [ui('count', lang), ui('base', lang), ui('percent', lang)];
  const head: HeadColumn[] =
    sections.length > 1
      ? [{ label: ui('indicator', lang) }, ...sections.map((s) => ({ label: sectionName(s, lang), sub: trio }))]
      : [{ label: ui('indicator', lang) }, ...trio.map((label) => ({ label }))];
  const ws = wb.addWorksheet(names.take(ui('indicators', lang)));
  writeBanner(ws, 1, headWidth(head), ui('indicators', lang), { size: 13 });
  const bodyTop = writeHead(ws, 2, head);
  const rows = Object.entries(report.indicators).map(([id, first]) => [
    textCell(first.label),
    ...sections.flatMap((s): CellSpec[] => {
      const i = s.indicators[id];
      if (!i) return [countCell(null), countCell(null), percentCell(null, decimals)];
      if (isCount(i)) return [countCell(i.count), countCell(i.base), percentCell(i.percent, decimals)];
      return [{ value: i.value, numFmt: decimalFormat(1, ui('years', lang)) }, countCell(i.base), percentCell(null, decimals)];
    }),
  ]);
  writeRows(ws, bodyTop, rows);
  freeze(ws, bodyTop - 1, 1);
  fitColumns(ws);
}
