import type { RowValues } from '../io/sheet-rows.js';
import type { ClassifiedDimension } from '../model/dimensions.js';
import type { FieldKey } from '../model/fields.js';
import { cellText } from '../normalize/cell-text.js';
import type { Classifier } from '../normalize/classifier.js';
import { categoryLabel } from '../normalize/classify.js';
import type { HeaderColumn } from './detect-header.js';
import type { TitleMatcher } from './header-vocab.js';
import { isIgnoredGroup, titleWords } from './header-vocab.js';

/**
 * A field read from tick columns: one column per category ("Chuyên môn › Tiến sĩ | Thạc sĩ | Đại học",
 * ticked 1 or x), or one flag column naming a category ("Phụ nữ", "Dân tộc ít người": 1 = yes).
 */
export interface TickField {
  field: FieldKey;
  /** The column the field's text is written to on each row (past the sheet's last column). */
  slot: number;
  /** Category columns: the ticked one's label is the value. */
  columns: Array<{ col: number; label: string }>;
  /** A flag column: ticked → `yes`, else `no`. */
  flag?: { col: number; yes: string; no: string };
}

const TICK = /^(1|x|v|✓|✔|\+|có|co)$/i;
const UNTICKED = /^(0|-|không|khong)?$/i;
const DIMENSIONS: readonly ClassifiedDimension[] = [
  'gender',
  'ethnicity',
  'religion',
  'party',
  'general_education',
  'professional',
  'political_theory',
  'state_management',
  'rank',
  'category',
  'level',
  'employment',
];
// The category a flag column's "no" means, per dimension with two sides.
const FLAGGED = ['gender', 'ethnicity', 'party', 'religion'] as const satisfies readonly ClassifiedDimension[];
const COMPLEMENT: Record<(typeof FLAGGED)[number], Record<string, string>> = {
  gender: { female: 'male', male: 'female' },
  ethnicity: { minority: 'kinh', kinh: 'minority' },
  party: { member: 'non_member' },
  religion: { religious: 'none' },
};

const isTick = (t: string): boolean => TICK.test(t);

/** Whether every non-empty sample cell of a column is a tick or an explicit "no", and at least one is a tick. */
function tickColumn(sample: readonly RowValues[], col: number): boolean {
  let ticks = 0;
  for (const row of sample) {
    const t = cellText(row[col]);
    if (isTick(t)) ticks++;
    else if (!UNTICKED.test(t)) return false;
  }
  return ticks > 0;
}

/**
 * The fields no column was chosen for that tick columns give: a group heading naming the field over
 * sub-columns naming its categories, or a column titled by one category of a two-sided dimension.
 */
export function tickFields(
  columns: readonly HeaderColumn[],
  sample: readonly RowValues[],
  chosen: ReadonlySet<FieldKey>,
  matcher: TitleMatcher,
  classifier: Classifier,
): TickField[] {
  const groups = new Map<FieldKey, Array<{ col: number; label: string }>>();
  const flags = new Map<FieldKey, { col: number; yes: string; no: string }>();
  let slot = Math.max(0, ...columns.map((c) => c.col)) + 1;
  for (const c of columns) {
    if (!tickColumn(sample, c.col)) continue;
    const parts = c.title.split(' › ');
    const label = parts[parts.length - 1];
    // A category under its field's heading: the nearest heading first ("Trình độ đào tạo › Chính trị › Cao cấp").
    // A heading of a group no field counts stops the walk: "Trình độ đào tạo › Tin học › Đại học" and
    // "… › Ngoại ngữ › Anh văn › Chứng chỉ" are an IT and a language level, not professional ones.
    for (let k = parts.length - 2; k >= 0; k--) {
      if (isIgnoredGroup(titleWords(parts[k]).main)) break;
      const field = matcher.match(titleWords(parts.slice(k, parts.length - 1).join(' ')).main);
      const dim = DIMENSIONS.find((d) => d === field);
      if (!dim || chosen.has(dim)) continue;
      const got = classifier.classify(dim, label);
      if (got.matched && got.key !== 'unknown') {
        groups.set(dim, [...(groups.get(dim) ?? []), { col: c.col, label }]);
        break;
      }
    }
    if (parts.length !== 1) continue;
    for (const dim of FLAGGED) {
      if (chosen.has(dim) || flags.has(dim)) continue;
      const got = classifier.classify(dim, label);
      const no = got.matched ? COMPLEMENT[dim][got.key] : undefined;
      if (no) flags.set(dim, { col: c.col, yes: label, no: no === 'non_member' || no === 'none' ? '' : categoryLabel(dim, no, 'vi') });
    }
  }
  const out: TickField[] = [];
  for (const [field, cols] of groups) if (cols.length >= 2) out.push({ field, slot: slot++, columns: cols });
  for (const [field, flag] of flags) if (!groups.has(field) || (groups.get(field)?.length ?? 0) < 2) out.push({ field, slot: slot++, columns: [], flag });
  return out;
}

/** A cell of a tick column that is neither a tick nor blank / "no" ("2", "đang học"): read as not ticked, and said. */
export type OddTick = (field: FieldKey, col: number, text: string) => void;

/** The row with each tick field's text written to its slot (a copy; the row itself is left alone). */
export function withTicks(values: RowValues, ticks: readonly TickField[], odd?: OddTick): RowValues {
  const out = values.slice();
  for (const t of ticks) {
    if (t.flag) {
      const text = cellText(values[t.flag.col]);
      const ticked = isTick(text);
      if (!ticked && odd && !UNTICKED.test(text)) odd(t.field, t.flag.col, text);
      out[t.slot] = ticked ? t.flag.yes : t.flag.no;
      continue;
    }
    const labels: string[] = [];
    for (const c of t.columns) {
      const text = cellText(values[c.col]);
      if (isTick(text)) labels.push(c.label);
      else if (odd && !UNTICKED.test(text)) odd(t.field, c.col, text);
    }
    out[t.slot] = labels.join('; ');
  }
  return out;
}

/** Per tick field's slot, the sheet columns it is read from (so a problem names real cells). */
export function tickCells(ticks: readonly TickField[]): Record<number, number[]> {
  return Object.fromEntries(ticks.map((t) => [t.slot, t.flag ? [t.flag.col] : t.columns.map((c) => c.col)]));
}
