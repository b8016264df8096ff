import type { RowValues } from '../io/sheet-rows.js';

/** Told of each row, in order. */
export type RowHandler = (rowNumber: number, values: RowValues) => void;
import { detectColumnEncodings, looksLikeUpperFont } from '../normalize/legacy-detect.js';
import { decodeLegacy, type LegacyEncoding } from '../normalize/legacy-encoding.js';

/** Rows sampled at the top of a sheet to decide each column's encoding. */
const SAMPLE_ROWS = 200;
const SAMPLE_CELLS = 200;

/**
 * Sits between a reader and layout detection: samples the first rows of a sheet, decides per column
 * (and per sheet) whether text is TCVN3 or VNI, and hands every row on with those columns converted to
 * Unicode — before any cleaning, so TCVN3's ư (a soft hyphen) survives. Unicode columns pass untouched.
 */
export class LegacyFix {
  private buffer: Array<[number, RowValues]> = [];
  private encodings: Array<LegacyEncoding | null> | null = null;
  private sheetEncoding: LegacyEncoding | null = null;
  private active = false;

  constructor(private readonly next: RowHandler) {}

  push(row: number, values: RowValues): void {
    if (this.encodings) return this.next(row, this.fix(values));
    this.buffer.push([row, values]);
    if (this.buffer.length >= SAMPLE_ROWS) this.decide();
  }

  end(): void {
    if (!this.encodings) this.decide();
  }

  private changed = new Set<number>();

  /** The columns (0-based) in which some text was converted, and from which encoding. */
  get converted(): Array<{ col: number; encoding: LegacyEncoding }> {
    return [...this.changed].sort((a, b) => a - b).map((col) => ({ col, encoding: (this.encodings![col] ?? this.sheetEncoding)! }));
  }

  private decide(): void {
    const width = Math.max(0, ...this.buffer.map(([, v]) => v.length));
    const columns: string[][] = Array.from({ length: width }, () => []);
    for (const [, values] of this.buffer) {
      values.forEach((v, c) => {
        if (typeof v === 'string' && columns[c].length < SAMPLE_CELLS) columns[c].push(v);
      });
    }
    this.encodings = detectColumnEncodings(columns);
    const legacy = this.encodings.filter((e): e is LegacyEncoding => e !== null);
    this.sheetEncoding = legacy.length && legacy.every((e) => e === legacy[0]) ? legacy[0] : null;
    this.active = legacy.length > 0;
    const rows = this.buffer;
    this.buffer = [];
    for (const [row, values] of rows) this.next(row, this.fix(values));
  }

  private fix(values: RowValues): RowValues {
    if (!this.active) return values;
    return values.map((v, c) => {
      const enc = c < this.encodings!.length ? this.encodings![c] : this.sheetEncoding;
      if (typeof v !== 'string' || !enc) return v;
      const fixed = decodeLegacy(v, enc, { upperFont: enc === 'tcvn3' && looksLikeUpperFont(v) });
      if (fixed !== v) this.changed.add(c);
      return fixed;
    });
  }
}
