import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` beside the checkout: the spec, the guides and the corpus of real-world spreadsheets (not in the repo). */
export const SHARED = join(ROOT, '..', 'shared');
/** The corpus of odd and broken spreadsheets and the real-layout twins, read in place (never copied). */
export const CORPUS = join(SHARED, 'corpus');
export const HAS_CORPUS = existsSync(CORPUS);

/** Whether CI is set (any value but "", "0" or "false"): then the tests that need ../shared must run. */
export const IN_CI = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());

/**
 * For `describe.skipIf(noCorpus('…'))` / `it.skipIf(…)`: true (skip) when `../shared/corpus` is absent, as on
 * a plain clone, printing why on stderr. With CI set its absence throws instead, failing the test file, so a
 * CI run never passes without the corpus tests.
 */
export function noCorpus(what: string): boolean {
  if (HAS_CORPUS) return false;
  if (IN_CI) throw new Error(`CI is set but ${CORPUS} does not exist: ${what} needs ../shared/corpus beside the checkout`);
  process.stderr.write(`skipped: ${what}: needs ../shared/corpus, not found at ${CORPUS}\n`);
  return true;
}
