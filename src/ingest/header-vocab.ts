import { z } from 'zod';
import { FIELD_KEYS, FieldKeySchema, type FieldKey } from '../model/fields.js';
import { foldText } from '../normalize/fold-text.js';
import { loadVocab } from '../vocab/load-json.js';

const HeadersSchema = z.object({
  fields: z.partialRecord(FieldKeySchema, z.array(z.string().min(1))),
  genericSheetNames: z.array(z.string()),
  exactOnly: z.array(z.string()),
  ignoredGroups: z.array(z.string()),
});
const RowMarkersSchema = z.object({
  total: z.array(z.string()),
  signature: z.array(z.string()),
  unitWords: z.array(z.string()),
  categoryWords: z.array(z.string()),
});

const HEADERS = loadVocab('headers', HeadersSchema);
/** Words that mark total rows, signature blocks, unit names and category headings (folded). */
export const ROW_MARKERS = loadVocab('row-markers', RowMarkersSchema);
const GENERIC_SHEETS = new Set(HEADERS.genericSheetNames.map(foldText));

/** A sheet name that says nothing about the unit ("Sheet1", "DS", "Danh sách", "Tổng hợp"). */
export function isGenericSheetName(name: string): boolean {
  const f = foldText(name);
  return GENERIC_SHEETS.has(f) || /^(sheet|trang tính|bieu|biểu)\s*\d*$/.test(f) || /^\d+$/.test(f);
}

/** Folded title → field tables; `extra` titles (from --config) are tried first and must match exactly. */
export interface TitleMatcher {
  match(foldedTitle: string): FieldKey | null;
  /** The field of a column whose title has parts (group heading, sub-heading, …), each folded. */
  matchParts(parts: readonly string[]): FieldKey | null;
}

const IGNORED_GROUPS = HEADERS.ignoredGroups.map(foldText);

/**
 * Builds the title matcher. A title matches a field when it equals one of the field's titles, or starts
 * with one followed by more words ("quê quán xã huyện tỉnh"); the longest matching title wins, so
 * "chức vụ, đơn vị công tác" is position_unit, not position.
 */
export function titleMatcher(extra: Partial<Record<FieldKey, string[]>> = {}): TitleMatcher {
  const exactExtra = new Map<string, FieldKey>();
  for (const [field, titles] of Object.entries(extra) as Array<[FieldKey, string[]]>) for (const t of titles) exactExtra.set(foldText(t), field);
  const entries: Array<[string, FieldKey]> = [];
  for (const field of FIELD_KEYS) for (const t of HEADERS.fields[field] ?? []) entries.push([foldText(t), field]);
  entries.sort((a, b) => b[0].length - a[0].length);
  // Short titles ("cấp", "loại", "ngạch") would swallow longer, unrelated ones ("cấp ủy") as prefixes.
  const exactOnly = new Set(HEADERS.exactOnly.map(foldText));
  const match = (title: string): FieldKey | null => {
    const configured = exactExtra.get(title);
    if (configured) return configured;
    for (const [t, field] of entries) if (title === t) return field;
    for (const [t, field] of entries) if (!exactOnly.has(t) && title.startsWith(`${t} `)) return field;
    return null;
  };
  return {
    match,
    matchParts(parts) {
      const full = match(parts.join(' '));
      if (full || parts.length < 2) return full;
      const group = parts.slice(0, -1).join(' ');
      const last = parts[parts.length - 1];
      // "Ngày, tháng, năm sinh › Nam": the filled column tells the gender.
      if (match(group) === 'birth_date' && (last === 'nam' || last === 'nữ')) return last === 'nam' ? 'birth_date_male' : 'birth_date_female';
      // "Phụ cấp › Chức vụ" is an allowance, not a position: groups like these keep their sub-columns out.
      if (IGNORED_GROUPS.some((g) => group === g || group.startsWith(`${g} `))) return null;
      return match(last) ?? (last === 'nam' || last === 'nữ' ? null : match(group));
    },
  };
}
