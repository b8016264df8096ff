import type { RowBatch, RowValues } from '../../src/io/sheet-rows.js';
import { PackedRowsEncoder, unpackRows } from '../../src/io/xlsx/packed-rows.js';

/** Packs rows as the scanner would (strings by their index in `shared`) and unpacks them. */
export function batchOf(rows: Array<[number, RowValues]>, shared: string[]): RowBatch {
  const enc = new PackedRowsEncoder();
  for (const [n, values] of rows) {
    enc.beginRow(n);
    values.forEach((v, col) => {
      if (v === null || v === undefined) return;
      const i = typeof v === 'string' ? shared.indexOf(v) : -1;
      if (i >= 0) enc.shared(col, i);
      else enc.value(col, v);
    });
    enc.endRow();
  }
  return unpackRows(enc.take(), shared);
}
