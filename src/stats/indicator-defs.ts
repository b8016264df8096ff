import { vocab } from '../vocab/load-json.js';
import type { IndicatorDef, Indicators } from '../vocab/schemas.js';
import indicators from '../vocab/indicators.json' with { type: 'json' };

export type { IndicatorDef } from '../vocab/schemas.js';

/** The indicators reports quote (spec/vocabulary.md "Indicators"), in output order. */
export const INDICATOR_DEFS: readonly IndicatorDef[] = vocab<Indicators>(indicators).indicators;

for (const def of INDICATOR_DEFS) {
  if (def.special === 'age_range' && (!def.gender || !def.ages)) throw new Error(`src/vocab/indicators.json: ${def.id} needs gender and ages`);
  if (def.special === 'rank_among' && (def.dimension !== 'rank' || !def.keys?.length || !def.categories))
    throw new Error(`src/vocab/indicators.json: ${def.id} needs the rank dimension, keys and categories`);
}
