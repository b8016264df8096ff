import type { MergeRange } from '../sheet-rows.js';
import { type PackedRows, PackedRowsEncoder } from './packed-rows.js';
import type { XlsxWorkbook } from './xlsx-reader.js';

/**
 * A scanning thread's work: one sheet's cells written straight into packed batches of `batchRows` rows,
 * each handed to `send` once full (the last one, or formula cells alone after a full batch, at the end).
 * `between`, when given, is awaited after each inflated piece scanned: a thread that cannot block (a Web
 * Worker) waits there while it is too far ahead. Answers the sheet's merged ranges.
 */
export async function scanPacked(
  wb: XlsxWorkbook,
  sheetIndex: number,
  batchRows: number,
  send: (batch: PackedRows) => void,
  between?: () => Promise<void>,
): Promise<MergeRange[]> {
  let bytes = 0;
  const encoder = new PackedRowsEncoder({ batchRows, onFull: () => send(encoder.take(bytes)) });
  let merges: MergeRange[] = [];
  for await (const batch of wb.scanInto(wb.sheets[sheetIndex], encoder, (row, col) => encoder.formula(row, col))) {
    bytes = batch.bytes ?? 0;
    if (batch.merges) merges = batch.merges;
    if (between) await between();
  }
  // The last rows, or formula cells alone (a row of uncalculated sums after a full batch has no other cell).
  if (encoder.pendingRows > 0 || encoder.pendingFormulas > 0) send(encoder.take(bytes));
  return merges;
}
