import type { Lang } from '../model/options.js';
import type { LoadResult } from '../pipeline/load-roster.js';
import { formatCount } from '../render/format-number.js';
import { ui } from '../vocab/ui.js';
import { note } from './emit.js';
import { basename } from 'node:path';
import { columnLetter } from '../io/sheet-rows.js';
import { CLASSIFIED_DIMENSIONS, type ClassifiedDimension } from '../model/dimensions.js';
import { dimensionLabel } from '../normalize/classify.js';

/** A field's name for users: its dimension's label when it feeds one ("Ngạch công chức"), else its key. */
function fieldLabel(field: string, lang: Lang): string {
  const dim = field === 'rank_code' ? 'rank' : field;
  return (CLASSIFIED_DIMENSIONS as readonly string[]).includes(dim) ? dimensionLabel(dim as ClassifiedDimension, lang) : field;
}

/** How many chosen columns read poorly (for `--strict`). */
export function lowConfidenceColumns(load: LoadResult): number {
  return load.sheets
    .flatMap((s) => (s.layout ? [s.layout, ...s.moreTables] : []))
    .reduce((n, t) => n + (t.evidence?.choices.filter((c) => c.low).length ?? 0), 0);
}

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
    if (s.skippedAs === 'sample') {
      note(ui('skippedSampleSheet', lang, { sheet: s.sheet, file: basename(s.file) }), quiet);
      continue;
    }
    for (const t of s.layout ? [s.layout, ...s.moreTables] : []) {
      for (const c of t.evidence?.choices ?? []) {
        if (!c.low) continue;
        const label = fieldLabel(c.field, lang);
        note(
          ui('lowConfidenceColumn', lang, {
            file: basename(s.file),
            sheet: s.sheet,
            column: columnLetter(c.col),
            title: c.title,
            label,
            field: c.field,
            share: Math.round((c.share ?? 0) * 100),
          }),
          quiet,
        );
      }
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
