import { CATEGORY_KEYS } from '../model/dimensions.js';
import type { Official } from '../model/official.js';
import type { Tally } from '../stats/accumulate.js';
import type { Condition } from '../stats/where.js';
import { FORMS, formIndicators, isTwoLevelDate, type FormDefinition, type FormId } from '../vocab/forms.js';
import type { SummaryReport } from './types.js';
import { isoDay, type DayDate } from '../model/options.js';

/** What a `--form` run counts beyond the report: the indicators its columns read, and who it is about. */
export interface FormRun {
  extraIndicators: string[];
  /** The form's scope (BM01: công chức), unless a `--where` already chose on its dimension. */
  scope?: {
    dimension: keyof typeof CATEGORY_KEYS;
    /** Whether the form counts `o`, of a roster dated `asOf` (8B-BTCTW: no district column after 1/7/2025). */
    keep: (o: Official, asOf: DayDate) => boolean;
    /** As a filter line: "category=công chức (BM01/BNV)". */
    filter: string;
  };
}

/**
 * The run settings a form asks for. A form of people (BM01, BM02: by category) yields to the user's own
 * `--where` on that dimension (said on stderr, "để tính cả họ"); a form whose columns are its levels (8B-BTCTW:
 * "Tổng (=4+8)", cấp tỉnh + cấp huyện) never does, and counts no level it has no column for: a district
 * person after 1/7/2025, a commune person let in by `--where "level!=trung ương"`, one of unknown level, were
 * in the Tổng column and in neither level's.
 */
export function formRun(form: FormId, where: readonly Condition[]): FormRun {
  const def = FORMS[form];
  const extraIndicators = formIndicators(def);
  const counts = def.counts;
  const dim = counts?.dimension;
  if (!counts || !dim || (dim !== 'level' && where.some((c) => c.kind === 'dimension' && c.field === dim))) return { extraIndicators };
  const keys = new Set<string>(counts.keys);
  const before = new Set<string>([...keys].filter((k) => k !== 'district'));
  const keep =
    dim === 'level' && def.twoLevel
      ? (o: Official, asOf: DayDate): boolean => (isTwoLevelDate(isoDay(asOf)) ? before : keys).has(o[dim])
      : (o: Official): boolean => keys.has(o[dim]);
  return { extraIndicators, scope: { dimension: dim, keep, filter: `${dim}=${counts.label} (${def.code})` } };
}

/**
 * People at a level a form is not about (BM01: the commune's; BM02: above it), counted all the same, and what
 * the form covers at the report's date (the two-level state's scope from 1/7/2025): for its note on stderr
 * and under its table. Undefined when the form names no levels or nobody is outside them.
 */
export function outsideLevels(def: FormDefinition, report: SummaryReport): { n: number; scope: { vi: string; en: string } } | undefined {
  const levels = def.levels;
  if (!levels) return undefined;
  const n = (report.dimensions.level?.categories ?? [])
    .filter((c) => c.key !== 'unknown' && !(levels.keys as readonly string[]).includes(c.key))
    .reduce((sum, c) => sum + c.count, 0);
  if (n === 0) return undefined;
  return { n, scope: def.twoLevel && isTwoLevelDate(report.asOf) ? def.twoLevel.scope : levels.scope };
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
