import type { RowBatch, RowValues, SharedCells } from '../io/sheet-rows.js';
import { SHARED_ANSWERS_CAP, SharedAnswers, type SharedRow } from '../normalize/shared-answers.js';

/**
 * Finds a record's row in the shared cells of the batches it came in (see SharedCells), by row number:
 * records come in row order, a batch or two behind the rows pushed (the ingester holds a row while it
 * decides what it is), so the two latest batches are kept and a cursor moves forward through them. A row
 * not found there (a source without shared cells, a row held longer) is answered by text.
 */
export class SharedRows {
  private readonly batches: Array<{ numbers: readonly number[]; values: readonly RowValues[]; cells: SharedCells }> = [];
  /** The row last found, with the workbook's answers (one object, reused: it is read before the next is found). */
  private row: SharedRow | undefined;
  private batch = 0;
  private pos = 0;

  /** Told of each batch as it is read. */
  add(batch: RowBatch): void {
    const cells = batch.shared;
    if (!cells || cells.strings.length > SHARED_ANSWERS_CAP || batch.numbers.length === 0) return;
    // One workbook's table per reader; answers are by index, so a new table starts new answers.
    if (this.row?.answers.strings !== cells.strings) {
      this.row = { answers: new SharedAnswers(cells.strings), index: cells.index, at: -1 };
      this.batches.length = 0;
    }
    this.batches.push({ numbers: batch.numbers, values: batch.values, cells });
    if (this.batches.length > 2) this.batches.shift();
    this.batch = 0;
    this.pos = 0;
  }

  /**
   * The shared cells of sheet row `row` whose cells are `values`, or undefined. Only the very array the
   * batch brought qualifies: a row whose cells were changed on the way (converted from a legacy encoding,
   * filled down a merge, read through a legend or tick columns) is a new array, and is answered by text.
   */
  find(row: number, values: RowValues): SharedRow | undefined {
    const found = this.row;
    if (!found) return undefined;
    for (; this.batch < this.batches.length; this.batch++, this.pos = 0) {
      const { numbers, cells, values: rows } = this.batches[this.batch];
      if (numbers[numbers.length - 1] < row) continue;
      let i = this.pos;
      if (i >= numbers.length || numbers[i] > row) i = 0;
      while (numbers[i] < row) i++;
      this.pos = i;
      if (numbers[i] !== row || rows[i] !== values) return undefined;
      found.index = cells.index;
      found.at = cells.rowStart[i];
      return found;
    }
    this.batch = 0;
    this.pos = 0;
    return undefined;
  }
}
