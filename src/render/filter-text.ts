import type { Lang } from '../model/options.js';
import { categoryLabel } from '../normalize/classify.js';
import { fieldName } from '../stats/field-names.js';
import { parseWhere } from '../stats/where.js';
import { ui } from '../vocab/ui.js';
import { FORMS } from '../vocab/forms.js';

/**
 * A `--where` condition as a report's heading says it: in words, with the field's and the category's
 * names in `lang` ("category=civil_servant" → "đối tượng là Công chức", "unit~xã" → "đơn vị có chứa “xã”").
 * A condition on a column title keeps that title. The JSON keeps the condition as typed.
 */
export function filterText(source: string, lang: Lang): string {
  // A form's scope: its value is no category, and read as one it said "cấp là Cấp huyện (trước 1/7/2025)"
  // over a sheet that counted cấp tỉnh.
  const scope = formScopeText(source, lang);
  if (scope) return scope;
  let cond;
  try {
    [cond] = parseWhere([source]);
  } catch {
    return source;
  }
  const at = source.indexOf(cond.op);
  const typedField = source.slice(0, at).trim();
  const typedValue = source.slice(at + cond.op.length).trim();
  const field = cond.kind === 'column' ? typedField : lang === 'vi' ? fieldName(cond.field, 'vi') : cond.field.replace(/_/g, ' ');
  const value = cond.kind === 'dimension' && cond.key ? categoryLabel(cond.field, cond.key, lang) : typedValue;
  const id = { '=': 'filter.is', '!=': 'filter.isNot', '~': 'filter.has', '!~': 'filter.hasNot' }[cond.op];
  return ui(id, lang, { field, value });
}

/**
 * A form's scope as formRun writes it among the filters ("level=người ở cấp tỉnh, cấp huyện (8B-BTCTW)"), in
 * words: "phạm vi của biểu 8B-BTCTW (người ở cấp tỉnh, cấp huyện)"; undefined for any other condition.
 */
export function formScopeText(source: string, lang: Lang): string | undefined {
  const scope = /^[^=~!]+=(.*) \(([^()]+)\)$/.exec(source);
  const people = scope ? Object.values(FORMS).find((d) => d.code === scope[2])?.counts?.people[lang] : undefined;
  return scope && people ? ui('formScopeFilter', lang, { form: scope[2], people }) : undefined;
}

/** The report's conditions in words, joined as its heading prints them. */
export function filtersText(sources: readonly string[], lang: Lang): string {
  return sources.map((s) => filterText(s, lang)).join('; ');
}
