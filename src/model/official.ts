import type { CategoryOf } from './dimensions.js';

/** A birth date as far as the roster gives it; `month`/`day` are absent for year-only births. */
export interface BirthDate {
  year: number;
  month?: number;
  day?: number;
}

/** Where a value came from: enough to point a user at the cell. */
export interface CellRef {
  file: string;
  sheet: string;
  /** Excel address, e.g. "I23". */
  cell: string;
}

/** A workbook's shared-string table, as far as an official's name may point into it. */
export interface NameTable {
  readonly strings: readonly string[];
}

/**
 * One official (one counted roster row), with every dimension already classified.
 * `origin` and `level` may be derived (from hometown vs unit, from the unit name).
 */
export interface Official {
  file: string;
  sheet: string;
  row: number;
  id?: string;
  name: string;
  /**
   * When the name is the cleaned text of a shared string: its workbook's table (else undefined) and the
   * string's index there (the same index always gives the same name), so a comparison numbers names by index,
   * not by a lookup of the text in a map of every name. Methods, not keys: neither JSON, a spread nor a
   * comparison of officials sees the table.
   */
  nameTable?(): NameTable | undefined;
  nameIndex?(): number;
  birth?: BirthDate;
  gender: CategoryOf<'gender'>;
  ethnicity: CategoryOf<'ethnicity'>;
  religion: CategoryOf<'religion'>;
  party: CategoryOf<'party'>;
  general_education: CategoryOf<'general_education'>;
  professional: CategoryOf<'professional'>;
  political_theory: CategoryOf<'political_theory'>;
  state_management: CategoryOf<'state_management'>;
  rank: CategoryOf<'rank'>;
  origin: CategoryOf<'origin'>;
  category: CategoryOf<'category'>;
  level: CategoryOf<'level'>;
  employment: CategoryOf<'employment'>;
  position_group: CategoryOf<'position_group'>;
  assessment: CategoryOf<'assessment'>;
  term: CategoryOf<'term'>;
  /** Marked "đang học" in that dimension's cell. */
  studying: { professional: boolean; political_theory: boolean };
  unit?: string;
  /** With `--units-as-of`: the unit name as the roster wrote it (`unit` is then the unit in force). */
  unitRead?: string;
  position?: string;
  hometown?: string;
  /** Raw text of every titled column by its folded title, for `--where` on a column title. */
  columns: Record<string, string>;
}
