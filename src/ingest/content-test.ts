import type { CellValue } from '../io/sheet-rows.js';
import type { ClassifiedDimension } from '../model/dimensions.js';
import type { FieldKey } from '../model/fields.js';
import { parseBirthDate } from '../normalize/birth-date.js';
import type { Classifier } from '../normalize/classifier.js';
import type { ContentTest } from './column-evidence.js';

/** The dimension whose vocabulary reads each classified field's cells. */
export const DIMENSION_OF: Partial<Record<FieldKey, ClassifiedDimension>> = {
  gender: 'gender',
  ethnicity: 'ethnicity',
  religion: 'religion',
  general_education: 'general_education',
  professional: 'professional',
  political_theory: 'political_theory',
  state_management: 'state_management',
  rank: 'rank',
  rank_code: 'rank',
  category: 'category',
  level: 'level',
  party: 'party',
  origin: 'origin',
  employment: 'employment',
};

// A person's name: two to seven words of letters (no digits, no sentence punctuation).
const NAME = /^[\p{L}\p{M}.'’-]+(?: [\p{L}\p{M}.'’-]+){1,6}$/u;
const NAME_PART = /^[\p{L}\p{M}.'’-]+(?: [\p{L}\p{M}.'’-]+){0,5}$/u;
const HAS_LETTER = /\p{L}/u;

/** The content test of every field, through the run's classifier (so `--config` synonyms count). */
export function contentTest(classifier: Classifier): ContentTest {
  const memo = new Map<string, boolean>();
  return (field, value, text) => {
    const dim = DIMENSION_OF[field];
    if (dim) {
      const key = `${field}\u0000${text}`;
      let hit = memo.get(key);
      if (hit === undefined) {
        const got = classifier.classify(dim, text);
        hit = got.matched && got.key !== 'unknown';
        if (memo.size < 50_000) memo.set(key, hit);
      }
      return hit;
    }
    switch (field) {
      case 'birth_date':
      case 'birth_date_male':
      case 'birth_date_female':
        return parseBirthDate(value as CellValue).ok;
      case 'party_join_date':
        return value instanceof Date || typeof value === 'number' || /\b(19|20)\d\d\b/.test(text);
      case 'name':
        return NAME.test(text.replace(/\s+/g, ' ').trim());
      case 'family_name':
      case 'given_name':
        return NAME_PART.test(text.replace(/\s+/g, ' ').trim());
      case 'unit':
      case 'position':
      case 'position_unit':
      case 'hometown':
      case 'birthplace':
      case 'professional_major':
        return typeof value === 'string' && HAS_LETTER.test(text) && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text);
      default:
        return null;
    }
  };
}

/**
 * The field a title's list of values names ("Công chức/Viên chức", "Biên chế/Hợp đồng", "Nam/Nữ"): two or
 * more parts that classify to different categories of one dimension.
 */
export function legendField(classifier: Classifier): (text: string) => FieldKey | null {
  const fields: Array<[FieldKey, ClassifiedDimension]> = [
    ['category', 'category'],
    ['employment', 'employment'],
    ['gender', 'gender'],
    ['party', 'party'],
  ];
  return (text) => {
    const parts = text.split(/\s*(?:[/,;]|\bhoặc\b|\bhay\b)\s*/u).filter((p) => p.trim() !== '');
    if (parts.length < 2) return null;
    for (const [field, dim] of fields) {
      const keys = new Set<string>();
      for (const p of parts) {
        const got = classifier.classify(dim, p);
        if (got.matched && got.key !== 'unknown') keys.add(got.key);
      }
      if (keys.size >= 2) return field;
    }
    return null;
  };
}
