/** The dimensions of the vocabulary, in table order (spec/vocabulary.md). */
export const DIMENSION_KEYS = [
  'gender',
  'age_band',
  'ethnicity',
  'religion',
  'party',
  'general_education',
  'professional',
  'political_theory',
  'state_management',
  'rank',
  'origin',
  'category',
  'level',
  'employment',
  'position_group',
  'assessment',
  'term',
] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

/** Category keys of each fixed dimension, in table order; `age_band` keys come from the band preset. */
export const CATEGORY_KEYS = {
  gender: ['male', 'female', 'unknown'],
  ethnicity: ['kinh', 'minority', 'unknown'],
  religion: ['none', 'religious', 'unknown'],
  party: ['member', 'non_member'],
  general_education: ['upper_secondary', 'lower_secondary', 'primary', 'unknown'],
  professional: ['doctorate', 'master', 'university', 'college', 'intermediate', 'elementary', 'none', 'unknown'],
  political_theory: ['advanced', 'intermediate', 'elementary', 'none', 'unknown'],
  state_management: ['senior_expert', 'principal_expert', 'expert', 'officer', 'none', 'unknown'],
  rank: ['chief_expert', 'senior_expert', 'principal_expert', 'expert', 'officer', 'employee', 'none', 'unknown'],
  origin: ['local', 'non_local', 'unknown'],
  category: ['cadre', 'civil_servant', 'public_employee', 'part_time', 'contract', 'unknown'],
  level: ['central', 'province', 'district', 'commune', 'unknown'],
  employment: ['permanent', 'contract_gov', 'contract_other', 'unknown'],
  position_group: ['leadership', 'specialised', 'shared', 'support', 'unknown'],
  assessment: ['excellent', 'good', 'done', 'not_done', 'unknown'],
  term: ['re_elected', 'first_time', 'unknown'],
} as const;

/** Dimensions whose value is classified from one cell's text through synonym tables. */
export type FixedDimension = keyof typeof CATEGORY_KEYS;
export type CategoryOf<D extends FixedDimension> = (typeof CATEGORY_KEYS)[D][number];

/** Dimensions classified from a cell through `src/vocab/categories/*.json`. */
export const CLASSIFIED_DIMENSIONS = [
  'gender',
  'ethnicity',
  'religion',
  'party',
  'general_education',
  'professional',
  'political_theory',
  'state_management',
  'rank',
  'origin',
  'category',
  'level',
  'employment',
  'position_group',
  'assessment',
  'term',
] as const satisfies readonly FixedDimension[];
export type ClassifiedDimension = (typeof CLASSIFIED_DIMENSIONS)[number];

/**
 * Dimensions a table shows only when a roster has a column for them (spec "Additions"): without one,
 * every person would be `unknown` and the table would say nothing.
 */
export const OPTIONAL_DIMENSIONS: ReadonlySet<DimensionKey> = new Set(['employment', 'position_group', 'assessment', 'term']);

/** Dimensions where a blank cell means "none" (not trained) instead of "unknown". */
export const BLANK_MEANS_NONE: ReadonlySet<DimensionKey> = new Set(['professional', 'political_theory', 'state_management', 'rank']);

/** Dimensions whose cells may carry an "đang học" (studying) mark. */
export const STUDY_DIMENSIONS = ['professional', 'political_theory'] as const;
export type StudyDimension = (typeof STUDY_DIMENSIONS)[number];
