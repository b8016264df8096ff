import type { Lang } from '../model/options.js';
import { formatCount } from '../render/format-number.js';
import { ui } from '../vocab/ui.js';
import { formScopeText } from '../render/filter-text.js';

/** Why a population is empty, in one phrase: the filters with what each alone keeps, or the rosters held no one. */
export function nobodyWhy(result: { read: number; filterKept: Array<{ filter: string; kept: number; scope?: boolean }> }, lang: Lang): string | undefined {
  if (result.read === 0) return undefined;
  // A form's scope is no --where the user typed: named as the form's.
  const named = (f: { filter: string; scope?: boolean }): string => (f.scope ? formScopeText(f.filter, lang) : undefined) ?? `--where "${f.filter}"`;
  const filters = result.filterKept.map((f) => ui('filterKept', lang, { filter: named(f), n: formatCount(f.kept, lang) })).join(', ');
  return ui('nobodyFiltered', lang, { filters, read: formatCount(result.read, lang) });
}
