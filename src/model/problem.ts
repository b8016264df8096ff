import { z } from 'zod';

/** A value the tool could not classify or a row it had to doubt; collected as data, never thrown. */
export const ProblemSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
  field: z.string(),
  value: z.string(),
  message: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;
