import type { Workbook, Worksheet } from 'exceljs';
import type { SummaryReport } from '../../report/types.js';
import { FORMS, isTwoLevelDate, type FormDefinition, type FormId } from '../../vocab/forms.js';
import type { RenderContext } from '../render-context.js';
import { writeGroupRows } from './form-group-rows.js';
import type { SheetNames } from './sheet-names.js';
import { putMerged } from './styles.js';
import { dmy } from './summary-sheets.js';

/** The first header row of the table: rows 1–7 hold the heading. */
export const HEADER_TOP = 8;
/** Columns of the side block (top right: reporting unit, receiving unit, deadline; the unit line; a signer). */
const SIDE_BLOCK = 12;

/** What a form body tells the engine: its last column and the row after its last line. */
export interface FormBody {
  lastCol: number;
  nextRow: number;
}

/** The heading above the table: code, who the form applies to, side block, title, date, scope line, unit. */
function writeHeading(ws: Worksheet, def: FormDefinition, lastCol: number, asOf: string): void {
  const h = def.heading;
  const side = lastCol - SIDE_BLOCK + 1;
  putMerged(ws, 1, 1, 1, 2, h.code, { bold: true });
  if (h.appliesTo) putMerged(ws, 2, 1, 2, side - 1, h.appliesTo, { italic: true, size: 11 });
  h.side.forEach((text, i) => putMerged(ws, i + 1, side, i + 1, lastCol, text, { size: 11, horizontal: 'left' }));
  putMerged(ws, 5, 1, 5, lastCol, h.title.replace('{year}', asOf.slice(0, 4)), { bold: true, size: 14, horizontal: 'center' });
  putMerged(ws, 6, 1, 6, lastCol, h.asOf.replace('{date}', dmy(asOf)), { italic: true, horizontal: 'center' });
  // A roster of the two-level state: the form says what it covers, instead of counting levels that no longer exist.
  if (def.twoLevel && isTwoLevelDate(asOf)) putMerged(ws, 7, 1, 7, side - 1, def.twoLevel.line, { italic: true, size: 11, horizontal: 'left' });
  putMerged(ws, 7, side, 7, lastCol, h.unit, { italic: true, horizontal: 'right' });
}

function writeSignatures(ws: Worksheet, def: FormDefinition, row: number, lastCol: number): void {
  const s = def.signatures;
  const side = lastCol - SIDE_BLOCK + 1;
  putMerged(ws, row, side, row, lastCol, s.dateLine, { italic: true, horizontal: 'center' });
  const blocks =
    s.signers.length === 1
      ? [[side, lastCol]]
      : [
          [1, 2 + 4],
          [side, lastCol],
        ];
  s.signers.forEach((signer, i) => {
    const [from, to] = blocks[i];
    putMerged(ws, row + 1, from, row + 1, to, signer.title, { bold: true, horizontal: 'center' });
    putMerged(ws, row + 2, from, row + 2, to, signer.hint, { italic: true, horizontal: 'center' });
  });
}

/**
 * A sheet laid out like an official form from its definition (src/vocab/forms/<id>.json, docs/forms.md):
 * the heading, the merged multi-row header with numbered columns, the body (one row per `--by` group and
 * the total), the notes in the form's words, the signatures, and the print setup. The form's words are
 * its own (Vietnamese) whatever `--lang`.
 */
export function addFormSheet(wb: Workbook, names: SheetNames, report: SummaryReport, form: FormId, ctx: RenderContext): void {
  const def = FORMS[form];
  const ws = wb.addWorksheet(names.take(def.sheetName));
  const body = writeGroupRows(ws, def, report, ctx, HEADER_TOP);
  writeHeading(ws, def, body.lastCol, report.asOf);
  writeSignatures(ws, def, body.nextRow + 2, body.lastCol);
  body.finish();
}
