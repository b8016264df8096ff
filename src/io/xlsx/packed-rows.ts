import { CellError, type CellSink, type CellValue, type RowBatch, type RowValues } from '../sheet-rows.js';

/**
 * Rows in transit from the scanning thread to the main thread, as typed arrays (moved, not copied)
 * plus the few strings that are not shared strings. Per row: the row number and the cell count, then
 * per cell its column, a tag and an operand.
 */
export interface PackedRows {
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

/**
 * Packs scanned rows into batches; shared strings travel as their index (the scanning thread never holds
 * the strings), other texts as strings. The scanner writes into it cell by cell (it is the scan's
 * CellSink), so no row arrays or dates are built on the scanning thread.
 */
export class PackedRowsEncoder implements CellSink {
  private ints = new Int32Array(1 << 16);
  private nums = new Float64Array(1 << 12);
  private strs: string[] = [];
  private formulas: number[] = [];
  private ni = 0;
  private nn = 0;
  private rows = 0;
  /** Where the current row's header (row number, cell count) starts, and its cells so far. */
  private rowAt = 0;
  private rowCells = 0;

  /** `onFull` is called when a row ends and the batch holds `batchRows` rows (it should `take` them). */
  constructor(private readonly full?: { batchRows: number; onFull(): void }) {}

  get pendingRows(): number {
    return this.rows;
  }

  /** Formula cells noted since the last `take` (a batch may hold them and no row: see formula). */
  get pendingFormulas(): number {
    return this.formulas.length / 2;
  }

  beginRow(rowNumber: number): void {
    this.reserve(2);
    this.rowAt = this.ni;
    this.ints[this.ni++] = rowNumber;
    this.ints[this.ni++] = 0;
    this.rowCells = 0;
  }

  endRow(): void {
    if (this.rowCells === 0) {
      this.ni = this.rowAt;
      return;
    }
    this.ints[this.rowAt + 1] = this.rowCells;
    this.rows++;
    if (this.full && this.rows >= this.full.batchRows) this.full.onFull();
  }

  shared(col: number, index: number): void {
    this.cell(col, SHARED, index);
  }

  number(col: number, n: number): void {
    this.cell(col, NUMBER, this.num(n));
  }

  date(col: number, ms: number): void {
    this.cell(col, DATE, this.num(ms));
  }

  value(col: number, v: Exclude<CellValue, null>): void {
    if (typeof v === 'string') this.cell(col, TEXT, this.strs.push(v) - 1);
    else if (typeof v === 'number') this.number(col, v);
    else if (typeof v === 'boolean') this.cell(col, BOOL, v ? 1 : 0);
    else if (v instanceof Date) this.date(col, v.getTime());
    else this.cell(col, ERROR, this.strs.push(v.code) - 1);
  }

  private cell(col: number, tag: number, operand: number): void {
    this.reserve(3);
    const ints = this.ints;
    ints[this.ni++] = col;
    ints[this.ni++] = tag;
    ints[this.ni++] = operand;
    this.rowCells++;
  }

  /** Notes a formula cell saved without a result (told to the receiver with the batch). */
  formula(rowNumber: number, col: number): void {
    this.formulas.push(rowNumber, col);
  }

  /** Hands over the rows so far (their buffers move to the receiver) and starts a new batch. */
  take(bytes = 0): PackedRows {
    const batch: PackedRows = {
      ints: this.ints.slice(0, this.ni),
      nums: this.nums.slice(0, this.nn),
      strs: this.strs,
      rows: this.rows,
      bytes,
      formulas: this.formulas,
    };
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

/**
 * Unpacks rows with the receiver's own copy of the shared strings. The scanning thread does not know how
 * many there are: an index past them reads as an empty cell here (not set), and a row left with no cell
 * is no row, as in a scan on one thread. Each row's shared strings are also told by index (`shared`).
 */
export function unpackRows(packed: PackedRows, shared: readonly string[], totalBytes?: number): RowBatch {
  return unpackPiece(packed, shared, { p: 0, r: 0 }, packed.rows, totalBytes);
}

/**
 * The rows of a batch from the scanning thread unpacked `pieceRows` at a time, each piece a RowBatch as
 * `unpackRows` makes (the formulas on the first). A batch crosses threads in 2,048 rows (fewer messages),
 * but its cell arrays are made a piece at a time: the rows the consumer has counted are then garbage
 * before the next piece is made, and the young generation's collections copy a few hundred rows that are
 * alive, not a whole batch's (they took ~5 ms each, ~60 of them at a million diverse rows).
 */
export function* unpackPieces(packed: PackedRows, shared: readonly string[], pieceRows: number, totalBytes?: number): Generator<RowBatch> {
  const at = { p: 0, r: 0 };
  // One piece at least: a batch of no rows may bring formula cells (a last row of uncalculated sums).
  do yield unpackPiece(packed, shared, at, Math.min(pieceRows, packed.rows - at.r), totalBytes);
  while (at.r < packed.rows);
}

/** Unpacks the next `rows` packed rows from `at` (moved past them); the formulas go with the piece that starts the batch. */
function unpackPiece(packed: PackedRows, shared: readonly string[], at: { p: number; r: number }, rows: number, totalBytes?: number): RowBatch {
  const { ints, nums, strs } = packed;
  const sharedCount = shared.length;
  const first = at.r === 0;
  const numbers: number[] = new Array<number>(rows);
  const out: RowValues[] = new Array<RowValues>(rows);
  const rowStart = new Int32Array(rows);
  // Rows are mostly dense (3 ints per cell); a sparse row's width (one past its last column) may pass that: grown when needed.
  let index = new Int32Array((rows === 0 ? 0 : Math.ceil((ints.length * rows) / packed.rows) >> 1) + 16).fill(-1);
  let cells = 0;
  let kept = 0;
  let p = at.p;
  for (let r = 0; r < rows; r++) {
    const number = ints[p++];
    const count = ints[p++];
    // Sized once, to one past the row's last column read (cells usually come in order: the last is the widest).
    let width = 0;
    for (let c = 0, q = p; c < count; c++, q += 3) if (ints[q] >= width && (ints[q + 1] !== SHARED || ints[q + 2] < sharedCount)) width = ints[q] + 1;
    if (width === 0) {
      p += count * 3;
      continue;
    }
    if (cells + width > index.length) {
      const grown = new Int32Array(Math.max(index.length * 2, cells + width)).fill(-1);
      grown.set(index.subarray(0, cells));
      index = grown;
    }
    const values: RowValues = new Array(width);
    for (let c = 0; c < count; c++) {
      const col = ints[p++];
      const tag = ints[p++];
      const a = ints[p++];
      if (tag === SHARED) {
        if (a < sharedCount) {
          values[col] = shared[a];
          index[cells + col] = a;
        }
        continue;
      }
      index[cells + col] = -1; // a column given twice: the last cell is the one kept
      values[col] = tag === NUMBER ? nums[a] : tag === DATE ? new Date(nums[a]) : tag === TEXT ? strs[a] : tag === BOOL ? a === 1 : new CellError(strs[a]);
    }
    numbers[kept] = number;
    rowStart[kept] = cells;
    cells += width;
    out[kept++] = values;
  }
  at.p = p;
  at.r += rows;
  numbers.length = kept;
  out.length = kept;
  return {
    numbers,
    values: out,
    formulas: first ? packed.formulas : [],
    bytes: packed.bytes,
    totalBytes,
    shared: { strings: shared, rowStart, index },
  };
}
