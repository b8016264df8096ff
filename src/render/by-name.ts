import { CLASSIFIED_DIMENSIONS, type ClassifiedDimension } from '../model/dimensions.js';
import type { Lang } from '../model/options.js';
import { dimensionLabel } from '../normalize/classify.js';
import { ageBandDimensionLabel } from '../stats/age-bands.js';
import { ui } from '../vocab/ui.js';

const TEXT_FIELDS = ['unit', 'sheet', 'file', 'position', 'hometown', 'name', 'id'];

/**
 * The `--by` field as a heading names it, in the output's language: "unit" → "đơn vị", "level" → "cấp",
 * a dimension by its table's label ("trình độ chuyên môn"); a column title of the roster as typed.
 */
export function byName(by: string | undefined, lang: Lang): string {
  if (by === undefined) return '';
  const key = by.trim().toLowerCase();
  if (TEXT_FIELDS.includes(key)) return ui(`field.${key}`, lang);
  if (key === 'age_band') return ageBandDimensionLabel(lang).toLowerCase();
  if ((CLASSIFIED_DIMENSIONS as readonly string[]).includes(key)) return dimensionLabel(key as ClassifiedDimension, lang).toLowerCase();
  return by.trim();
}
