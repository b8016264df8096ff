import type { z } from 'zod';
import { VOCAB_FILES } from './vocab-files.js';

/** Validates the vocabulary file `src/vocab/<name>.json` (imported statically by vocab-files.ts) with `schema`. */
export function loadVocab<T>(name: string, schema: z.ZodType<T>): T {
  if (!(name in VOCAB_FILES)) throw new Error(`src/vocab/${name}.json is not listed in src/vocab/vocab-files.ts`);
  const parsed = schema.safeParse(VOCAB_FILES[name]);
  if (!parsed.success) {
    throw new Error(`src/vocab/${name}.json does not match its schema: ${parsed.error.message}`);
  }
  return parsed.data;
}
