import { CATEGORY_KEYS, type FixedDimension } from '../model/dimensions.js';
import type { Official } from '../model/official.js';
import type { Lang } from '../model/options.js';
import { CadreError } from '../model/cadre-error.js';
import { categoryLabel } from '../normalize/classify.js';
import { foldText } from '../normalize/fold-text.js';
import { bandLabel } from '../stats/age-bands.js';
import { columnValue } from '../stats/where.js';

export interface GroupKey {
  key: string;
  label: string;
}

/** Picks the group of an official for `--by`; `band` is the person's age band key. */
export type GroupBy = (o: Official, band: string) => GroupKey;

const TEXT_FIELDS = ['unit', 'sheet', 'file', 'position', 'hometown'] as const;

/**
 * Builds the `--by` grouping: a text field (unit, sheet, file, position, hometown), a dimension
 * (level, category, gender, professional, age_band, …) or a column title. Blank values form a visible
 * "(không rõ)" group instead of vanishing. Also returns how groups are ordered.
 */
export function groupBy(
  field: string,
  lang: Lang,
  blank: string,
): { pick: GroupBy; order: (a: string, b: string) => number; byColumn?: boolean; byUnit?: boolean } {
  const f = field.trim().toLowerCase();
  const firstSeen = (): ((a: string, b: string) => number) => () => 0;
  if ((TEXT_FIELDS as readonly string[]).includes(f)) {
    const name = f as (typeof TEXT_FIELDS)[number];
    return {
      pick: (o) => {
        const v = o[name];
        return v ? { key: v, label: v } : { key: '', label: blank };
      },
      order: firstSeen(),
      byUnit: name === 'unit',
    };
  }
  if (f === 'age_band') {
    return { pick: (_o, band) => ({ key: band, label: bandLabel(band, lang) }), order: firstSeen() };
  }
  if (f in CATEGORY_KEYS) {
    const dim = f as FixedDimension;
    const keys: readonly string[] = CATEGORY_KEYS[dim];
    return {
      pick: (o) => ({ key: o[dim], label: categoryLabel(dim, o[dim], lang) }),
      order: (a, b) => keys.indexOf(a) - keys.indexOf(b),
    };
  }
  if (!f)
    throw new CadreError(
      'BAD_USAGE',
      '--by: no field given',
      `valid: ${[...TEXT_FIELDS, 'age_band', ...Object.keys(CATEGORY_KEYS)].join(', ')}, or a column title`,
    );
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
