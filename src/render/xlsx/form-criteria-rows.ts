import type { Worksheet } from 'exceljs';
import type { SummaryReport } from '../../report/types.js';
import { dimensionLabel } from '../../normalize/classify.js';
import { INDICATOR_DEFS, type IndicatorDef } from '../../stats/indicator-defs.js';
import { FORM_WORDS, isTwoLevelDate, type CriteriaRowsForm, type FormCount, type FormCriterion, type SectionLeaf } from '../../vocab/forms.js';
import type { RenderContext } from '../render-context.js';
import { sectionsOf, type Section } from '../summary-rows.js';
import type { FormBody } from './form-engine.js';
import { countOf, formNotes, gapOf, type Figure, type Gap } from './form-figures.js';
import { FIRST_DATA_COL, writeFormHead } from './form-head.js';
import { COUNT_FORMAT, decimalFormat, put, putMerged, type CellLook } from './styles.js';

const HEAD: CellLook = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, size: 10 };

/** The indicator a figure reads, if it reads one. */
const indicatorOf = (count: FormCount | undefined): IndicatorDef | undefined =>
  typeof count === 'object' && 'indicator' in count ? INDICATOR_DEFS.find((d) => d.id === count.indicator) : undefined;

const isValue = (count: FormCount | undefined): boolean => indicatorOf(count)?.special === 'average';

/** The label a note names a row by: "“Hợp đồng 68”" (a heading's trailing colon dropped). */
const rowRef = (c: FormCriterion): string => FORM_WORDS.rowRef.replace('{label}', c.label.replace(/:\s*$/, ''));

/**
 * Names a set of rows in the form's words: a heading whose rows are all in the set by the heading, the
 * others by their own label.
 */
function nameRows(criteria: readonly FormCriterion[], rows: ReadonlySet<number>): string {
  const out: string[] = [];
  for (let i = 0; i < criteria.length; i++) {
    if (criteria[i].heading) {
      let j = i + 1;
      while (j < criteria.length && !criteria[j].heading) j++;
      const own = Array.from({ length: j - i - 1 }, (_, k) => i + 1 + k);
      if (own.length && own.every((r) => rows.has(r))) {
        out.push(rowRef(criteria[i]));
        i = j - 1;
      }
      continue;
    }
    if (rows.has(i)) out.push(rowRef(criteria[i]));
  }
  return out.join(', ');
}

/**
 * Filled rows that count a rank among people of unknown category too (8B's ngạch công chức rows): without a
 * category column nobody's is known, so viên chức are in them as well, and the form says so.
 */
function unknownCategoryRows(criteria: readonly FormCriterion[], gaps: ReadonlyArray<Gap | undefined>, report: SummaryReport): Set<number> {
  const rows = new Set<number>();
  const table = report.dimensions.category;
  if (table && !table.missing) return rows;
  criteria.forEach((c, i) => {
    const def = indicatorOf(c.count);
    if (!gaps[i] && def?.special === 'rank_among' && def.categories!.includes('unknown')) rows.add(i);
  });
  return rows;
}

/** Notes on rows: those the tool cannot fill, those the roster has no column for, then the notes of filled rows. */
function rowNotes(criteria: readonly FormCriterion[], gaps: ReadonlyArray<Gap | undefined>, report: SummaryReport): string[] {
  const w = FORM_WORDS;
  const notes: string[] = [];
  const untracked = new Set(gaps.flatMap((g, i) => (g?.reason === 'notTracked' ? [i] : [])));
  if (untracked.size) notes.push(w.emptyRows.replace('{list}', nameRows(criteria, untracked)));
  const byText = new Map<string, Set<number>>();
  gaps.forEach((g, i) => {
    if (!g || !('label' in g)) return;
    const text = (g.reason === 'missingDimension' ? w.missingDimensionRows : w.missingCategoryRows).replace('{label}', g.label);
    byText.set(text, (byText.get(text) ?? new Set()).add(i));
  });
  notes.push(...[...byText].map(([text, rows]) => text.replace('{rows}', nameRows(criteria, rows))));
  const unknown = unknownCategoryRows(criteria, gaps, report);
  if (unknown.size) notes.push(w.unknownCategoryRows.replace('{rows}', nameRows(criteria, unknown)).replace('{label}', dimensionLabel('category', 'vi')));
  criteria.forEach((c, i) => c.note && !gaps[i] && notes.push(c.note));
  return notes;
}

/**
 * The body of a form whose rows are criteria (BTCTW forms): the merged header of the column tree over the
 * populations (the total and `--by` groups), the number row ("1, 2, 3 (=4+8), …"), a row per criterion
 * (headings bold and empty), then the notes. A column the tool cannot fill stays empty and is named under
 * the table with the form's own text; a district column stays empty on a roster of the two-level state.
 */
export function writeCriteriaRows(ws: Worksheet, def: CriteriaRowsForm, report: SummaryReport, ctx: RenderContext, headerTop: number): FormBody {
  const { layout, lastCol, numberRow } = writeFormHead(ws, def.columns, def.stub, headerTop, HEAD);
  def.stub.numbers.forEach((n, i) => put(ws, numberRow, i + 1, n, { ...HEAD, bold: false, italic: true }));

  const twoLevel = isTwoLevelDate(report.asOf);
  const [total, ...groups] = sectionsOf(report);
  const figures: Array<Figure & { section?: Section | null }> = layout.columns.map((col) => {
    const leaf = col.leaf as SectionLeaf;
    const numbers = col.numbers.map((n) => n + FIRST_DATA_COL - 1);
    put(ws, numberRow, FIRST_DATA_COL + col.col, leaf.number ?? String(numbers[0]), { ...HEAD, bold: false, italic: true });
    if (leaf.beforeTwoLevel && twoLevel) return { ...col, numbers, gap: { reason: 'twoLevel' } };
    if (!leaf.section) return { ...col, numbers, gap: { reason: 'notTracked' } };
    // A group nobody is in is a column of zeros (null: no such group, an average of nobody).
    const wanted = leaf.section;
    const section = wanted === 'total' ? total : (groups.find((g) => g.key === wanted.key) ?? null);
    return { ...col, numbers, section };
  });

  // Numbers like "8 (=9+10+11)" take two lines in a figure column.
  if (figures.some((f) => ((f.leaf as SectionLeaf).number ?? '').length > def.print.widths.figure)) ws.getRow(numberRow).height = 26;
  const gaps = def.criteria.map((c) => (c.heading ? undefined : gapOf(c.count, report)));
  let row = numberRow + 1;
  def.criteria.forEach((c, i) => {
    const bold = Boolean(c.heading || c.bold);
    put(ws, row, 1, c.mark, { border: true, horizontal: 'center', bold, size: 11 });
    put(ws, row, 2, c.label, { border: true, bold, wrap: true, size: 11 });
    const numFmt = isValue(c.count) ? decimalFormat(1) : COUNT_FORMAT;
    for (const f of figures) {
      const filled = !c.heading && !gaps[i] && !f.gap && c.count;
      const value = !filled ? null : f.section ? countOf(c.count!, f.section) : isValue(c.count) ? null : 0;
      put(ws, row, FIRST_DATA_COL + f.col, value, { border: true, bold, numFmt, horizontal: 'center', size: 11 });
    }
    row++;
  });

  const notes = [...formNotes(def, def.columns, figures, report, ctx), ...rowNotes(def.criteria, gaps, report)];
  if (notes.length) {
    put(ws, ++row, 2, FORM_WORDS.notesHeading, { bold: true, italic: true, size: 11 });
    for (const note of notes) {
      putMerged(ws, ++row, 2, row, lastCol, note, { italic: true, size: 11, wrap: true, vertical: 'top' });
      // The notes span the table's width (about 90 characters a line at these widths): long ones take two lines.
      if (note.length > 90) ws.getRow(row).height = 15 * Math.ceil(note.length / 90);
    }
  }
  return { numberRow, nextRow: row };
}
