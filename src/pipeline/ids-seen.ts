import type { Official } from '../model/official.js';

/**
 * The ids of a period and where each was first seen. A place is kept as one number, the index of its
 * "file › sheet" × 2^21 + its row (a sheet has at most 2^20 rows), not as a text: a million CCCD numbers
 * with a "file › sheet › row" text each held ~100 MB more at the peak.
 */
export class IdsSeen {
  private readonly first = new Map<string, number>();
  private readonly places: string[] = [];
  private file: string | undefined;
  private sheet: string | undefined;
  private place = -1;

  /** Where `o`'s id was seen before ("file › sheet › row"), or undefined (it is now recorded at `o`). */
  firstSeen(o: Official, id: string): string | undefined {
    const seen = this.first.get(id);
    if (seen !== undefined) {
      const row = seen % ROWS_PER_PLACE;
      return `${this.places[(seen - row) / ROWS_PER_PLACE]} › ${row}`;
    }
    if (o.file !== this.file || o.sheet !== this.sheet) {
      this.file = o.file;
      this.sheet = o.sheet;
      const text = `${o.file} › ${o.sheet}`;
      this.place = this.places.indexOf(text);
      if (this.place < 0) this.place = this.places.push(text) - 1;
    }
    this.first.set(id, this.place * ROWS_PER_PLACE + o.row);
    return undefined;
  }
}
const ROWS_PER_PLACE = 2 ** 21;
