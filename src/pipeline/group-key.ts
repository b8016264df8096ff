import { CATEGORY_KEYS } from '../model/dimensions.js';
import type { Official } from '../model/official.js';
import type { Lang } from '../model/options.js';
import { CadreError } from '../model/cadre-error.js';
import { categoryLabel } from '../normalize/classify.js';
import { foldText } from '../normalize/fold-text.js';
import { bandLabel } from '../stats/age-bands.js';
import { knownField, validFields } from '../stats/field-names.js';
import { columnValue } from '../stats/where.js';

export interface GroupKey {
  key: string;
  label: string;
}

/** Picks the group of an official for `--by`; `band` is the person's age band key. */
export type GroupBy = (o: Official, band: string) => GroupKey;

/**
 * Builds the `--by` grouping: a text field (unit, sheet, file, position, hometown), a dimension
 * (level, category, gender, professional, age_band, …), named in English or Vietnamese, or a column title.
 * Blank values form a visible "(không rõ)" group instead of vanishing. Also returns how groups are ordered.
 */
export function groupBy(
  field: string,
  lang: Lang,
  blank: string,
): { pick: GroupBy; order: (a: string, b: string) => number; byColumn?: boolean; byUnit?: boolean } {
  const firstSeen = (): ((a: string, b: string) => number) => () => 0;
  const ref = knownField(field);
  if (ref?.kind === 'text') {
    const name = ref.field;
    return {
      pick: (o) => {
        const v = o[name];
        return v ? { key: v, label: v } : { key: '', label: blank };
      },
      order: firstSeen(),
      byUnit: name === 'unit',
    };
  }
  if (ref?.kind === 'age_band') {
    // Youngest band first, "unknown" last (band keys start with their lower bound: "0-30", "31-40", …).
    const low = (key: string): number => Number(/^\d+/.exec(key)?.[0] ?? Infinity);
    return { pick: (_o, band) => ({ key: band, label: bandLabel(band, lang) }), order: (a, b) => low(a) - low(b) };
  }
  if (ref?.kind === 'dimension') {
    const dim = ref.field;
    const keys: readonly string[] = CATEGORY_KEYS[dim];
    return {
      pick: (o) => ({ key: o[dim], label: categoryLabel(dim, o[dim], lang) }),
      order: (a, b) => keys.indexOf(a) - keys.indexOf(b),
    };
  }
  if (!field.trim()) throw new CadreError('BAD_USAGE', '--by: no field given', `valid: ${validFields()}, or a column title of the roster`);
  const title = foldText(field);
  return {
    byColumn: true,
    pick: (o) => {
      const v = columnValue(o, title);
      return v ? { key: foldText(v), label: v } : { key: '', label: blank };
    },
    order: firstSeen(),
  };
}
