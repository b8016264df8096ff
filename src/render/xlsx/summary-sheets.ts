import type { Workbook } from 'exceljs';
import type { SummaryReport } from '../../report/types.js';
import { ui } from '../../vocab/ui.js';
import { byName } from '../by-name.js';
import { numCells, type Grid, type GridCell } from '../grid.js';
import type { RenderContext } from '../render-context.js';
import { dimensionsOf, isCount, sectionsOf, type Section } from '../summary-rows.js';
import { congressFact, sectionGrids, summaryPreamble } from '../summary-text.js';
import { asOfDatesText, dmy, sourceDates } from '../as-of-dates.js';
import { wideGrids } from '../wide-grids.js';
import { countCell, textCell, writeHead, writeRows } from './grid.js';
import { addGridSheet, type SheetHeading } from './grid-sheet.js';
import { setUpPrint } from './print-setup.js';
import type { SheetNames } from './sheet-names.js';
import { fitColumns, fitMergedHeight, put, putMerged } from './styles.js';
import { xlsxWord } from './words.js';
import { filtersText } from '../filter-text.js';

/** The heading of every sheet of a summary workbook: the title, the sheet's table, the as-of date and filters. */
function headingOf(report: SummaryReport, ctx: RenderContext, subtitle: string): SheetHeading {
  const [title, ...lines] = summaryPreamble(report, ctx.lang);
  return { title, subtitle, lines };
}

/**
 * The cover sheet of a summary: title, reference date, filters, population, the population of each
 * `--by` group, and the roster sheets read.
 */
export function addSummaryCover(wb: Workbook, names: SheetNames, report: SummaryReport, ctx: RenderContext): void {
  const { lang } = ctx;
  const ws = wb.addWorksheet(names.take(xlsxWord('summarySheet', lang)));
  const width = 3;
  putMerged(ws, 1, 1, 1, width, ui('summaryTitle', lang), { bold: true, size: 14, horizontal: 'center', wrap: true });
  ws.getRow(1).height = 36;
  let row = 3;
  const each = sourceDates(report.sources);
  const asOf = each ? ui('asOfEachValue', lang, { dates: asOfDatesText(each, lang) }) : dmy(report.asOf);
  const facts: Array<[string, string | number]> = [[ui('asOf', lang), asOf]];
  const congress = congressFact(report, lang);
  if (congress) facts.push(congress);
  if (report.filters.length) facts.push([ui('filters', lang), filtersText(report.filters, lang)]);
  facts.push([xlsxWord('peopleCounted', lang), report.population]);
  const wrapped: Array<[number, string]> = [];
  for (const [label, value] of facts) {
    if (typeof value === 'string') wrapped.push([row, value]);
    // Top-aligned: a label beside a value of several lines stood at its foot.
    put(ws, row, 1, label, { bold: true, vertical: 'top', wrap: true });
    putMerged(ws, row++, 2, row - 1, width, value, {
      horizontal: 'left',
      vertical: 'top',
      wrap: true,
      ...(typeof value === 'number' ? { numFmt: '#,##0' } : {}),
    });
  }
  if (report.groups?.length) {
    row++;
    const by = byName(ctx.by, lang);
    row = writeHead(ws, row, [{ label: xlsxWord('byHeading', lang, { by }) }, { label: xlsxWord('peopleCounted', lang) }]);
    row = writeRows(
      ws,
      row,
      report.groups.map((g) => [textCell(g.label, { wrap: true }), countCell(g.population)]),
    );
  }
  row++;
  put(ws, row++, 1, xlsxWord('sourcesHeading', lang), { bold: true });
  row = writeHead(ws, row, [{ label: xlsxWord('file', lang) }, { label: xlsxWord('sheet', lang) }, { label: xlsxWord('peopleCounted', lang) }]);
  writeRows(
    ws,
    row,
    report.sources.map((s) => [textCell(s.file, { wrap: true }), textCell(s.sheet, { wrap: true }), countCell(s.records)]),
  );
  fitColumns(ws, 10, 44);
  for (const [r, text] of wrapped) fitMergedHeight(ws, r, 2, width, text);
  setUpPrint(ws, lang);
}

// Without --by: category | count | percent. With --by (long): the total and each group side by side,
// each as count | percent under its name.
function sideBySide(report: SummaryReport, ctx: RenderContext): Grid[] {
  const sections = sectionsOf(report);
  const n = numCells(ctx.lang, ctx.decimals);
  // A printed sheet stands alone: each dimension's table ends with its total row.
  if (sections.length === 1) {
    return sectionGrids(sections[0], ctx.lang, ctx.decimals).map((g) =>
      g.dimension ? { ...g, rows: [...g.rows, [ui('population', ctx.lang), n.count(report.population), n.percent(100)]], strong: [g.rows.length] } : g,
    );
  }
  const name = (s: Section): string => s.label ?? ui('total', ctx.lang);
  const grids: Grid[] = [];
  for (const [dim, total] of dimensionsOf(sections[0])) {
    const keys = new Map<string, string>();
    for (const s of sections)
      for (const c of s.dimensions[dim as keyof Section['dimensions']]?.categories ?? []) if (!keys.has(c.key)) keys.set(c.key, c.label);
    const rows: GridCell[][] = [...keys].map(([key, label]) => [
      label,
      ...sections.flatMap((s) => {
        const c = s.dimensions[dim as keyof Section['dimensions']]?.categories.find((x) => x.key === key);
        return [n.count(c?.count ?? 0), n.percent(c?.percent ?? 0)];
      }),
    ]);
    rows.push([ui('population', ctx.lang), ...sections.flatMap((s) => [n.count(s.population), n.percent(100)])]);
    grids.push({
      title: total.label,
      dimension: dim,
      groups: [{ label: '', span: 1 }, ...sections.map((s) => ({ label: name(s), span: 2 }))],
      head: [ui('category', ctx.lang), ...sections.flatMap(() => [ui('count', ctx.lang), ui('percentShort', ctx.lang)])],
      rows,
      align: ['l', ...Array<'r'>(sections.length * 2).fill('r')],
      strong: [rows.length - 1],
      ...(total.missing ? { note: ui('missing', ctx.lang) } : {}),
    });
  }
  grids.push({
    title: ui('indicators', ctx.lang),
    groups: [{ label: '', span: 1 }, ...sections.map((s) => ({ label: name(s), span: 3 }))],
    head: [ui('indicator', ctx.lang), ...sections.flatMap(() => [ui('count', ctx.lang), ui('base', ctx.lang), ui('percentShort', ctx.lang)])],
    rows: Object.entries(report.indicators).map(([id, first]) => [
      first.label,
      ...sections.flatMap((s): GridCell[] => {
        const i = s.indicators[id];
        if (!i) return ['', '', ''];
        return isCount(i) ? [n.count(i.count), n.count(i.base), n.percent(i.percent)] : [n.years(i.value), n.count(i.base), ''];
      }),
    ]),
    align: ['l', ...Array<'r'>(sections.length * 3).fill('r')],
  });
  return grids;
}

/**
 * One sheet per dimension and one of indicators: without `--by` the total's tables; with `--by`, wide
 * (the default for workbooks): a row per group and the total; long: the total and each group side by side.
 */
export function addTableSheets(wb: Workbook, names: SheetNames, report: SummaryReport, ctx: RenderContext): void {
  const grids = ctx.layout === 'wide' && report.groups ? wideGrids(report, ctx.by, ctx.lang, ctx.decimals) : sideBySide(report, ctx);
  for (const grid of grids) addGridSheet(wb, names, grid.title, headingOf(report, ctx, grid.title), [{ grid }], ctx);
}
