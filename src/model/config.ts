import { z } from 'zod';
import { CATEGORY_KEYS, CLASSIFIED_DIMENSIONS } from './dimensions.js';
import { FieldKeySchema } from './key-schemas.js';
import { PolicyOverrideSchema } from './policy.js';

/**
 * `--config file.json`: extra column titles per field, extra synonyms per dimension
 * (`{"professional": {"Cử nhân hành chính": "university"}}`), extra age band presets,
 * and unit renames (old unit name → new unit name, for rosters before and after a reorganisation).
 */
export const ConfigSchema = z
  .object({
    columns: z.partialRecord(FieldKeySchema, z.array(z.string().min(1))).optional(),
    /**
     * Like `--map`: field (or `SHEET!field`, `'SHEET'!field` for one sheet) → column letter or title,
     * overriding the evidence-based choice. Keys are checked by loadConfig (parseMapKey).
     */
    map: z.record(z.string().min(1), z.string().min(1)).optional(),
    synonyms: z.partialRecord(z.enum(CLASSIFIED_DIMENSIONS), z.record(z.string().min(1), z.string().min(1))).optional(),
    // Increasing upper bounds, as --age-bands takes them on the command line ("50, 40" would make "Từ 51 đến 40").
    ageBands: z
      .record(
        z.string().min(1),
        z
          .array(z.number().int().positive())
          .min(1)
          .refine((b) => b.every((x, i) => i === 0 || x > b[i - 1]), { message: 'upper bounds must increase, e.g. [30, 40, 50, 60]' }),
      )
      .optional(),
    unitRenames: z.record(z.string().min(1), z.string().min(1)).optional(),
    locality: z.string().optional(),
    /** Policy numbers from the user's own guidance (src/vocab/policy.json keys). */
    policy: PolicyOverrideSchema,
    defaults: z
      .object({ lang: z.enum(['vi', 'en']).optional(), decimals: z.number().int().min(0).max(6).optional(), ageBands: z.string().optional() })
      .optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    // A synonym gives one of its dimension's categories: "univ" or a key of another dimension would count nobody.
    for (const dim of CLASSIFIED_DIMENSIONS) {
      const keys: readonly string[] = CATEGORY_KEYS[dim];
      for (const [text, key] of Object.entries(config.synonyms?.[dim] ?? {}))
        if (!keys.includes(key))
          ctx.addIssue({ code: 'custom', path: ['synonyms', dim, text], message: `"${key}" is not a category of ${dim} (${keys.join(', ')})` });
    }
  });
export type Config = z.infer<typeof ConfigSchema>;
