import { basename } from 'node:path';
import type { Lang } from '../model/options.js';
import type { ReadProgress } from '../pipeline/roster-events.js';
import { formatCount } from '../render/format-number.js';
import { RowRate } from '../render/row-rate.js';
import { ui } from '../vocab/ui.js';

/** A progress line on stderr for long reads; shown only on a terminal, never with --quiet. */
export interface ProgressLine {
  onProgress?: (p: ReadProgress) => void;
  /** Clears the line (call before printing anything else on stderr). */
  done(): void;
}

/** Reads shorter than this show no progress at all; after it, the line is redrawn at most every 250 ms. */
const FIRST_AFTER_MS = 1000;
const EVERY_MS = 250;

/** The progress line of one command run: "đang đọc roster.xlsx › DS: 45% (215 / 477 MB), 480.123 dòng, 96.210 dòng/giây". */
export function progressLine(lang: Lang, quiet: boolean, stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  if (quiet || !stream.isTTY) return { done: () => undefined };
  const started = Date.now();
  const rate = new RowRate();
  let last = 0;
  let shown = false;
  return {
    onProgress(p) {
      const now = Date.now();
      // Every report is told to the rate (its first is where the reading began), shown or not.
      const r = rate.at(p.rows, now);
      if (now - started < FIRST_AFTER_MS || now - last < EVERY_MS) return;
      last = now;
      shown = true;
      const mb = (n: number) => formatCount(Math.round(n / 1048576), lang);
      const share =
        p.bytes !== undefined && p.totalBytes
          ? `${Math.min(100, Math.floor((100 * p.bytes) / p.totalBytes))}% (${mb(p.bytes)} / ${mb(p.totalBytes)} MB), `
          : '';
      const where = `${basename(p.file)} › ${p.sheet}`;
      const line =
        r === undefined
          ? ui('progressRows', lang, { where, share, rows: formatCount(p.rows, lang) })
          : ui('progress', lang, { where, share, rows: formatCount(p.rows, lang), rate: formatCount(r, lang) });
      stream.write(`\r${line.slice(0, Math.max(20, (stream.columns || 100) - 1))}\x1b[K`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
