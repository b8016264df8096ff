import type { Worksheet } from 'exceljs';
import type { SummaryReport } from '../../report/types.js';
import { FORM_WORDS, type GroupRowsForm } from '../../vocab/forms.js';
import type { RenderContext } from '../render-context.js';
import { sectionsOf, type Section } from '../summary-rows.js';
import { countOf, formNotes, gapOf, type Figure } from './form-figures.js';
import { FIRST_DATA_COL, writeFormHead } from './form-head.js';
import type { FormBody } from './form-engine.js';
import { COUNT_FORMAT, put, putMerged, type CellLook } from './styles.js';

const HEAD: CellLook = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, size: 9 };

/**
 * The body of a form whose rows are the `--by` groups (BM01, BM02): the merged header of the column tree,
 * the number row "A, B, 1, 2, …", a row per group and the total row (the report's totals, so it equals the
 * sum of the rows), then the notes.
 */
export function writeGroupRows(ws: Worksheet, def: GroupRowsForm, report: SummaryReport, ctx: RenderContext, headerTop: number): FormBody {
  const { layout, lastCol, numberRow } = writeFormHead(ws, def.columns, def.stub, headerTop, HEAD);
  ['A', 'B'].forEach((letter, i) => put(ws, numberRow, i + 1, letter, { ...HEAD, italic: true }));
  for (let n = 1; n <= layout.width; n++) put(ws, numberRow, FIRST_DATA_COL + n - 1, n, { ...HEAD, italic: true });

  const figures: Figure[] = layout.columns.map((col) => ({ ...col, gap: gapOf(col.count, report) }));
  const [total, ...groups] = sectionsOf(report);
  const rows: Array<{ stt: number | null; section: Section; label: string }> = [
    ...groups.map((g, i) => ({ stt: i + 1, section: g, label: g.label ?? '' })),
    { stt: null, section: total, label: def.stub.total },
  ];
  let row = numberRow + 1;
  for (const r of rows) {
    const bold = r.stt === null;
    put(ws, row, 1, r.stt, { border: true, horizontal: 'center', bold, size: 10 });
    put(ws, row, 2, r.label, { border: true, bold, wrap: true, size: 10 });
    // Long unit names wrap: the row grows with them (about 30 characters a line at this width).
    const lines = Math.ceil(r.label.length / 30);
    if (lines > 1) ws.getRow(row).height = 13.5 * lines;
    for (const f of figures) {
      const first = FIRST_DATA_COL + f.col;
      const value = f.gap || !f.count ? null : countOf(f.count, r.section);
      putMerged(ws, row, first, row, first + f.numbers.length - 1, value, { border: true, bold, numFmt: COUNT_FORMAT, horizontal: 'center', size: 10 });
    }
    row++;
  }

  const notes = formNotes(def, def.columns, figures, report, ctx);
  if (notes.length) {
    put(ws, ++row, 2, FORM_WORDS.notesHeading, { bold: true, italic: true, size: 11 });
    for (const note of notes) putMerged(ws, ++row, 2, row, lastCol, note, { italic: true, size: 11 });
  }

  return { numberRow, nextRow: row };
}
