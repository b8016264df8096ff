import type { RowValues } from '../io/sheet-rows.js';
import type { FieldKey } from '../model/fields.js';
import { cellText } from '../normalize/cell-text.js';
import { foldText } from '../normalize/fold-text.js';
import { vocab } from '../vocab/load-json.js';
import type { LevelHints } from '../vocab/schemas.js';
import levelHints from '../vocab/level-hints.json' with { type: 'json' };

const HINTS = vocab<LevelHints>(levelHints);
const COMMUNE = HINTS.commune.map(foldText);
const TITLE_WORDS = HINTS.titles.map(foldText);
const FIELDS: readonly FieldKey[] = ['position', 'position_unit', 'category', 'employment'];

/**
 * The level a roster's positions and categories give when its units do not: a list of xã posts
 * ("Tư pháp - Hộ tịch", "Cán bộ không chuyên trách cấp xã") is commune level. Read from the sample rows.
 */
export function sheetLevelOf(
  sample: readonly RowValues[],
  cols: Readonly<Partial<Record<FieldKey, number>>>,
  titles: readonly string[] = [],
): 'commune' | undefined {
  if (cols.level !== undefined) return undefined;
  // A title or column title that says "cấp xã" ("CBCC cấp xã", "Tham gia cấp ủy cấp xã"): a commune roster.
  if (titles.some((t) => TITLE_WORDS.some((w) => ` ${foldText(t)} `.includes(` ${w} `)))) return 'commune';
  const where = FIELDS.flatMap((f) => (cols[f] !== undefined ? [cols[f]!] : []));
  if (where.length === 0 || sample.length === 0) return undefined;
  let hits = 0;
  for (const row of sample) {
    const text = ` ${where.map((c) => foldText(cellText(row[c]))).join(' ')} `;
    if (COMMUNE.some((w) => text.includes(` ${w} `))) hits++;
  }
  return hits / sample.length >= HINTS.share ? 'commune' : undefined;
}
