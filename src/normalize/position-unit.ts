import { cleanText, foldText } from './fold-text.js';
import { UNIT_STARTS } from './place.js';

/**
 * Splits a "Chức vụ, đơn vị công tác" cell: "Chủ tịch UBND xã An Hòa" → Chủ tịch | UBND xã An Hòa;
 * "Bí thư Đảng ủy phường 3" → Bí thư | Đảng ủy phường 3; "Chuyên viên, Phòng Nội vụ" → Chuyên viên |
 * Phòng Nội vụ. The unit starts at the first word of the unit list; a cell with none is all position.
 */
export function splitPositionUnit(text: string): { position?: string; unit?: string } {
  const clean = cleanText(text);
  if (!clean) return {};
  const words = clean.split(' ');
  for (let i = 1; i < words.length; i++) {
    const rest = foldText(words.slice(i).join(' '));
    if (UNIT_STARTS.some((w) => rest === w || rest.startsWith(`${w} `))) {
      const position = words
        .slice(0, i)
        .join(' ')
        .replace(/[,;:–-]+$/, '')
        .trim();
      const unit = words.slice(i).join(' ').trim();
      return { ...(position ? { position } : {}), ...(unit ? { unit } : {}) };
    }
  }
  return { position: clean.replace(/[,;:]+$/, '') };
}
