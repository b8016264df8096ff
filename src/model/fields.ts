/**
 * The record fields a roster column can map to (spec/vocabulary.md, "Record fields"), plus the few
 * source-only columns that feed them: split Nam/Nữ birth-date columns, a combined
 * "Chức vụ, đơn vị công tác" cell, a rank code column, a party-join date, an explicit origin column.
 */
export const FIELD_KEYS = [
  'seq', // STT: read only to recognise group rows (I., II., A, B)
  'id',
  'name',
  'family_name', // "Họ" (or "Họ và tên đệm") in a column of its own: the name is its join with given_name
  'given_name', // "Tên"
  'birth_date',
  'birth_date_male',
  'birth_date_female',
  'gender',
  'ethnicity',
  'religion',
  'hometown',
  'birthplace',
  'unit',
  'position',
  'position_unit',
  'category',
  'level',
  'general_education',
  'professional',
  'professional_major',
  'political_theory',
  'state_management',
  'rank',
  'rank_code',
  'party',
  'party_join_date',
  'origin',
  'employment', // Biên chế / Hợp đồng: its own dimension, never the category
  'position_group',
  'assessment',
  'term',
  'term_re_elected',
  'term_first_time',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];
