import type { NameTable } from '../model/official.js';
import { foldTextUncached } from '../normalize/fold-text.js';
import { maskId } from '../normalize/person-id.js';

/** A name + birth year as one number (PeriodPeople's keys): the name's number × 4096 + the year, 4095 for none. */
export function personKey(name: number, year: number | undefined): number {
  return name * 4096 + (year !== undefined && year > 0 && year < 4095 ? year : 4095);
}
/** The name's number of a person key. */
export const keyName = (key: number): number => Math.floor(key / 4096);
/** The birth year of a person key (4095: none). */
export const keyYear = (key: number): number => key % 4096;

/**
 * The names of one comparison, each numbered once for all its periods: numeric keys hash far faster than
 * joined strings, and the same name gets the same number in every period. Owned by the run (compareFiles),
 * so nothing outlives it.
 */
export class PersonNames {
  private readonly folded: string[] = [];
  private readonly byFolded = new Map<string, number>();
  // The same name as read (one cell text, shared by every row that has it) → its number: one lookup per
  // person instead of folding and then looking the folded name up.
  private readonly byRead = new Map<string, number>();

  private indexOfFolded(folded: string): number {
    let i = this.byFolded.get(folded);
    if (i === undefined) {
      i = this.folded.push(folded) - 1;
      this.byFolded.set(folded, i);
    }
    return i;
  }

  indexOf(name: string): number {
    let i = this.byRead.get(name);
    if (i === undefined) {
      // Not through the shared fold memo: byRead is this name's memo, and a million names would only push
      // the roster's repeated texts out of that one.
      i = this.indexOfFolded(foldTextUncached(name));
      this.byRead.set(name, i);
    }
    return i;
  }

  // A workbook's shared-string index → its name's number + 1 (0: not yet asked), one array per table.
  private readonly byIndex = new WeakMap<NameTable, Int32Array>();
  private lastTable: NameTable | undefined;
  private lastNumbers: Int32Array | undefined;

  /** Forgets the last table asked about (its workbook is read): it would keep that table's strings alive. */
  endOfWorkbooks(): void {
    this.lastTable = undefined;
    this.lastNumbers = undefined;
  }

  /**
   * The number of `name`, the cleaned text of string `index` of `table` (see Official.nameTable): asked by
   * text once per string, then one array load. A million people of a few hundred thousand names cost a
   * lookup in a map of every name each (mostly cache misses): the largest item of a comparison's time.
   */
  indexOfShared(name: string, table: NameTable, index: number): number {
    let numbers = this.lastNumbers;
    if (table !== this.lastTable || numbers === undefined) {
      numbers = this.byIndex.get(table);
      if (numbers === undefined) this.byIndex.set(table, (numbers = new Int32Array(table.strings.length)));
      this.lastTable = table;
      this.lastNumbers = numbers;
    }
    if (index >= numbers.length) return this.indexOf(name);
    const k = numbers[index];
    if (k > 0) return k - 1;
    // Folded once per string of the table, and not filed by its text as well: this array is its memo.
    const i = this.indexOfFolded(foldTextUncached(name));
    numbers[index] = i + 1;
    return i;
  }

  /** A name + birth key as people read it: "nguyễn văn an|1980"; an id masked but for its last 4 characters. */
  keyText(key: string | number): string {
    if (typeof key === 'string') return maskId(key);
    const year = keyYear(key);
    return `${this.folded[keyName(key)]}|${year === 4095 ? '' : year}`;
  }
}
