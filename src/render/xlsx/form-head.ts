import type { Worksheet } from 'exceljs';
import { layoutForm, type FormLayout } from './form-layout.js';
import { putMerged, type CellLook } from './styles.js';

/** The first numbered column of every form: after the two stub columns (STT, name). */
export const FIRST_DATA_COL = 3;

export interface FormHead {
  layout: FormLayout;
  /** The last numbered column (1-based sheet column). */
  lastCol: number;
  /** The row of column numbers under the header. */
  numberRow: number;
}

/**
 * Writes a form's header from `headerTop`: the two stub titles spanning the header rows, then the merged
 * cells of the column tree. The caller writes the number row its form prints ("A, B, 1, 2, …" or the form's own).
 */
export function writeFormHead(
  ws: Worksheet,
  columns: Parameters<typeof layoutForm>[0],
  stub: { number: string; name: string },
  headerTop: number,
  look: CellLook,
): FormHead {
  const layout = layoutForm(columns);
  const numberRow = headerTop + layout.depth;
  putMerged(ws, headerTop, 1, numberRow - 1, 1, stub.number, look);
  putMerged(ws, headerTop, 2, numberRow - 1, 2, stub.name, look);
  for (const h of layout.cells) {
    const col = FIRST_DATA_COL + h.col;
    putMerged(ws, headerTop + h.row, col, headerTop + h.row + h.rows - 1, col + h.cols - 1, h.label, look);
  }
  return { layout, lastCol: FIRST_DATA_COL + layout.width - 1, numberRow };
}
