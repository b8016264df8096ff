import { FIELD_KEYS, type FieldKey } from '../model/fields.js';
import { foldText, stripDiacritics } from '../normalize/fold-text.js';
import { vocab } from '../vocab/load-json.js';
import type { Headers, RowMarkers } from '../vocab/schemas.js';
import headers from '../vocab/headers.json' with { type: 'json' };
import rowMarkers from '../vocab/row-markers.json' with { type: 'json' };
import { EVIDENCE } from './evidence-weights.js';

const HEADERS = vocab<Headers>(headers);
/** Words that mark total rows, signature blocks, note lines, unit names and category headings (folded). */
export const ROW_MARKERS = vocab<RowMarkers>(rowMarkers);
const GENERIC_SHEETS = new Set(HEADERS.genericSheetNames.map(foldText));
const SAMPLE_SHEETS = HEADERS.sampleSheetNames.map(foldText);

/** A sheet name that says nothing about the unit ("Sheet1", "DS", "Danh sách", "Tổng hợp"). */
export function isGenericSheetName(name: string): boolean {
  const f = foldText(name);
  return GENERIC_SHEETS.has(f) || /^(sheet|trang tính|bieu|biểu)\s*\d*$/.test(f) || /^\d+$/.test(f);
}

/** A sheet name of the examples, instructions or code lists that templates ship ("Ví dụ", "Hướng dẫn", "DM"). */
export function isSampleSheetName(name: string): boolean {
  const f = foldText(name);
  const bare = stripDiacritics(f);
  return SAMPLE_SHEETS.some((s) => f === s || f.startsWith(`${s} `) || bare === stripDiacritics(s) || bare.startsWith(`${stripDiacritics(s)} `));
}

/** One field a column title may feed, and how strongly the title says so (0–1, see evidence-weights). */
export interface TitleCandidate {
  field: FieldKey;
  title: number;
  /** How the title matched, in words for `inspect`. */
  how: string;
}

/** Folded title → field tables; `extra` titles (from --config) are tried first and must match exactly. */
export interface TitleMatcher {
  match(foldedTitle: string): FieldKey | null;
  /** The best field of a column whose title has parts (group heading, sub-heading, …), each folded. */
  matchParts(parts: readonly string[]): FieldKey | null;
  /** Every field the parts of a title may feed, best first. Parts are raw titles (not folded). */
  candidates(parts: readonly string[]): TitleCandidate[];
}

const IGNORED_GROUPS = HEADERS.ignoredGroups.map(foldText);
const NOT_FIELDS = new Set(HEADERS.notFields.map(foldText));

/** Whether a heading (folded) opens a group no field counts: pay ("Phụ cấp"), "Tin học", "Ngoại ngữ"… (headers.json ignoredGroups). */
export function isIgnoredGroup(heading: string): boolean {
  return IGNORED_GROUPS.some((g) => heading === g || heading.startsWith(`${g} `));
}

/**
 * A raw title as words: program-style headers split ("ngaySinh" → "ngay Sinh", "trinh_do" → "trinh do"),
 * annotations dropped ("Ngày sinh (d/m/Y)", "(*)", "(2&3)", footnote digits) and kept apart.
 */
export function titleWords(raw: string): { main: string; notes: string[] } {
  const spaced = raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  const notes: string[] = [];
  const main = spaced.replace(/\(([^)]*)\)?|\[([^\]]*)\]/g, (_m, a: string | undefined, b: string | undefined) => {
    const inner = (a ?? b ?? '').trim();
    if (inner) notes.push(inner);
    return ' ';
  });
  // "Ngày sinh¹", "Trình độ*", "Ghi theo mã số …" after a colon or a dash is a note too.
  const [head, ...rest] = main.split(/\s[-–:]\s|:\s*$|\*+/);
  for (const r of rest) if (r.trim()) notes.push(r.trim());
  return { main: foldText(head.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, ' ')).replace(/( \d{1,2})+$/, ''), notes };
}

/**
 * Builds the title matcher. A title matches a field when it equals one of the field's titles, or starts
 * with one followed by more words ("quê quán xã huyện tỉnh"); the longest matching title wins, so
 * "chức vụ, đơn vị công tác" is position_unit, not position. A title without diacritics ("ngay sinh",
 * "trinhDoChuyenMon") is matched without them when that is unambiguous.
 */
export function titleMatcher(extra: Partial<Record<FieldKey, string[]>> = {}, legend?: (text: string) => FieldKey | null): TitleMatcher {
  const exactExtra = new Map<string, FieldKey>();
  for (const [field, titles] of Object.entries(extra) as Array<[FieldKey, string[]]>) for (const t of titles) exactExtra.set(foldText(t), field);
  const entries: Array<[string, FieldKey]> = [];
  for (const field of FIELD_KEYS) for (const t of HEADERS.fields[field] ?? []) entries.push([foldText(t), field]);
  entries.sort((a, b) => b[0].length - a[0].length);
  const hints: Array<[string, FieldKey]> = [];
  for (const field of FIELD_KEYS) for (const t of HEADERS.hints[field] ?? []) hints.push([foldText(t), field]);
  hints.sort((a, b) => b[0].length - a[0].length);
  // Titles without diacritics: "ho" → họ, "ngay sinh" → ngày sinh; a bare form two fields share is dropped.
  const bare = new Map<string, FieldKey | null>();
  for (const [t, field] of entries) {
    const b = stripDiacritics(t);
    bare.set(b, bare.has(b) && bare.get(b) !== field ? null : field);
  }
  // Short titles ("cấp", "loại", "ngạch") would swallow longer, unrelated ones ("cấp ủy") as prefixes.
  const exactOnly = new Set(HEADERS.exactOnly.map(foldText));
  // The same tables by title, the first (longest) entry of each kept: a title is looked up, not compared
  // with every entry (header detection asks for every cell of the first rows, ~30 ms a file).
  const exact = new Map<string, FieldKey>();
  const prefix = new Map<string, FieldKey>();
  for (const [t, field] of entries) {
    if (!exact.has(t)) exact.set(t, field);
    if (!exactOnly.has(t) && !prefix.has(t)) prefix.set(t, field);
  }
  const lookup = (title: string): { field: FieldKey; exact: boolean } | null => {
    const configured = exactExtra.get(title);
    if (configured) return { field: configured, exact: true };
    const equal = exact.get(title);
    if (equal) return { field: equal, exact: true };
    // The longest entry the title starts with, followed by more words: its words before each space, longest first.
    for (let at = title.lastIndexOf(' '); at >= 0; at = at === 0 ? -1 : title.lastIndexOf(' ', at - 1)) {
      const field = prefix.get(title.slice(0, at));
      if (field) return { field, exact: false };
    }
    if (title !== '' && stripDiacritics(title) === title) {
      const b = bare.get(title);
      if (b) return { field: b, exact: true };
    }
    return null;
  };
  const match = (title: string): FieldKey | null => lookup(title)?.field ?? null;
  const hintOf = (title: string): FieldKey | null => {
    for (const [t, field] of hints) if (title === t || title.startsWith(`${t} `)) return field;
    return null;
  };

  const candidates = (rawParts: readonly string[]): TitleCandidate[] => {
    const words = rawParts.map(titleWords);
    const parts = words.map((w) => w.main).filter((p) => p !== '');
    const out: TitleCandidate[] = [];
    const add = (field: FieldKey | null | undefined, score: number, how: string): void => {
      if (!field) return;
      const had = out.find((c) => c.field === field);
      if (had) {
        if (had.title < score) Object.assign(had, { title: score, how });
        return;
      }
      out.push({ field, title: score, how });
    };
    const T = EVIDENCE.title;
    if (parts.length === 0) return out;
    // "Trình độ đào tạo › Trường đào tạo": a part of the group that is no field (the schools), whatever the group says.
    if (parts.length >= 2 && NOT_FIELDS.has(parts[parts.length - 1])) return out;
    let full = lookup(parts.join(' '));
    // "Tên chức vụ", "Tên ngạch": the name of a position or a rank, not a given name.
    if (full && !full.exact && (full.field === 'given_name' || full.field === 'family_name')) {
      const rest = lookup(parts.join(' ').replace(/^\S+\s+/, ''));
      if (rest && rest.field !== 'given_name' && rest.field !== 'family_name' && rest.field !== 'name') full = { field: rest.field, exact: false };
    }
    const last = parts[parts.length - 1];
    const group = parts.slice(0, -1).join(' ');
    // "Ngày, tháng, năm sinh › Nam": the filled column tells the gender.
    if (parts.length >= 2 && lookup(group)?.field === 'birth_date' && (last === 'nam' || last === 'nữ')) {
      add(last === 'nam' ? 'birth_date_male' : 'birth_date_female', T.exact, 'Nam/Nữ under birth date');
      return out;
    }
    // "Phụ cấp › Chức vụ" is an allowance, not a position: groups like these keep their sub-columns out.
    const ignored = parts.length >= 2 && isIgnoredGroup(group);
    if (full && !(ignored && !full.exact)) add(full.field, full.exact ? T.exact : T.prefix, full.exact ? 'title' : 'title prefix');
    if (parts.length >= 2 && ignored) {
      // Under "Phụ cấp", "Mức lương"… a sub-title is weak: "Mức lương › Mã ngạch" holds codes, "Phụ cấp › Chức vụ" numbers.
      const sub = lookup(last);
      if (sub) add(sub.field, T.group, 'sub-title in a pay group');
    }
    if (parts.length >= 2 && !ignored) {
      const sub = lookup(last);
      if (sub) add(sub.field, sub.exact ? T.subExact : T.subPrefix, 'sub-title');
      if (last !== 'nam' && last !== 'nữ') {
        const g = lookup(group);
        if (g) add(g.field, T.group, 'group');
      }
    }
    // "ID Dân tộc", "Mã trình độ": the field's codes (read through a legend, else reported once per column).
    const codesOf = full ? null : /^(?:id|mã số|mã)\s+(.+)$/.exec(parts.join(' '));
    if (codesOf) {
      const of = lookup(codesOf[1]);
      if (of?.exact) add(of.field, T.group, 'codes of');
    }
    // Words in brackets may name the column ("Phòng (Đơn vị)") or list its values ("(Công chức/Viên chức)").
    for (const note of words.flatMap((w) => w.notes)) {
      const n = lookup(foldText(note));
      if (n) add(n.field, T.annotation, 'annotation');
      else if (legend && out.length === 0) add(legend(note), T.legend, 'values in title');
    }
    // Weak evidence only for a column whose title names no field outright: content must then confirm it.
    if (out.some((c) => c.title >= T.subPrefix)) return out.sort((a, b) => b.title - a.title);
    if (legend && out.length === 0) add(legend(rawParts.join(' ')), T.legend, 'values in title');
    add(hintOf(parts.join(' ')) ?? hintOf(last), T.hint, 'hint');
    out.sort((a, b) => b.title - a.title);
    return out;
  };

  return {
    match,
    matchParts(parts) {
      const c = candidates(parts).filter((x) => x.title >= EVIDENCE.title.subPrefix);
      return c[0]?.field ?? null;
    },
    candidates,
  };
}
