import { z } from 'zod';

const Text = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** One dimension's words: labels, synonyms (exact), prefix and keyword rules, and the level order. */
export const CategoryVocabSchema = z.object({
  label: Text,
  categories: z.array(z.object({ key: z.string(), label: Text })),
  /** Highest first: a cell naming several values counts as the first of them in this order. */
  order: z.array(z.string()),
  exact: z.record(z.string(), z.string()),
  prefix: z.array(z.tuple([z.string(), z.string()])),
  contains: z.array(z.tuple([z.string(), z.string()])),
  /** Official codes ("01.003" for Chuyên viên), rank only. */
  codes: z.record(z.string(), z.string()).optional(),
});
export type CategoryVocab = z.infer<typeof CategoryVocabSchema>;
