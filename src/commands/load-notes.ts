import type { Lang } from '../model/options.js';
import type { LoadResult } from '../pipeline/load-roster.js';
import { formatCount } from '../render/format-number.js';
import { ui } from '../vocab/ui.js';
import { note } from './emit.js';

/**
 * Tells the user, on stderr, which sheets were skipped, which roster sheets hold formulas without a saved
 * result (read as empty), and which reference date ages use.
 */
export function reportLoadNotes(load: LoadResult, lang: Lang, quiet: boolean, yearOnly: number): void {
  for (const s of load.sheets) {
    const f = s.formulasWithoutValue;
    if (s.layout && f.count > 0) {
      const cells = f.cells.join(', ') + (f.count > f.cells.length ? ', …' : '');
      note(ui('formulasWithoutValue', lang, { file: s.file, sheet: s.sheet, n: formatCount(f.count, lang), cells }), quiet);
    }
    if (s.layout) continue;
    const rows = s.scannedRows ? `${s.scannedRows[0]}–${s.scannedRows[1]}` : '—';
    note(ui('skippedSheet', lang, { sheet: s.sheet, file: s.file, rows }), quiet);
  }
  const p = (n: number): string => String(n).padStart(2, '0');
  const date = `${p(load.asOf.day)}/${p(load.asOf.month)}/${load.asOf.year}`;
  note(ui('asOfLine', lang, { date, source: ui(`asOfSource.${load.asOfSource}`, lang) }), quiet);
  if (yearOnly > 0) note(ui('yearOnly', lang, { n: formatCount(yearOnly, lang) }), quiet);
}
