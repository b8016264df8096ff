import { createRequire } from 'node:module';
import type { z } from 'zod';

// JSON is loaded with require (no experimental-JSON-modules warning on Node 20) and validated once.
const require = createRequire(import.meta.url);

/** Loads `src/vocab/<name>.json` (copied to dist/vocab by the build) and validates it with `schema`. */
export function loadVocab<T>(name: string, schema: z.ZodType<T>): T {
  const data: unknown = require(`./${name}.json`);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`src/vocab/${name}.json does not match its schema: ${parsed.error.message}`);
  }
  return parsed.data;
}
