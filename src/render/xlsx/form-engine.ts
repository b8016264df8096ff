import type { Workbook, Worksheet } from 'exceljs';
import type { SummaryReport } from '../../report/types.js';
import { FORMS, isTwoLevelDate, type FormDefinition, type FormId, type FormLine } from '../../vocab/forms.js';
import type { RenderContext } from '../render-context.js';
import { writeCriteriaRows } from './form-criteria-rows.js';
import { writeGroupRows } from './form-group-rows.js';
import { layoutForm } from './form-layout.js';
import { setUpPrint } from './print-setup.js';
import type { SheetNames } from './sheet-names.js';
import { freeze, putMerged, type CellLook } from './styles.js';
import { asOfDatesText, dmy, sourceDates } from '../as-of-dates.js';
import { ui } from '../../vocab/ui.js';

/** Stub columns before the figures: the number (STT) and the name (unit or criterion). */
export const STUB_COLS = 2;

/** What a form body wrote: its number row (the last header row) and the row after its last line. */
export interface FormBody {
  numberRow: number;
  nextRow: number;
}

const lookOf = (line: FormLine): CellLook => ({ bold: line.bold, italic: line.italic, size: line.size, horizontal: line.align });

/**
 * The heading above the table: the left and side blocks from row 1, the title lines, "Tính đến ngày", then
 * a row with the scope line of a two-level roster on the left and the unit on the right (kept blank when
 * neither is printed). Returns the first header row of the table.
 */
function writeHeading(ws: Worksheet, def: FormDefinition, lastCol: number, report: SummaryReport): number {
  const asOf = report.asOf;
  // Rosters of different dates: "Tính đến ngày của từng danh sách: 31/12/2020 (…); 31/12/2025 (…)".
  const each = sourceDates(report.sources);
  const date = each ? ui('asOfEachValue', 'vi', { dates: asOfDatesText(each, 'vi') }) : dmy(asOf);
  const h = def.heading;
  const side = lastCol - h.sideWidth + 1;
  h.left.forEach((line, i) => putMerged(ws, i + 1, 1, i + 1, line.width ?? side - 1, line.text, lookOf(line)));
  h.side.forEach((line, i) => putMerged(ws, i + 1, side, i + 1, lastCol, line.text, lookOf(line)));
  let row = Math.max(h.left.length, h.side.length) + 2;
  for (const line of h.title) putMerged(ws, row++, 1, row - 1, lastCol, line.text.replace('{year}', asOf.slice(0, 4)), lookOf(line));
  if (h.asOf) putMerged(ws, row++, 1, row - 1, lastCol, h.asOf.replace('{date}', date), { italic: true, horizontal: 'center' });
  // A roster of the two-level state: the form says what it covers, instead of counting levels that no longer exist.
  const scope = def.twoLevel && isTwoLevelDate(asOf) ? def.twoLevel.line : undefined;
  if (scope) putMerged(ws, row, 1, row, side - 1, scope, { italic: true, size: 11, horizontal: 'left' });
  if (h.unit) putMerged(ws, row, side, row, lastCol, h.unit, { italic: true, horizontal: 'right' });
  return row + 1;
}

function writeSignatures(ws: Worksheet, def: FormDefinition, row: number, lastCol: number): void {
  const s = def.signatures;
  const side = lastCol - def.heading.sideWidth + 1;
  putMerged(ws, row, side, row, lastCol, s.dateLine, { italic: true, horizontal: 'center' });
  const blocks =
    s.signers.length === 1
      ? [[side, lastCol]]
      : [
          [1, s.leftWidth],
          [side, lastCol],
        ];
  s.signers.forEach((signer, i) => {
    const [from, to] = blocks[i];
    putMerged(ws, row + 1, from, row + 1, to, signer.title, { bold: true, horizontal: 'center' });
    putMerged(ws, row + 2, from, row + 2, to, signer.hint, { italic: true, horizontal: 'center', wrap: signer.wrap });
  });
  if (s.signers.some((signer) => signer.wrap)) ws.getRow(row + 2).height = 30;
}

/**
 * A sheet laid out like an official form from its definition (src/vocab/forms/<id>.json, docs/forms.md):
 * the heading, the merged multi-row header with numbered columns, the body (a row per `--by` group and the
 * total, or a row per criterion and a column per population), the notes in the form's words, the
 * signatures, and the print setup. The form's words are its own (Vietnamese) whatever `--lang`.
 */
export function addFormSheet(wb: Workbook, names: SheetNames, report: SummaryReport, form: FormId, ctx: RenderContext): void {
  const def = FORMS[form];
  const ws = wb.addWorksheet(names.take(def.sheetName));
  const lastCol = STUB_COLS + layoutForm(def.columns).width;
  const headerTop = writeHeading(ws, def, lastCol, report);
  const body = def.rows === 'groups' ? writeGroupRows(ws, def, report, ctx, headerTop) : writeCriteriaRows(ws, def, report, ctx, headerTop);
  writeSignatures(ws, def, body.nextRow + 2, lastCol);

  const p = def.print;
  ws.getColumn(1).width = p.widths.number;
  ws.getColumn(2).width = p.widths.name;
  for (let col = STUB_COLS + 1; col <= lastCol; col++) ws.getColumn(col).width = p.widths.figure;
  for (let r = headerTop; r < body.numberRow; r++) ws.getRow(r).height = r === body.numberRow - 1 ? p.lastHeaderRowHeight : p.headerRowHeight;
  freeze(ws, body.numberRow, STUB_COLS);
  setUpPrint(ws, 'vi', { titleRows: [headerTop, body.numberRow], orientation: p.orientation });
}
