import type { Workbook, Worksheet } from 'exceljs';
import { DIMENSION_KEYS } from '../../model/dimensions.js';
import { categoryLabel, dimensionLabel } from '../../normalize/classify.js';
import type { Change, ComparedSection, ComparisonReport, PairMovements } from '../../report/comparison-report.js';
import { ui } from '../../vocab/ui.js';
import { formatCount } from '../format-number.js';
import type { RenderContext } from '../render-context.js';
import { countCell, headWidth, percentCell, textCell, writeBanner, writeHead, writeRows, type CellSpec, type HeadColumn } from './grid.js';
import type { SheetNames } from './sheet-names.js';
import { decimalFormat, fitColumns, freeze, put, SIGNED_COUNT_FORMAT, signedFormat } from './styles.js';
import { dmy } from './summary-sheets.js';
import { xlsxWord } from './words.js';

type Block = { heading: string; section: ComparedSection };

/** The cover sheet of a comparison: title, one row per period (reference date, people, files), filters. */
export function addComparisonCover(wb: Workbook, names: SheetNames, report: ComparisonReport, ctx: RenderContext): void {
  const { lang } = ctx;
  const ws = wb.addWorksheet(names.take(xlsxWord('summarySheet', lang)));
  let row = writeBanner(ws, 1, 4, ui('compareTitle', lang), { size: 14 }) + 1;
  row = writeHead(ws, row, [
    { label: xlsxWord('period', lang) },
    { label: ui('asOf', lang) },
    { label: xlsxWord('peopleCounted', lang) },
    { label: xlsxWord('files', lang) },
  ]);
  row = writeRows(
    ws,
    row,
    report.periods.map((p) => [textCell(p.label), textCell(dmy(p.asOf)), countCell(p.population), textCell(p.files.join('; '))]),
  );
  put(ws, ++row, 1, xlsxWord('populationChange', lang), { bold: true });
  put(ws, row, 3, report.population.change, { numFmt: SIGNED_COUNT_FORMAT });
  if (report.filters.length) {
    put(ws, ++row, 1, ui('filters', lang), { bold: true });
    put(ws, row, 2, report.filters.join('; '));
  }
  fitColumns(ws);
}

function changeCells(change: Change, decimals: number): CellSpec[] {
  return [{ value: change.count, numFmt: SIGNED_COUNT_FORMAT }, { value: change.points, numFmt: signedFormat(decimals) }, percentCell(change.index, decimals)];
}

function blocksOf(report: ComparisonReport, ctx: RenderContext): Block[] {
  return [
    { heading: ui('total', ctx.lang), section: report },
    ...(report.groups ?? []).map((g) => ({ heading: ui('byTitle', ctx.lang, { by: ctx.by ?? '', label: g.label }), section: g })),
  ];
}

// Title, header (category | each period as count, percent | changes), then each block under its heading.
function writeComparedSheet(
  ws: Worksheet,
  title: string,
  firstHead: string,
  report: ComparisonReport,
  ctx: RenderContext,
  body: (s: ComparedSection) => CellSpec[][],
): number {
  const { lang } = ctx;
  const head: HeadColumn[] = [
    { label: firstHead },
    ...report.periods.map((p) => ({ label: p.label, sub: [ui('count', lang), ui('percent', lang)] })),
    { label: ui('changeCount', lang) },
    { label: ui('changePoints', lang) },
    { label: ui('changeIndex', lang) },
  ];
  const width = headWidth(head);
  writeBanner(ws, 1, width, title, { size: 13 });
  let row = writeHead(ws, 2, head);
  freeze(ws, row - 1, 1);
  for (const block of blocksOf(report, ctx)) {
    const pops = block.section.population.values.map((n, i) => `${report.periods[i].label}: ${formatCount(n, lang)}`).join(' · ');
    row = writeBanner(ws, row, width, `${block.heading} — ${pops}`, { border: true });
    row = writeRows(ws, row, body(block.section));
  }
  fitColumns(ws);
  return row;
}

/** One sheet per dimension: each category's count and percent per period, then the change last vs first. */
export function addComparedDimensionSheets(wb: Workbook, names: SheetNames, report: ComparisonReport, ctx: RenderContext): void {
  const { lang, decimals } = ctx;
  for (const dim of DIMENSION_KEYS) {
    const total = report.dimensions[dim];
    if (!total) continue;
    const ws = wb.addWorksheet(names.take(total.label));
    const end = writeComparedSheet(ws, total.label, ui('category', lang), report, ctx, (s) =>
      (s.dimensions[dim]?.categories ?? []).map((c) => [
        textCell(c.label),
        ...c.values.flatMap((v) => [countCell(v.count), percentCell(v.percent, decimals)]),
        ...changeCells(c.change, decimals),
      ]),
    );
    if (total.missing?.length) put(ws, end + 1, 1, ui('missingIn', lang, { labels: total.missing.join(', ') }), { italic: true });
  }
}

/** The indicators sheet: each indicator per period and its change; the average age as years. */
export function addComparedIndicatorSheet(wb: Workbook, names: SheetNames, report: ComparisonReport, ctx: RenderContext): void {
  const { lang, decimals } = ctx;
  const ws = wb.addWorksheet(names.take(ui('indicators', lang)));
  const years = decimalFormat(1, ui('years', lang));
  writeComparedSheet(ws, ui('indicators', lang), ui('indicator', lang), report, ctx, (s) =>
    Object.values(s.indicators).map((ind) => [
      textCell(ind.label),
      ...ind.values.flatMap((v): CellSpec[] =>
        'value' in v ? [{ value: v.value, numFmt: years }, percentCell(null, decimals)] : [countCell(v.count), percentCell(v.percent, decimals)],
      ),
      ...('value' in ind.change ? [{ value: ind.change.value, numFmt: signedFormat(1) }, { value: null }, { value: null }] : changeCells(ind.change, decimals)),
    ]),
  );
}

function movementRows(m: PairMovements, lang: RenderContext['lang']): CellSpec[][] {
  const rows = [
    [textCell(ui('stayed', lang)), countCell(m.stayed)],
    [textCell(ui('joined', lang)), countCell(m.joined)],
    [textCell(ui('left', lang)), countCell(m.left)],
  ];
  if (m.ambiguous.older + m.ambiguous.newer > 0) {
    rows.push([textCell(`${ui('ambiguous', lang)} (${m.from} / ${m.to})`), countCell(m.ambiguous.older), countCell(m.ambiguous.newer)]);
  }
  return rows;
}

/** The movements sheet: per pair of periods, stayed / joined / left, then the level changes of those who stayed. */
export function addMovementSheet(wb: Workbook, names: SheetNames, report: ComparisonReport, ctx: RenderContext): void {
  const { lang } = ctx;
  const pairs = Array.isArray(report.movements) ? report.movements : [report.movements];
  if (!pairs.length) return;
  const ws = wb.addWorksheet(names.take(ui('movementsHeading', lang)));
  let row = 1;
  for (const m of pairs) {
    row = writeBanner(ws, row, 4, ui('movements', lang, { from: m.from, to: m.to, by: ui(`matchedBy.${m.matchedBy}`, lang) }));
    row = writeHead(ws, row, [{ label: '' }, { label: ui('count', lang) }]);
    row = writeRows(ws, row, movementRows(m, lang)) + 1;
    if (m.changes.length) {
      row = writeBanner(ws, row, 4, ui('levelChanges', lang));
      row = writeHead(ws, row, [{ label: ui('field', lang) }, { label: ui('from', lang) }, { label: ui('to', lang) }, { label: ui('count', lang) }]);
      const changes = m.changes.map((c) => [
        textCell(dimensionLabel(c.field, lang)),
        textCell(categoryLabel(c.field, c.from, lang)),
        textCell(categoryLabel(c.field, c.to, lang)),
        countCell(c.count),
      ]);
      row = writeRows(ws, row, changes) + 1;
    }
  }
  fitColumns(ws);
}
