import { z } from 'zod';
import { DimensionKeySchema } from '../model/dimensions.js';
import { loadVocab } from '../vocab/load-json.js';

const Text = z.object({ vi: z.string(), en: z.string() });
const IndicatorDefSchema = z.object({
  id: z.string(),
  dimension: DimensionKeySchema.optional(),
  keys: z.array(z.string()).optional(),
  special: z.enum(['young', 'average', 'studying', 'age_range', 'eligibility_first', 'eligibility_re']).optional(),
  /** `age_range`: the people of this gender aged `ages[0]`…`ages[1]` (completed years). */
  gender: z.enum(['female', 'male']).optional(),
  ages: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
  /** Computed only when asked for (by a form's column), not in every report. */
  optional: z.boolean().optional(),
  /** Shown only with this preset (`--preset dai-hoi`). */
  preset: z.literal('dai-hoi').optional(),
  label: Text,
});
export type IndicatorDef = z.infer<typeof IndicatorDefSchema>;

/** The indicators reports quote (spec/vocabulary.md "Indicators"), in output order. */
export const INDICATOR_DEFS: readonly IndicatorDef[] = loadVocab('indicators', z.object({ indicators: z.array(IndicatorDefSchema) })).indicators;

for (const def of INDICATOR_DEFS) {
  if (def.special === 'age_range' && (!def.gender || !def.ages)) throw new Error(`src/vocab/indicators.json: ${def.id} needs gender and ages`);
}
