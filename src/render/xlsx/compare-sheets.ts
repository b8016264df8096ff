import type { Workbook } from 'exceljs';
import type { ComparisonReport } from '../../report/comparison-report.js';
import { ui } from '../../vocab/ui.js';
import { byName } from '../by-name.js';
import { comparedGrids, comparisonPreamble, movementGrids } from '../compare-text.js';
import { formatCount } from '../format-number.js';
import type { RenderContext } from '../render-context.js';
import { countCell, textCell, writeHead, writeRows } from './grid.js';
import { addGridSheet, type SheetHeading, type SheetPart } from './grid-sheet.js';
import { setUpPrint } from './print-setup.js';
import type { SheetNames } from './sheet-names.js';
import { fitColumns, put, putMerged, SIGNED_COUNT_FORMAT } from './styles.js';
import { dmy } from '../as-of-dates.js';
import { xlsxWord } from './words.js';
import { filtersText } from '../filter-text.js';

function headingOf(report: ComparisonReport, ctx: RenderContext, subtitle: string): SheetHeading {
  const [title, ...lines] = comparisonPreamble(report, ctx.lang);
  return { title, subtitle, lines };
}

/** The cover sheet of a comparison: title, one row per period (reference date, people, files), filters. */
export function addComparisonCover(wb: Workbook, names: SheetNames, report: ComparisonReport, ctx: RenderContext): void {
  const { lang } = ctx;
  const ws = wb.addWorksheet(names.take(xlsxWord('summarySheet', lang)));
  putMerged(ws, 1, 1, 1, 4, ui('compareTitle', lang), { bold: true, size: 14, horizontal: 'center', wrap: true });
  let row = writeHead(ws, 3, [
    { label: xlsxWord('period', lang) },
    { label: ui('asOf', lang) },
    { label: xlsxWord('peopleCounted', lang) },
    { label: xlsxWord('files', lang) },
  ]);
  row = writeRows(
    ws,
    row,
    report.periods.map((p) => [textCell(p.label), textCell(dmy(p.asOf)), countCell(p.population), textCell(p.files.join('; '), { wrap: true })]),
  );
  put(ws, ++row, 1, xlsxWord('populationChange', lang), { bold: true });
  put(ws, row, 3, report.population.change, { numFmt: SIGNED_COUNT_FORMAT });
  if (report.filters.length) {
    put(ws, ++row, 1, ui('filters', lang), { bold: true });
    put(ws, row, 2, filtersText(report.filters, lang));
  }
  fitColumns(ws, 10, 44);
  setUpPrint(ws, lang);
}

/**
 * One sheet per dimension, then the indicators: each period as count | percent under its label, each
 * change under "2025 so với 2020" (with three or more periods also against the previous period): the
 * total, then each `--by` group under its heading.
 */
export function addComparedSheets(wb: Workbook, names: SheetNames, report: ComparisonReport, ctx: RenderContext): void {
  const labels = report.periods.map((p) => p.label);
  const pops = (values: number[]): string => values.map((n, i) => `${labels[i]}: ${formatCount(n, ctx.lang)}`).join(' · ');
  const sections = [
    { heading: `${ui('total', ctx.lang)} — ${pops(report.population.values)}`, grids: comparedGrids(report, labels, ctx) },
    ...(report.groups ?? []).map((g) => ({
      heading: `${ui('byTitle', ctx.lang, { by: byName(ctx.by, ctx.lang), label: g.label })} — ${pops(g.population.values)}`,
      grids: comparedGrids(g, labels, ctx),
    })),
  ];
  const grouped = sections.length > 1;
  // The sheets follow the total's grids: a dimension's sheet holds that dimension's grid of every section.
  const sheets = new Map<string, SheetPart[]>();
  for (const s of sections) {
    for (const grid of s.grids) {
      // The indicators and the average age share a sheet.
      const key = grid.dimension ?? ui('indicators', ctx.lang);
      sheets.set(key, [...(sheets.get(key) ?? []), { ...(grouped ? { heading: s.heading } : {}), grid }]);
    }
  }
  for (const parts of sheets.values()) {
    const title = parts[0].grid.dimension ? parts[0].grid.title : ui('indicators', ctx.lang);
    addGridSheet(wb, names, title, headingOf(report, ctx, title), parts, ctx);
  }
}

/** The movements sheet: per pair of periods, stayed / joined / left, then the level changes of those who stayed. */
export function addMovementSheet(wb: Workbook, names: SheetNames, report: ComparisonReport, ctx: RenderContext): void {
  const pairs = Array.isArray(report.movements) ? report.movements : [report.movements];
  if (!pairs.length) return;
  const parts: SheetPart[] = pairs.flatMap((m) => movementGrids(m, ctx.lang).map((grid) => ({ grid })));
  const title = ui('movementsHeading', ctx.lang);
  addGridSheet(wb, names, title, headingOf(report, ctx, title), parts, ctx);
}
