import type { DimensionKey } from '../model/dimensions.js';
import type { FieldKey } from '../model/fields.js';

/**
 * The roster columns that can feed each dimension; a dimension none of them fed is "missing".
 * `level` is absent: group rows and sheet names can name units, so it is never known to be missing.
 */
const SOURCES: Partial<Record<DimensionKey, FieldKey[]>> = {
  gender: ['gender', 'birth_date_male', 'birth_date_female'],
  age_band: ['birth_date', 'birth_date_male', 'birth_date_female'],
  ethnicity: ['ethnicity'],
  religion: ['religion'],
  party: ['party', 'party_join_date'],
  general_education: ['general_education'],
  professional: ['professional'],
  political_theory: ['political_theory'],
  state_management: ['state_management'],
  rank: ['rank', 'rank_code'],
  origin: ['origin', 'hometown'],
  category: ['category'],
  employment: ['employment'],
  position_group: ['position_group'],
  assessment: ['assessment'],
  term: ['term', 'term_re_elected', 'term_first_time'],
};

/** Dimensions with no source column in any roster sheet read (so their counts mean "no data"). */
export function missingDimensions(mapped: ReadonlySet<FieldKey>, hasLocality: boolean): Set<DimensionKey> {
  const out = new Set<DimensionKey>();
  for (const [dim, fields] of Object.entries(SOURCES) as Array<[DimensionKey, FieldKey[]]>) {
    if (!fields.some((f) => mapped.has(f))) out.add(dim);
  }
  if (hasLocality && mapped.has('hometown')) out.delete('origin');
  return out;
}
