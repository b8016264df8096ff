import type { RowValues } from '../io/sheet-rows.js';
import { cellText } from '../normalize/cell-text.js';
import { BoundedMemo } from '../normalize/bounded-memo.js';
import { foldText, foldTextUncached, stripDiacritics } from '../normalize/fold-text.js';
import { ROW_MARKERS } from './header-vocab.js';
import type { SkipReason } from './types.js';

const TOTAL = ROW_MARKERS.total.map(foldText);
const SIGNATURE = ROW_MARKERS.signature.map(foldText);
const NOTES = ROW_MARKERS.notes.map(foldText);
const UNIT_WORDS = ROW_MARKERS.unitWords.map(foldText);
const CATEGORY_WORDS = ROW_MARKERS.categoryWords.map(foldText);
const ROMAN = /^(i{1,3}|iv|v|vi{1,3}|ix|x{1,3}|xi{1,3}|xiv|xv|xvi{0,3}|xix|xx)$/;
// "Yên Thành, ngày 31 tháng 12 năm 2024" / "ngày … tháng … năm 20…"
const DATE_LINE = /(^|\s)ngày\s+(\d{1,2}|…+|\.+)?\s*tháng\s+(\d{1,2}|…+|\.+)?\s*năm\b/;

/** Where the columns that decide a row's kind are, once the header is known. */
export interface RowColumns {
  name: number;
  seq?: number;
  births: number[];
}

function startsWithWord(text: string, words: readonly string[]): boolean {
  return words.some((w) => text === w || text.startsWith(`${w} `));
}

function hasWord(text: string, words: readonly string[]): boolean {
  return words.some((w) => text === w || text.startsWith(`${w} `) || text.includes(` ${w} `) || text.endsWith(` ${w}`));
}

// The first letters a total marker can start with, diacritics removed ("t", "c"): a name starting with
// anything else is no total, known without folding it (folding every name is the costly part).
const TOTAL_FIRST = new Set(TOTAL.map((t) => stripDiacritics(t)[0]));
const firstLetterCache = new Map<string, boolean>();

function mayStartTotal(text: string): boolean {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  if (i === text.length) return false;
  // Whitespace beyond ASCII (NBSP, …) or a surrogate: take the full check.
  const ch = text[i];
  let hit = firstLetterCache.get(ch);
  if (hit === undefined) {
    const base = stripDiacritics(foldText(ch))[0];
    // Anything that is not a plain letter (legacy bytes, punctuation) takes the full check.
    hit = base === undefined || !/[a-z]/.test(base) || TOTAL_FIRST.has(base);
    if (firstLetterCache.size < 4096) firstLetterCache.set(ch, hit);
  }
  return hit;
}

/** Whether a name cell is really a total ("Tổng cộng", "Cộng"): no one's name starts that way. */
export function isTotalName(name: string): boolean {
  return mayStartTotal(name) && firstWordMayBeTotal(name) && TOTAL_NAME.get(name);
}

// Per distinct name whose first word may start a total (a cell's string is hashed once, so a hit costs a
// lookup). Asked only after the first-word check: a name's own first word (a family name) settles nearly
// every name without a lookup in a memo of all the names (150,000 in a million-row roster: mostly misses
// of the processor's cache).
const NAME_CAP = 100_000;
const TOTAL_NAME = new BoundedMemo<boolean>(NAME_CAP, (name) => startsWithWord(foldText(name), TOTAL));

// The first word of each total marker ("tổng", "cộng"): a name whose first word folds to none of them is
// no total, known by folding that word alone. Folding works word by word (a space stays a word boundary),
// so the first word of the folded name is the first word of the folded first word. Memoised by the raw
// first word (family names: a few hundred), at most FIRST_WORD_CAP entries.
const TOTAL_FIRST_WORDS = new Set(TOTAL.map((t) => t.split(' ')[0]));
const FIRST_WORD_CAP = 4096;
const firstWordCache = new Map<string, boolean>();

function firstWordMayBeTotal(text: string): boolean {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) <= 32) start++;
  let end = text.indexOf(' ', start);
  if (end < 0) end = text.length;
  const word = text.slice(start, end);
  let hit = firstWordCache.get(word);
  if (hit === undefined) {
    const folded = foldTextUncached(word);
    // A first word that folds to nothing (a dash, a mark): the folded name starts further on.
    hit = folded === '' || TOTAL_FIRST_WORDS.has(folded.split(' ')[0]);
    if (firstWordCache.size < FIRST_WORD_CAP) firstWordCache.set(word, hit);
  }
  return hit;
}

/** A group heading's text without its list mark: "II. Phường An Hòa" → "Phường An Hòa". */
export function groupText(text: string): string {
  return text.replace(/^\s*([IVXLivxl]{1,5}|[A-Za-z]|\d{1,2})\s*[.)/:-]\s*/, '').trim();
}

/**
 * Whether a group heading names a unit for the people under it. Category headings ("Cán bộ", "Công chức")
 * do not: people keep the unit of the heading above. Any other heading ("Khối Đảng") is taken as the unit.
 */
export function isUnitHeading(text: string): boolean {
  const f = foldText(groupText(text));
  return f.length > 0 && !startsWithWord(f, CATEGORY_WORDS);
}

/** Whether a row opens the notes under a table: its first text is "Ghi chú:", "Viết tắt:", "Lưu ý" … */
export function isNoteRow(values: RowValues): boolean {
  const first = values.find((v) => cellText(v) !== '');
  if (typeof first !== 'string') return false;
  const f = foldText(first);
  return NOTES.some((m) => f === m || (f.startsWith(`${m} `) && /^[^:]{0,30}:/.test(cellText(first))));
}

/** Whether any text of the row marks the signature block. */
export function isSignatureRow(values: RowValues): boolean {
  return values.some((v) => {
    const f = foldText(cellText(v));
    return f !== '' && (SIGNATURE.some((m) => f === m || f.startsWith(`${m} `) || f.includes(` ${m}`)) || DATE_LINE.test(f));
  });
}

/**
 * The kind of a body row: a person (null) or why it is skipped. `spansRow` tells whether the row's only
 * text is merged across several columns, as group headings are.
 */
export function classifyBodyRow(values: RowValues, cols: RowColumns, spansRow: boolean): SkipReason | null {
  const texts = values.map(cellText);
  const at = (c: number | undefined): string => (c === undefined ? '' : (texts[c] ?? ''));
  const filled = texts.filter((t) => t !== '');
  if (filled.length === 0) return 'blank';
  // A small number in a birth column is a count on a total row, not a birth.
  const hasBirth = cols.births.some((c) => at(c) !== '' && !(typeof values[c] === 'number' && (values[c] as number) < 1000));
  const seq = foldText(at(cols.seq));
  const name = at(cols.name);
  const first = foldText(filled[0]);
  const firstText = foldText(texts.find((t, i) => t !== '' && i !== cols.seq && !/^\d+$/.test(t)) ?? '');
  // No one's name starts with "Tổng cộng"/"Cộng": such a name cell is a total row whatever else it holds.
  if (isTotalName(name)) return 'total';
  if (!hasBirth && (startsWithWord(firstText, TOTAL) || startsWithWord(first, TOTAL))) return 'total';
  if (!hasBirth && !/^\d+$/.test(seq) && isSignatureRow(values)) return 'signature';
  if (!hasBirth && seq !== '' && (ROMAN.test(seq.replace(/ /g, '')) || /^[a-zđ]$/.test(seq))) return 'group';
  if (!hasBirth && filled.length === 1) {
    const f = foldText(filled[0]);
    if (spansRow || name === '' || /^([ivxl]{1,5}|[a-z]|\d{1,2}) /.test(f) || hasWord(f, UNIT_WORDS) || startsWithWord(f, CATEGORY_WORDS)) return 'group';
  }
  if (name === '') return 'no_name';
  return null;
}
