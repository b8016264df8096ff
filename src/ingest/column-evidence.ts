import type { CellValue, RowValues } from '../io/sheet-rows.js';
import type { FieldKey } from '../model/fields.js';
import { cellText } from '../normalize/cell-text.js';
import type { HeaderColumn } from './detect-header.js';
import { EVIDENCE } from './evidence-weights.js';
import { codeOf, throughLegend, type Legend } from './form-codes.js';

/**
 * Whether one non-empty cell reads as a value of a field (a rank column holds ngạch names or codes, not
 * dates); null when the field has no content test (an id is anything).
 */
export type ContentTest = (field: FieldKey, value: CellValue, text: string) => boolean | null;

/** One field a column might feed, with the evidence for it. */
export interface Candidate {
  field: FieldKey;
  col: number;
  title: string;
  /** Title evidence (0–1) and how the title matched. */
  titleScore: number;
  how: string;
  /** Share of the column's non-empty sample cells that read as the field; null with too few cells. */
  share: number | null;
  /** Non-empty sample cells / sample rows. */
  fill: number;
  cells: number;
  score: number;
  /** Why the candidate cannot be the field's column, if it cannot. */
  rejected?: string;
  /** Its cells are form codes read through this legend (from the column's title or a line of the sheet). */
  legend?: Legend;
}

/** The column chosen for a field, with its score and the best column it beat. */
export interface ColumnChoice {
  field: FieldKey;
  col: number;
  title: string;
  score: number;
  share: number | null;
  fill: number;
  /** The chosen column's content reads as the field in fewer than `lowConfidence` of its cells. */
  low: boolean;
  runnerUp?: { col: number; title: string; score: number };
  /** Its cells are form codes, read through this legend. */
  legend?: Legend;
}

/** A column of form codes (1, 2, 3…) for a field, with no legend to read them by. */
export interface CodeColumn {
  field: FieldKey;
  col: number;
  title: string;
  /** Non-empty sample cells, and the first distinct codes among them. */
  cells: number;
  codes: string[];
}

export interface Evidence {
  choices: ColumnChoice[];
  candidates: Candidate[];
  /** Columns of form codes without a legend whose field no other column feeds: reported once each. */
  codes: CodeColumn[];
  /** `--map` titles no column of this table has (the field was chosen by evidence instead): said once each. */
  /** `--map` targets not taken: a title no column has, or (`column` set) a letter of an untitled column with nothing in the sample. */
  unmapped?: Array<{ field: FieldKey; title: string; column?: number }>;
}

/** How the evidence pass reads form codes: which fields hold categories, and where a legend is. */
export interface CodeReading {
  /** Whether a field's cells are categories (so a column of small numbers there is form codes). */
  coded(field: FieldKey): boolean;
  /** The legend that gives a column's codes their words for a field, if there is one. */
  legendFor(field: FieldKey, col: number): Legend | undefined;
}

const TICK = /^(1|0|x|v|✓|✔|\+)$/i;
const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Scores every (field, column) pair the header allows on title, content share and fill rate over the
 * sample rows, and picks the best column per field, each column feeding one field. The weights and
 * thresholds are data (src/vocab/evidence.json).
 */
export function chooseColumns(
  columns: readonly HeaderColumn[],
  sample: readonly RowValues[],
  test: ContentTest,
  forced: ReadonlyMap<FieldKey, number> = new Map(),
  codeReading?: CodeReading,
): Evidence {
  const W = EVIDENCE.weights;
  const T = EVIDENCE.thresholds;
  const candidates: Candidate[] = [];
  const unread: CodeColumn[] = [];
  for (const column of columns) {
    const cells: Array<[CellValue, string]> = [];
    for (const row of sample) {
      const v = row[column.col] ?? null;
      const t = cellText(v);
      if (t !== '') cells.push([v, t]);
    }
    const fill = sample.length ? cells.length / sample.length : 0;
    // Small numbers in most cells: form codes, if the field is a category.
    // (0 and 1 alone are ticks, not codes.)
    const codes = cells.filter(([v]) => codeOf(v) !== null).length;
    const formCodes =
      cells.length >= EVIDENCE.sample.minCells &&
      codes >= cells.length * T.formCodes &&
      cells.some(([v]) => codeOf(v) !== null && codeOf(v) !== '0' && codeOf(v) !== '1');
    for (const c of column.candidates) {
      let hits = 0;
      let tested = 0;
      let ticks = 0;
      const coded = formCodes && codeReading !== undefined && codeReading.coded(c.field);
      const legend = coded ? codeReading.legendFor(c.field, column.col) : undefined;
      for (const [cell, text] of cells) {
        const v = legend ? throughLegend(cell, legend) : cell;
        const t = legend ? cellText(v) : text;
        const ok = test(c.field, v, t);
        if (ok === null) break;
        tested++;
        if (ok) hits++;
        else if (TICK.test(t)) ticks++;
      }
      const share = tested >= EVIDENCE.sample.minCells ? hits / tested : null;
      const score = c.title * W.title + (share ?? W.neutralShare) * W.content + fill * W.fill;
      const weak = c.title < EVIDENCE.title.annotation;
      let rejected: string | undefined;
      // A column of ticks (1, x) under a category's title is one of a group of tick columns, not the field's column.
      if (tested > 0 && ticks === tested) rejected = 'rejected: a tick column';
      // Numbers standing for categories with no legend to say which: reported once for the column, not per cell.
      else if (coded && !legend && share !== null && share < T.reject) {
        rejected = 'rejected: form codes with no legend';
        const seen = [...new Set(cells.flatMap(([v]) => codeOf(v) ?? []))];
        unread.push({ field: c.field, col: column.col, title: column.title, cells: cells.length, codes: seen.slice(0, 5) });
      }
      // An empty column titled only loosely ("Trình độ LLCT › CC" among tick columns) is no evidence of anything.
      else if (cells.length === 0 && sample.length >= EVIDENCE.sample.minCells && c.title < EVIDENCE.title.subExact) rejected = 'rejected: empty';
      else if (share !== null && share < T.reject) rejected = `rejected: ${Math.round(share * 100)}% of cells fit`;
      // A weak title (a hint, a group heading, values listed) needs its content to confirm it: every cell
      // of a short sample, or `hintConfirm` of a long one.
      else if (weak && tested === 0) rejected = 'rejected: weak title, no cells';
      else if (weak && hits / tested < (share === null ? 1 : T.hintConfirm))
        rejected = `rejected: weak title, ${Math.round((hits / tested) * 100)}% of cells fit`;
      candidates.push({
        field: c.field,
        col: column.col,
        title: column.title,
        titleScore: c.title,
        how: c.how,
        share: share === null ? null : round(share),
        fill: round(fill),
        cells: cells.length,
        score: round(score),
        ...(rejected ? { rejected } : {}),
        ...(legend ? { legend, how: `${c.how}, codes by legend` } : {}),
      });
    }
  }
  const chosen = new Map<FieldKey, Candidate>();
  const usedCols = new Set<number>();
  for (const [field, col] of forced) {
    const column = columns.find((c) => c.col === col);
    const cand = candidates.find((c) => c.field === field && c.col === col) ?? {
      field,
      col,
      title: column?.title ?? '',
      titleScore: 1,
      how: '--map',
      share: null,
      fill: 0,
      cells: 0,
      score: 1,
    };
    chosen.set(field, { ...cand, how: '--map', rejected: undefined });
    usedCols.add(col);
  }
  // An empty column ("Ngạch bậc - Từ ngày" with nothing under it) is taken only when no filled column can serve.
  const empty = (c: Candidate): number => (c.cells === 0 && sample.length >= EVIDENCE.sample.minCells ? 1 : 0);
  const viable = candidates.filter((c) => !c.rejected).sort((a, b) => empty(a) - empty(b) || b.score - a.score || b.titleScore - a.titleScore || a.col - b.col);
  for (const c of viable) {
    if (chosen.has(c.field) || usedCols.has(c.col)) continue;
    chosen.set(c.field, c);
    usedCols.add(c.col);
  }
  const choices: ColumnChoice[] = [];
  for (const [field, c] of chosen) {
    const next = viable.find((x) => x.field === field && x.col !== c.col);
    choices.push({
      field,
      col: c.col,
      title: c.title,
      score: c.score,
      share: c.share,
      fill: c.fill,
      low: c.share !== null && c.share < T.lowConfidence,
      ...(next ? { runnerUp: { col: next.col, title: next.title, score: next.score } } : {}),
      ...(c.legend ? { legend: c.legend } : {}),
    });
  }
  choices.sort((a, b) => a.col - b.col);
  // A code column matters only when its field got no column; one column per field is named.
  const codes = unread.filter((u, i) => !chosen.has(u.field) && unread.findIndex((x) => x.field === u.field) === i);
  return { choices, candidates, codes };
}
