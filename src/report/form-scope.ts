import { CATEGORY_KEYS } from '../model/dimensions.js';
import type { Official } from '../model/official.js';
import type { Tally } from '../stats/accumulate.js';
import type { Condition } from '../stats/where.js';
import { FORMS, formIndicators, type FormId } from '../vocab/forms.js';

/** What a `--form` run counts beyond the report: the indicators its columns read, and who it is about. */
export interface FormRun {
  extraIndicators: string[];
  /** The form's scope (BM01: công chức), unless a `--where` already chose on its dimension. */
  scope?: {
    dimension: keyof typeof CATEGORY_KEYS;
    keep: (o: Official) => boolean;
    /** As a filter line: "category=công chức (BM01/BNV)". */
    filter: string;
  };
}

/** The run settings a form asks for; the user's own `--where` on the scope's dimension wins over the scope. */
export function formRun(form: FormId, where: readonly Condition[]): FormRun {
  const def = FORMS[form];
  const extraIndicators = formIndicators(def);
  const counts = def.counts;
  if (!counts || where.some((c) => c.kind === 'dimension' && c.field === counts.dimension)) return { extraIndicators };
  const keys = new Set<string>(counts.keys);
  const dim = counts.dimension;
  return { extraIndicators, scope: { dimension: dim, keep: (o) => keys.has(o[dim]), filter: `${dim}=${counts.label} (${def.code})` } };
}

/** The people a scope left out, per category of its dimension (zeros included, in table order). */
export function leftOut(run: FormRun, outside: Tally | undefined): Array<{ key: string; count: number }> {
  if (!run.scope || !outside) return [];
  const dim = run.scope.dimension;
  return CATEGORY_KEYS[dim].map((key) => ({ key, count: outside.count(dim, key) }));
}

/**
 * A category of the scope's dimension that nobody in the roster has (preferring "unknown"): `--where
 * "category!=<it>"` then keeps everyone, so it is the `--where` that includes the people the scope left out.
 */
export function keepEveryoneKey(run: FormRun, people: (key: string) => number): string {
  const keys = [...CATEGORY_KEYS[run.scope!.dimension]].reverse();
  return keys.find((k) => people(k) === 0) ?? 'unknown';
}
