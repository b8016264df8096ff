import { MAX_COLS } from '../limits.js';
import { CellError, type FormulaHandler, type RowHandler, type RowValues } from '../sheet-rows.js';

/**
 * Rows in transit from the scanning thread to the main thread, as typed arrays (moved, not copied)
 * plus the few strings that are not shared strings. Per row: the row number and the cell count, then
 * per cell its column, a tag and an operand.
 */
export interface RowBatch {
  ints: Int32Array;
  nums: Float64Array;
  strs: string[];
  rows: number;
  /** Bytes of the sheet's XML read when the batch was taken (for progress). */
  bytes: number;
  /** Formulas saved without a result, as row, column pairs. */
  formulas: number[];
}

const SHARED = 0; // operand: index into the shared strings
const TEXT = 1; // operand: index into strs
const NUMBER = 2; // operand: index into nums
const DATE = 3; // operand: index into nums (milliseconds since the epoch)
const BOOL = 4; // operand: 0 or 1
const ERROR = 5; // operand: index into strs

/** Packs scanned rows into batches; shared strings travel as their index. */
export class RowBatchEncoder {
  private readonly sharedIndex = new Map<string, number>();
  /** The scanner notes here the shared-string index of each shared-string cell, by column. */
  readonly sharedAt = new Int32Array(MAX_COLS).fill(-1);
  private ints = new Int32Array(1 << 16);
  private nums = new Float64Array(1 << 12);
  private strs: string[] = [];
  private formulas: number[] = [];
  private ni = 0;
  private nn = 0;
  private rows = 0;

  constructor(private readonly shared: readonly string[]) {
    for (let i = shared.length - 1; i >= 0; i--) this.sharedIndex.set(shared[i], i);
  }

  get pendingRows(): number {
    return this.rows;
  }

  /** Adds one row (the scanner's output). */
  add(rowNumber: number, values: RowValues): void {
    this.reserve(2 + values.length * 3);
    const ints = this.ints;
    ints[this.ni++] = rowNumber;
    const countAt = this.ni++;
    let count = 0;
    for (let col = 0; col < values.length; col++) {
      const v = values[col];
      if (v === undefined || v === null) continue;
      count++;
      ints[this.ni++] = col;
      if (typeof v === 'string') {
        // The scanner's note, when it names this very string (a comparison of references), saves a lookup.
        const noted = this.sharedAt[col];
        const i = noted >= 0 && this.shared[noted] === v ? noted : this.sharedIndex.get(v);
        if (i !== undefined) {
          ints[this.ni++] = SHARED;
          ints[this.ni++] = i;
        } else {
          ints[this.ni++] = TEXT;
          ints[this.ni++] = this.strs.push(v) - 1;
        }
      } else if (typeof v === 'number') {
        ints[this.ni++] = NUMBER;
        ints[this.ni++] = this.num(v);
      } else if (typeof v === 'boolean') {
        ints[this.ni++] = BOOL;
        ints[this.ni++] = v ? 1 : 0;
      } else if (v instanceof Date) {
        ints[this.ni++] = DATE;
        ints[this.ni++] = this.num(v.getTime());
      } else {
        ints[this.ni++] = ERROR;
        ints[this.ni++] = this.strs.push(v.code) - 1;
      }
    }
    ints[countAt] = count;
    this.rows++;
  }

  /** Notes a formula cell saved without a result (told to the receiver with the batch). */
  formula(rowNumber: number, col: number): void {
    this.formulas.push(rowNumber, col);
  }

  /** Hands over the rows so far (their buffers move to the receiver) and starts a new batch. */
  take(bytes = 0): RowBatch {
    const batch: RowBatch = { ints: this.ints.slice(0, this.ni), nums: this.nums.slice(0, this.nn), strs: this.strs, rows: this.rows, bytes, formulas: this.formulas };
    this.formulas = [];
    this.ni = 0;
    this.nn = 0;
    this.rows = 0;
    this.strs = [];
    return batch;
  }

  private num(v: number): number {
    if (this.nn === this.nums.length) {
      const grown = new Float64Array(this.nums.length * 2);
      grown.set(this.nums);
      this.nums = grown;
    }
    this.nums[this.nn] = v;
    return this.nn++;
  }

  private reserve(n: number): void {
    if (this.ni + n <= this.ints.length) return;
    const grown = new Int32Array(Math.max(this.ints.length * 2, this.ni + n));
    grown.set(this.ints);
    this.ints = grown;
  }
}

/** Unpacks a batch into rows for `onRow`, with the receiver's own copy of the shared strings. */
export function decodeRowBatch(batch: RowBatch, shared: readonly string[], onRow: RowHandler, onFormula?: FormulaHandler): void {
  const { ints, nums, strs, formulas } = batch;
  if (onFormula) for (let i = 0; i < formulas.length; i += 2) onFormula(formulas[i], formulas[i + 1]);
  let p = 0;
  for (let r = 0; r < batch.rows; r++) {
    const rowNumber = ints[p++];
    const count = ints[p++];
    const values: RowValues = [];
    for (let c = 0; c < count; c++) {
      const col = ints[p++];
      const tag = ints[p++];
      const a = ints[p++];
      values[col] =
        tag === SHARED ? (shared[a] ?? null) : tag === NUMBER ? nums[a] : tag === DATE ? new Date(nums[a]) : tag === TEXT ? strs[a] : tag === BOOL ? a === 1 : new CellError(strs[a]);
    }
    onRow(rowNumber, values);
  }
}
