import type { RowValues } from '../io/sheet-rows.js';
import { birthCodeOf, parseBirthDate, type BirthParse } from './birth-date.js';
import { cleanText } from './fold-text.js';
import { newHometownCell, newUnitFacts, type HometownCell, type UnitFacts } from './place.js';

/**
 * Answers about one workbook's shared strings, kept by the string's index in its table. A big roster's
 * names, home towns and typed dates are shared strings by the hundred thousand: looked up by text, each
 * cell costs a hash lookup in a big map (mostly cache misses); by index it is one array load. Only pure
 * functions of the text are kept (the same answer as asked by text, in any run), so an answer is never
 * stale. Memory is bounded by the table: one slot per shared string and kind of answer, made when first
 * needed, and none past SHARED_ANSWERS_CAP strings (then every cell is answered by text, as without).
 */
export class SharedAnswers {
  /** Home-town cells (null: the text shows nothing). */
  private hometowns: Array<HometownCell | null | undefined> | undefined;
  /** Cleaned texts (cellText of the string). */
  private texts: Array<string | undefined> | undefined;
  /** Unit facts of the cleaned texts. */
  private units: Array<UnitFacts | undefined> | undefined;
  /** Birth dates as parsed. */
  private births: Array<BirthParse | undefined> | undefined;
  /** Birth dates as birthCode gives them (0 not asked yet, -1 none). */
  private birthCodes: Int32Array | undefined;

  constructor(readonly strings: readonly string[]) {}

  hometown(k: number): HometownCell | undefined {
    const table = (this.hometowns ??= new Array<HometownCell | null | undefined>(this.strings.length));
    // Kept here, not in hometownCell's memo as well: this table already holds one cell per string. A row that
    // reaches the same text by another way (an inline string) gets a cell of its own, with the same parts.
    let cell = table[k];
    if (cell === undefined) cell = table[k] = newHometownCell(this.strings[k]) ?? null;
    return cell ?? undefined;
  }

  text(k: number): string {
    const table = (this.texts ??= new Array<string | undefined>(this.strings.length));
    return (table[k] ??= cleanText(this.strings[k]));
  }

  /** The facts of the unit whose name is string `k` (as unitFacts of its cleaned text, which must not be empty). */
  unitFacts(k: number): UnitFacts {
    const table = (this.units ??= new Array<UnitFacts | undefined>(this.strings.length));
    return (table[k] ??= newUnitFacts(this.text(k)));
  }

  birth(k: number): BirthParse {
    const table = (this.births ??= new Array<BirthParse | undefined>(this.strings.length));
    return (table[k] ??= parseBirthDate(this.strings[k]));
  }

  /** The birth of string `k` as birthCode gives it (0: none). */
  birthCode(k: number): number {
    const table = (this.birthCodes ??= new Int32Array(this.strings.length));
    const known = table[k];
    if (known !== 0) return known < 0 ? 0 : known;
    // The parse toOfficial's reading of the string may have kept already (birth), else parsed here.
    const code = birthCodeOf(this.births?.[k] ?? parseBirthDate(this.strings[k]));
    table[k] = code === 0 ? -1 : code;
    return code;
  }
}

/** Workbooks with more shared strings than this keep no answers by index (arrays of this many slots: a few MB each). */
export const SHARED_ANSWERS_CAP = 1 << 20;

/** Where a record's row is in its batch's shared cells (see SharedCells), with the workbook's answers. */
export interface SharedRow {
  answers: SharedAnswers;
  index: Int32Array;
  /** Where the row's cells start in `index`. */
  at: number;
}

/**
 * The shared-string index of a row's cell, or -1. `row` must be the row's own (SharedRows.find checks that
 * the record's cells are the very array the reader made): each cell is then the string at its index.
 */
export function sharedIndexAt(values: RowValues, col: number | undefined, row: SharedRow | undefined): number {
  if (row === undefined || col === undefined || col >= values.length) return -1;
  return row.index[row.at + col];
}
