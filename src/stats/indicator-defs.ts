import { z } from 'zod';
import { DimensionKeySchema } from '../model/dimensions.js';
import { loadVocab } from '../vocab/load-json.js';

const Text = z.object({ vi: z.string(), en: z.string() });
const IndicatorDefSchema = z.object({
  id: z.string(),
  dimension: DimensionKeySchema.optional(),
  keys: z.array(z.string()).optional(),
  special: z.enum(['young', 'average', 'studying', 'eligibility_first', 'eligibility_re']).optional(),
  /** Shown only with this preset (`--preset dai-hoi`). */
  preset: z.literal('dai-hoi').optional(),
  label: Text,
});
export type IndicatorDef = z.infer<typeof IndicatorDefSchema>;

/** The indicators reports quote (spec/vocabulary.md "Indicators"), in output order. */
export const INDICATOR_DEFS: readonly IndicatorDef[] = loadVocab('indicators', z.object({ indicators: z.array(IndicatorDefSchema) })).indicators;
