import type { CellValue, MergeRange, RowValues } from '../io/sheet-rows.js';

/**
 * Fills cells covered by vertical merges in the body (a unit name merged down over its people) with the
 * merge's top-left value. Keeps only the merges active at the current row.
 */
export class VerticalFill {
  private readonly byTop = new Map<number, MergeRange[]>();
  private active: Array<{ m: MergeRange; value: CellValue }> = [];
  /** The last row a vertical merge starts on: past it (and its merges) rows go by untouched. */
  private lastTop = 0;

  constructor(merges: readonly MergeRange[]) {
    for (const m of merges) {
      if (m.bottom <= m.top) continue;
      if (m.top > this.lastTop) this.lastTop = m.top;
      const list = this.byTop.get(m.top);
      if (list) list.push(m);
      else this.byTop.set(m.top, [m]);
    }
  }

  /** The row with covered cells filled; the same array when nothing applies. */
  apply(row: number, values: RowValues): RowValues {
    if (row > this.lastTop && this.active.length === 0) return values;
    if (this.active.length) this.active = this.active.filter((a) => a.m.bottom >= row);
    let out = values;
    for (const a of this.active) {
      if (a.m.top >= row) continue;
      for (let c = a.m.left; c <= a.m.right; c++) {
        if (out[c] === undefined || out[c] === null || out[c] === '') {
          if (out === values) out = [...values];
          out[c] = a.value;
        }
      }
    }
    const starting = this.byTop.get(row);
    if (starting) for (const m of starting) this.active.push({ m, value: values[m.left] ?? null });
    return out;
  }
}
