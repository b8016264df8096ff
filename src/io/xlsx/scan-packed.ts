import type { ByteSource, IoPlatform } from '../byte-source.js';
import { asReadFailure } from '../read-error.js';
import type { MergeRange } from '../sheet-rows.js';
import { ZipArchive } from '../zip/zip-archive.js';
import { type PackedRows, PackedRowsEncoder } from './packed-rows.js';
import { openXlsx } from './xlsx-reader.js';

/**
 * A scanning thread's work (the CLI's worker thread and the page's scanning worker): opens the workbook in
 * `source` itself, with no shared strings (every one is sent as its index), and writes one sheet's cells
 * straight into packed batches of `batchRows` rows, each handed to `send` once full (the last one, or
 * formula cells alone after a full batch, at the end). `between`, when given, is awaited after each inflated
 * piece scanned: a thread that cannot block (a Web Worker) waits there while it is too far ahead. Answers the
 * sheet's merged ranges; a damaged zip is the file's error, as at opening on the main thread.
 */
export async function scanPacked(
  source: ByteSource,
  platform: IoPlatform,
  sheetIndex: number,
  batchRows: number,
  send: (batch: PackedRows) => void,
  between?: () => Promise<void>,
): Promise<MergeRange[]> {
  const zip = await ZipArchive.open(source, platform).catch((err: unknown) => Promise.reject(asReadFailure(source.name, err)));
  const wb = await openXlsx(zip, platform, { indicesOnly: true });
  try {
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
  } finally {
    await wb.close();
  }
}
