import type { Lang } from '../model/options.js';
import { formatCount } from '../render/format-number.js';
import { ui } from '../vocab/ui.js';

/** Why a population is empty, in one phrase: the filters with what each alone keeps, or the rosters held no one. */
export function nobodyWhy(result: { read: number; filterKept: Array<{ filter: string; kept: number }> }, lang: Lang): string | undefined {
  if (result.read === 0) return undefined;
  const filters = result.filterKept.map((f) => ui('filterKept', lang, { filter: `--where "${f.filter}"`, n: formatCount(f.kept, lang) })).join(', ');
  return ui('nobodyFiltered', lang, { filters, read: formatCount(result.read, lang) });
}
