/** The least time between a reading's first progress report and a rate said from it. */
const MIN_SPAN_MS = 250;

/**
 * Rows per second of a reading, counted from its first progress report: the time before the first rows
 * (starting, opening the file, its shared strings) is no reading of rows, and counted in it made the rate
 * start low and climb ("167 dòng, 824 dòng/giây" right after the page restarted a run). A report with fewer
 * rows than the first (a new reading: compare's next period) starts again from it.
 */
export class RowRate {
  private from: { rows: number; ms: number } | undefined;

  /** The rate with `rows` read at `ms` (any clock, in milliseconds), or undefined while it cannot be said yet. */
  at(rows: number, ms: number): number | undefined {
    const from = this.from;
    if (!from || rows < from.rows) {
      this.from = { rows, ms };
      return undefined;
    }
    const span = ms - from.ms;
    return span < MIN_SPAN_MS ? undefined : Math.round(((rows - from.rows) * 1000) / span);
  }
}
