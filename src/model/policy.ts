import { z } from 'zod';

const YearsMonths = z.tuple([z.number().int().min(0), z.number().int().min(0).max(11)]);
const Schedule = z.strictObject({ before2021: YearsMonths, start: YearsMonths, stepMonths: z.number().int().min(0), max: YearsMonths });
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const Level = z.enum(['central', 'province', 'district', 'commune']);
const TargetSchema = z.strictObject({ percent: z.number().min(0).max(100), levels: z.array(Level).min(1), source: z.string().min(1) });

/**
 * The policy numbers (src/vocab/policy.json): retirement ages, congress rules, young-cadre bounds, target
 * shares, rating bands, the date the two-level state began. Each carries its source.
 */
export const PolicySchema = z.object({
  /** What the file is and how its entries are sourced (for whoever edits it). */
  $comment: z.string().optional(),
  twoLevelSince: z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), source: z.string() }),
  retirement: z.strictObject({ source: z.string(), male: Schedule, female: Schedule, startYear: z.number().int() }),
  congress: z.strictObject({
    source: z.string(),
    termMonths: z.number().int().positive(),
    reElectionMonths: z.number().int().positive(),
    referenceMonth: z.strictObject({ commune: Month.nullable(), district: Month.nullable(), province: Month.nullable(), central: Month.nullable() }),
    referenceNote: z.string(),
  }),
  young: z.strictObject({
    source: z.string(),
    underAge: z.strictObject({ central: z.number().int(), province: z.number().int(), district: z.number().int(), commune: z.number().int() }),
  }),
  targets: z.record(z.string(), TargetSchema),
  assessmentScore: z.strictObject({ source: z.string(), bands: z.array(z.tuple([z.number(), z.enum(['excellent', 'good', 'done', 'not_done'])])).min(1) }),
  personId: z.strictObject({ source: z.string(), digits: z.number().int().positive(), shownDigits: z.number().int().min(0) }),
});
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyLevel = z.infer<typeof Level>;

/**
 * `--config {"policy": …}`: the numbers a user's own guidance sets differently. Only these can change;
 * a target set to null is dropped (no target for that indicator).
 */
export const PolicyOverrideSchema = z
  .strictObject({
    congress: z
      .strictObject({
        termMonths: z.number().int().positive().optional(),
        reElectionMonths: z.number().int().positive().optional(),
        referenceMonth: z.partialRecord(Level, Month.nullable()).optional(),
      })
      .optional(),
    young: z.strictObject({ underAge: z.partialRecord(Level, z.number().int().min(1).max(120)).optional() }).optional(),
    targets: z.record(z.string(), TargetSchema.partial({ levels: true, source: true }).nullable()).optional(),
    retirement: z.strictObject({ male: Schedule.optional(), female: Schedule.optional(), startYear: z.number().int().optional() }).optional(),
  })
  .optional();
export type PolicyOverride = z.infer<typeof PolicyOverrideSchema>;
