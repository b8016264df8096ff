import type { Workbook, Worksheet } from 'exceljs';
import { categoryLabel } from '../../normalize/classify.js';
import type { SummaryReport } from '../../report/types.js';
import { INDICATOR_DEFS } from '../../stats/indicator-defs.js';
import { midSentence } from '../paragraph-writer.js';
import type { RenderContext } from '../render-context.js';
import { sectionsOf, type Section } from '../summary-rows.js';
import { FORMS, layoutForm, nameColumns, numberRanges, type FormColumn, type FormCount, type FormId, type FormSpec } from './form-layout.js';
import { setUpPrint } from './print-setup.js';
import type { SheetNames } from './sheet-names.js';
import { COUNT_FORMAT, freeze, put, putMerged, type CellLook } from './styles.js';
import { dmy } from './summary-sheets.js';

const HEADER_TOP = 8;
const FIRST_DATA_COL = 3;
const SIDE_BLOCK = 12;
const HEAD: CellLook = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, size: 9 };
/** Column widths: STT, Tên đơn vị, and each numbered column (room for four digits). */
const WIDTHS = { stt: 4.5, unit: 26, number: 5.4 };

/** Why a form column stays empty, when it does. */
type Gap = { reason: 'notTracked' } | { reason: 'missingDimension' | 'missingCategory'; label: string };

function dimensionGap(report: SummaryReport, dim: keyof SummaryReport['dimensions']): Gap | undefined {
  const table = report.dimensions[dim];
  if (!table || table.missing) return { reason: 'missingDimension', label: table?.label ?? dim };
  return undefined;
}

// A column is filled for every row or for none: decided on the whole report.
function gapOf(count: FormCount | undefined, report: SummaryReport): Gap | undefined {
  if (!count) return { reason: 'notTracked' };
  if (count === 'population') return undefined;
  if ('indicator' in count) {
    const def = INDICATOR_DEFS.find((d) => d.id === count.indicator);
    if (!def || !(count.indicator in report.indicators)) return { reason: 'notTracked' };
    // An age range by gender needs both the gender and the birth dates.
    const dims = [...(def.dimension ? [def.dimension] : []), ...(def.special === 'age_range' ? (['age_band'] as const) : [])];
    for (const d of dims) {
      const gap = dimensionGap(report, d);
      if (gap) return gap;
    }
    return undefined;
  }
  const gap = dimensionGap(report, count.dim);
  if (gap) return gap;
  const table = report.dimensions[count.dim]!;
  if (!table.categories.some((c) => c.key === count.key)) return { reason: 'missingCategory', label: table.label };
  return undefined;
}

function countOf(count: FormCount, section: Section): number {
  if (count === 'population') return section.population;
  if ('indicator' in count) {
    const i = section.indicators[count.indicator];
    return i && 'count' in i ? i.count : 0;
  }
  return section.dimensions[count.dim]?.categories.find((c) => c.key === count.key)?.count ?? 0;
}

/** "90 cán bộ, 20 viên chức": the people a form's scope left out, by category. */
function leftOutText(spec: FormSpec, ctx: RenderContext): string {
  const dim = spec.counts!.dimension;
  return (ctx.formLeftOut ?? [])
    .filter((l) => l.count > 0)
    .map((l) => `${l.count} ${midSentence(categoryLabel(dim, l.key, 'vi'))}`)
    .join(', ');
}

// The notes under the table, in the form's words: who is counted, which columns stay empty and why,
// then the notes of filled columns.
function formNotes(spec: FormSpec, columns: ReadonlyArray<FormColumn & { gap?: Gap }>, report: SummaryReport, ctx: RenderContext): string[] {
  const c = FORMS.common;
  const notes: string[] = [];
  const left = spec.counts ? leftOutText(spec, ctx) : '';
  if (left) notes.push(c.countsNote.replace('{n}', String(report.population)).replace('{label}', spec.counts!.label).replace('{left}', left));
  const untracked = new Set(columns.filter((col) => col.gap?.reason === 'notTracked').flatMap((col) => col.numbers));
  if (untracked.size) {
    const list = nameColumns(spec.columns, untracked).map((n) => c.columnRef.replace('{cols}', numberRanges(n.numbers)).replace('{label}', n.label));
    notes.push(c.emptyColumns.replace('{list}', list.join('; ')));
  }
  const byText = new Map<string, number[]>();
  for (const col of columns) {
    if (!col.gap || col.gap.reason === 'notTracked') continue;
    const text = c[col.gap.reason].replace('{label}', col.gap.label);
    byText.set(text, [...(byText.get(text) ?? []), ...col.numbers]);
  }
  notes.push(...[...byText].map(([text, numbers]) => text.replace('{cols}', numberRanges(numbers))));
  for (const col of columns) if (col.note && !col.gap) notes.push(col.note.replace('{cols}', numberRanges(col.numbers)));
  return notes;
}

function writeTop(ws: Worksheet, spec: FormSpec, lastCol: number, asOf: string): void {
  const c = FORMS.common;
  const side = lastCol - SIDE_BLOCK + 1;
  putMerged(ws, 1, 1, 1, 2, spec.code, { bold: true });
  putMerged(ws, 2, 1, 2, side - 1, spec.scope, { italic: true, size: 11 });
  [c.reportingUnit, c.receivingUnit, c.deadline].forEach((text, i) => putMerged(ws, i + 1, side, i + 1, lastCol, text, { size: 11, horizontal: 'left' }));
  putMerged(ws, 5, 1, 5, lastCol, spec.title.replace('{year}', asOf.slice(0, 4)), { bold: true, size: 14, horizontal: 'center' });
  putMerged(ws, 6, 1, 6, lastCol, c.asOf.replace('{date}', dmy(asOf)), { italic: true, horizontal: 'center' });
  putMerged(ws, 7, side, 7, lastCol, c.unit, { italic: true, horizontal: 'right' });
}

function writeSignatures(ws: Worksheet, row: number, lastCol: number): void {
  const c = FORMS.common;
  const side = lastCol - SIDE_BLOCK + 1;
  putMerged(ws, row, side, row, lastCol, c.dateLine, { italic: true, horizontal: 'center' });
  const blocks =
    c.signers.length === 1
      ? [[side, lastCol]]
      : [
          [1, 2 + 4],
          [side, lastCol],
        ];
  c.signers.slice(0, blocks.length).forEach((s, i) => {
    const [from, to] = blocks[i];
    putMerged(ws, row + 1, from, row + 1, to, s.title, { bold: true, horizontal: 'center' });
    putMerged(ws, row + 2, from, row + 2, to, s.hint, { italic: true, horizontal: 'center' });
  });
}

/**
 * The sheet laid out like official form BM01/BNV or BM02/BNV (Thông tư 11/2012/TT-BNV): form code,
 * title with the year, "Tính đến ngày", the merged multi-row header, the column-number row, one row per
 * `--by` group and the "Tổng số" row (from the report's totals, so it equals the sum of the rows), notes
 * in the form's words (who is counted, empty columns), and the signature block; printed on A4 landscape.
 * The form's words are Vietnamese whatever `--lang`.
 */
export function addFormSheet(wb: Workbook, names: SheetNames, report: SummaryReport, form: FormId, ctx: RenderContext): void {
  const spec = FORMS.forms[form];
  const c = FORMS.common;
  const layout = layoutForm(spec.columns);
  const lastCol = FIRST_DATA_COL + layout.width - 1;
  const ws = wb.addWorksheet(names.take(spec.sheetName));
  writeTop(ws, spec, lastCol, report.asOf);

  const numberRow = HEADER_TOP + layout.depth;
  putMerged(ws, HEADER_TOP, 1, numberRow - 1, 1, c.stt, HEAD);
  putMerged(ws, HEADER_TOP, 2, numberRow - 1, 2, c.unitName, HEAD);
  for (const h of layout.cells) {
    const col = FIRST_DATA_COL + h.col;
    putMerged(ws, HEADER_TOP + h.row, col, HEADER_TOP + h.row + h.rows - 1, col + h.cols - 1, h.label, HEAD);
  }
  ['A', 'B'].forEach((letter, i) => put(ws, numberRow, i + 1, letter, { ...HEAD, italic: true }));
  for (let n = 1; n <= layout.width; n++) put(ws, numberRow, FIRST_DATA_COL + n - 1, n, { ...HEAD, italic: true });

  const columns = layout.columns.map((col) => ({ ...col, gap: gapOf(col.count, report) }));
  const [total, ...groups] = sectionsOf(report);
  const rows: Array<{ stt: number | null; section: Section; label: string }> = [
    ...groups.map((g, i) => ({ stt: i + 1, section: g, label: g.label ?? '' })),
    { stt: null, section: total, label: c.total },
  ];
  let row = numberRow + 1;
  for (const r of rows) {
    const bold = r.stt === null;
    put(ws, row, 1, r.stt, { border: true, horizontal: 'center', bold, size: 10 });
    put(ws, row, 2, r.label, { border: true, bold, wrap: true, size: 10 });
    // Long unit names wrap: the row grows with them (about 30 characters a line at this width).
    const lines = Math.ceil(r.label.length / 30);
    if (lines > 1) ws.getRow(row).height = 13.5 * lines;
    for (const col of columns) {
      const first = FIRST_DATA_COL + col.col;
      const value = col.gap || !col.count ? null : countOf(col.count, r.section);
      putMerged(ws, row, first, row, first + col.numbers.length - 1, value, { border: true, bold, numFmt: COUNT_FORMAT, horizontal: 'center', size: 10 });
    }
    row++;
  }

  const notes = formNotes(spec, columns, report, ctx);
  if (notes.length) {
    put(ws, ++row, 2, c.notesHeading, { bold: true, italic: true, size: 11 });
    for (const note of notes) putMerged(ws, ++row, 2, row, lastCol, note, { italic: true, size: 11 });
  }
  writeSignatures(ws, row + 2, lastCol);

  ws.getColumn(1).width = WIDTHS.stt;
  ws.getColumn(2).width = WIDTHS.unit;
  for (let col = FIRST_DATA_COL; col <= lastCol; col++) ws.getColumn(col).width = WIDTHS.number;
  for (let r = HEADER_TOP; r < numberRow; r++) ws.getRow(r).height = r === numberRow - 1 ? 84 : 30;
  freeze(ws, numberRow, 2);
  setUpPrint(ws, 'vi', { titleRows: [HEADER_TOP, numberRow], orientation: 'landscape' });
}
