import type { MergeRange, RowValues } from '../io/sheet-rows.js';
import type { FieldKey } from '../model/fields.js';
import { cellText } from '../normalize/cell-text.js';
import { foldText } from '../normalize/fold-text.js';
import { EVIDENCE } from './evidence-weights.js';
import { titleWords, type TitleCandidate, type TitleMatcher } from './header-vocab.js';
import type { ColumnMapping } from './types.js';

/** A header column with every field its title may feed (the evidence pass picks among them). */
export interface HeaderColumn extends ColumnMapping {
  candidates: TitleCandidate[];
}

export interface BufferedRow {
  row: number;
  values: RowValues;
}

/** The header band found in a sheet's first rows. */
export interface HeaderFound {
  /** Index in the buffered rows of the first and last header row. */
  first: number;
  last: number;
  columns: HeaderColumn[];
}

const MAX_BAND = 5;
const MIN_FIELDS = 3;

/** Looks merges up by cell; only merges that touch the rows given are kept. */
export function mergeIndex(merges: readonly MergeRange[], lastRow: number): (row: number, col: number) => MergeRange | undefined {
  const near = merges.filter((m) => m.top <= lastRow);
  return (row, col) => near.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
}

function textAt(rows: readonly BufferedRow[], row: number, col: number): string {
  const r = rows.find((x) => x.row === row);
  return r ? cellText(r.values[col]) : '';
}

/** Whether a row is a column-number row: "(1) (2) (3)…", "1 2 3…", "A B 1 2…", "4(=2*100/3)". */
export function isNumberingRow(values: RowValues): boolean {
  const cells = values.map(cellText).filter((t) => t !== '');
  return cells.length >= 3 && cells.every((t) => /^\(?\s*(\d{1,3}|[A-Za-zĐđ])\s*\)?$/.test(t) || /^\d{1,3}\s*\(.*\)$/.test(t));
}

function columnParts(rows: readonly BufferedRow[], band: readonly BufferedRow[], col: number, mergeAt: ReturnType<typeof mergeIndex>): string[] {
  const parts: string[] = [];
  band.forEach((r, k) => {
    let t = cellText(r.values[col]);
    if (!t) {
      const m = mergeAt(r.row, col);
      if (m && m.top >= band[0].row) t = textAt(rows, m.top, m.left);
    }
    if (!t && !mergeAt(r.row, col) && k < band.length - 1) {
      // No merge recorded (some writers omit them): a heading followed by empty cells spans them
      // when the row below has sub-headings under both.
      for (let c = col - 1; c >= 0; c--) {
        const left = cellText(r.values[c]);
        if (!left) continue;
        if (cellText(band[k + 1].values[c]) && cellText(band[k + 1].values[col])) t = left;
        break;
      }
    }
    if (t && parts[parts.length - 1] !== t) parts.push(t);
  });
  return parts;
}

function mapColumns(rows: readonly BufferedRow[], band: readonly BufferedRow[], matcher: TitleMatcher, mergeAt: ReturnType<typeof mergeIndex>) {
  const width = Math.max(...band.map((r) => r.values.length));
  const columns: HeaderColumn[] = [];
  const used = new Set<FieldKey>();
  for (let col = 0; col < width; col++) {
    const parts = columnParts(rows, band, col, mergeAt);
    if (parts.length === 0) continue;
    const candidates = matcher.candidates(parts);
    const best = candidates.find((c) => c.title >= EVIDENCE.title.subPrefix && !used.has(c.field));
    if (best) used.add(best.field);
    columns.push({ col, title: parts.join(' › '), field: best?.field ?? null, candidates });
  }
  return { columns, fields: used };
}

function continues(
  prev: BufferedRow,
  next: BufferedRow,
  nameCol: number,
  matcher: TitleMatcher,
  mergeAt: ReturnType<typeof mergeIndex>,
  spanBottom: number,
): boolean {
  // Rows covered only by merges are not reported: a gap the header's merges span is no gap.
  if (next.row !== Math.max(prev.row, spanBottom) + 1 || isNumberingRow(next.values)) return false;
  if (cellText(next.values[nameCol]) && !mergeAt(next.row, nameCol)) return false;
  let any = false;
  for (let c = 0; c < next.values.length; c++) {
    const v = next.values[c];
    const t = cellText(v);
    if (!t) continue;
    if (typeof v !== 'string') return false;
    const above = mergeAt(prev.row, c);
    const spanned = (above && above.right > above.left) || !cellText(prev.values[c]);
    const known = matcher.match(titleWords(t).main) !== null || /^(nam|nữ)$/.test(foldText(t));
    if (!spanned && !known) return false;
    any = true;
  }
  return any;
}

const MIN_NAMES = 3;
const NAME_SHARE = 0.8;

/** Whether the rows under a header hold people's names in the name column (at least 3, 80% of its texts). */
function namesBelow(rows: readonly BufferedRow[], col: number, isName: (text: string) => boolean): boolean {
  let texts = 0;
  let names = 0;
  for (const r of rows) {
    const t = cellText(r.values[col]);
    if (!t) continue;
    texts++;
    if (isName(t)) names++;
  }
  return names >= MIN_NAMES && names / texts >= NAME_SHARE;
}

/** The column of the person's name in a header row: "Họ và tên", else "Tên" beside a "Họ" column. */
export function nameColumnOf(values: RowValues, matcher: TitleMatcher): number {
  const fieldAt = values.map((v) => (typeof v === 'string' ? matcher.match(titleWords(v).main) : null));
  const name = fieldAt.indexOf('name');
  if (name >= 0) return name;
  const given = fieldAt.indexOf('given_name');
  return given >= 0 && fieldAt.includes('family_name') ? given : -1;
}

/**
 * Finds the header band: the first row naming a name column whose band maps ≥ 3 fields. The band runs
 * at least as far down as the merged cells of its first row (a middle row may be only merge continuations,
 * which readers do not even report), then over rows of sub-headings.
 */
export function detectHeader(
  rows: readonly BufferedRow[],
  merges: readonly MergeRange[],
  matcher: TitleMatcher,
  isName: (text: string) => boolean = () => false,
): HeaderFound | null {
  const mergeAt = mergeIndex(merges, rows.length ? rows[rows.length - 1].row : 0);
  for (let i = 0; i < rows.length; i++) {
    const nameCol = nameColumnOf(rows[i].values, matcher);
    if (nameCol < 0) continue;
    const top = rows[i].row;
    const spanBottom = Math.min(
      top + MAX_BAND - 1,
      Math.max(
        top,
        ...merges
          .filter((m) => m.top === top && m.bottom > m.top && rows[i].values.slice(m.left, m.right + 1).some((v) => cellText(v) !== ''))
          .map((m) => m.bottom),
      ),
    );
    let last = i;
    while (last + 1 < rows.length && rows[last + 1].row <= spanBottom && !isNumberingRow(rows[last + 1].values)) last++;
    while (last + 1 < rows.length && rows[last + 1].row - top + 1 <= MAX_BAND && continues(rows[last], rows[last + 1], nameCol, matcher, mergeAt, spanBottom))
      last++;
    const band = rows.slice(i, last + 1);
    const { columns, fields } = mapColumns(rows, band, matcher, mergeAt);
    const named = fields.has('name') || (fields.has('family_name') && fields.has('given_name'));
    const others = [...fields].filter((f) => f !== 'seq' && f !== 'name' && f !== 'family_name' && f !== 'given_name').length;
    if (named && others >= MIN_FIELDS - 1) return { first: i, last, columns };
    // Few known titles (a payroll, a rating sheet) but a column of people's names under the name title:
    // the names are the evidence that this is a list of people.
    if (named && namesBelow(rows.slice(last + 1), nameCol, isName)) return { first: i, last, columns };
  }
  return null;
}
