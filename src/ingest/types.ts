import type { RowValues } from '../io/sheet-rows.js';
import type { FieldKey } from '../model/fields.js';
import type { Evidence } from './column-evidence.js';

/** Why a sheet row was not counted as a person. Every row is either a record or one of these. */
export type SkipReason = 'title' | 'header' | 'numbering' | 'group' | 'total' | 'signature' | 'note' | 'second_table' | 'blank' | 'no_name';

export interface SkippedRow {
  row: number;
  reason: SkipReason;
  /** The row's first non-empty text, shortened, so a user can recognise it. */
  text?: string;
}

/** One column of the detected header. */
export interface ColumnMapping {
  /** 0-based column index (A = 0). */
  col: number;
  /** The column's title as shown, group headings folded in: "Trình độ › Chuyên môn". */
  title: string;
  /** The record field it feeds, or null when ignored. */
  field: FieldKey | null;
}

/** What layout detection found in one sheet. */
export interface SheetLayout {
  sheet: string;
  /** 1-based header row numbers, e.g. [6, 7]. */
  headerRows: number[];
  /** The numbering row ("(1) (2) …", "A B 1 2 …") if any. */
  numberingRow?: number;
  columns: ColumnMapping[];
  /** Decisions made without certainty, in plain words (e.g. "sheet name 'Phường 1' used as the unit"). */
  assumptions: string[];
  /** Set when every person in the sheet belongs to one unit named by the sheet. */
  sheetUnit?: string;
  /** The level the positions and categories of the sample rows give, for people whose unit does not say it. */
  sheetLevel?: 'commune';
  /** Why each field's column was chosen: every candidate with its scores (for `inspect` and the JSON). */
  evidence?: Evidence;
}

/**
 * A person row before classification: the row's cells and, shared by every record of the sheet, the
 * column of each field (so problems can name the cell).
 */
export interface RawRecord {
  row: number;
  values: RowValues;
  cols: Readonly<Partial<Record<FieldKey, number>>>;
  /** The unit inherited from the latest group row ("II. Phường An Hòa") or a vertical merge above. */
  groupUnit?: string;
  /** The latest heading above the row that names a category or an employment type, not a unit ("II. Hợp đồng Nghị định 68"). */
  groupLabel?: string;
  /** Raw text of every titled column by title, for `--where` on a column title (only when asked). */
  columns?: Record<string, string>;
  /** Per tick field's slot (its column in `cols`, past the sheet's last), the sheet columns it is read from. */
  tickCols?: Readonly<Record<number, readonly number[]>>;
  /** Cells of tick columns that were neither a tick nor blank (read as not ticked), each a problem at its cell. */
  oddTicks?: Array<{ field: FieldKey; col: number; text: string }>;
}
