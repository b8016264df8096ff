import type { AsOfSource } from '../model/options.js';
import { DIMENSION_KEYS, type DimensionKey } from '../model/dimensions.js';
import { INDICATOR_DEFS } from '../stats/indicator-defs.js';
import { indexPercent, pointsChange } from '../stats/percent.js';
import type { Movements } from '../stats/movements.js';
import type { CountIndicator, Indicator, ReportWarning, SummaryReport } from './types.js';

export interface PeriodValue {
  count: number | null;
  percent: number | null;
}
export interface Change {
  count: number | null;
  points: number | null;
  index: number | null;
}
export interface ComparedCategory {
  key: string;
  label: string;
  values: PeriodValue[];
  /** Last period against the first. */
  change: Change;
  /** Three or more periods: `steps[i]` is period i against period i−1 (`steps[0]` is null). */
  steps?: Array<Change | null>;
}
export interface ComparedDimension {
  label: string;
  /** Labels of the periods whose rosters have no column for this dimension (shown as missing, not 0). */
  missing?: string[];
  categories: ComparedCategory[];
}
export interface ComparedIndicator {
  label: string;
  values: Array<{ count: number | null; base: number; percent: number | null } | { value: number | null; base: number }>;
  change: Change | { value: number | null };
  steps?: Array<Change | { value: number | null } | null>;
}
export interface ComparedSection {
  population: { values: number[]; change: number; steps?: Array<number | null> };
  dimensions: Partial<Record<DimensionKey, ComparedDimension>>;
  indicators: Record<string, ComparedIndicator>;
}
export interface Period {
  label: string;
  files: string[];
  asOf: string;
  /** Where `asOf` comes from: --as-of, the roster's title or file name (its day, year or term), or today. */
  asOfSource: AsOfSource;
  population: number;
  /** What stderr says of reading this period's rosters (as summarize's `warnings`); absent when nothing. */
  warnings?: ReportWarning[];
}

/**
 * JSON `warnings[]` of a comparison, as on stderr: `congress_own_date`, an earlier term's period told at its
 * own date under the congress preset; `period_at_as_of`, a period aged at `--as-of`, not its roster's year;
 * `period_at_today`, a period whose roster names no date or year, aged today; `ids_disagree`, movements
 * matched by name + birth because the ids matched few; `period_problems`, values not recognised in a period; `period_empty`, a period with no one.
 */
export interface ComparisonWarning {
  code: 'congress_own_date' | 'period_at_as_of' | 'period_at_today' | 'ids_disagree' | 'period_problems' | 'period_empty';
  message: string;
}
export type PairMovements = Movements & { from: string; to: string };

/** The one comparison object every renderer reads (schema cadre-stats/comparison@1). */
export interface ComparisonReport extends ComparedSection {
  schema: 'cadre-stats/comparison@1';
  periods: Period[];
  filters: string[];
  groups?: Array<ComparedSection & { key: string; label: string; mergedFrom?: string[] }>;
  /** Two periods: one object; three or more: one per consecutive pair. */
  movements: PairMovements | PairMovements[];
  /** After `movements`; absent when nothing is to be said. */
  warnings?: ComparisonWarning[];
}

function change(first: PeriodValue, last: PeriodValue, decimals: number): Change {
  if (first.count === null || last.count === null || first.percent === null || last.percent === null) return { count: null, points: null, index: null };
  return {
    count: last.count - first.count,
    points: pointsChange(last.percent, first.percent, decimals),
    index: indexPercent(last.count, first.count, decimals),
  };
}

type Section = Pick<SummaryReport, 'population' | 'dimensions' | 'indicators'>;

/** Three or more periods: each period against the one before it (null for the first); two: none. */
function stepsOf<V, C>(values: readonly V[], diff: (from: V, to: V) => C): { steps?: Array<C | null> } {
  if (values.length < 3) return {};
  return { steps: values.map((v, i) => (i === 0 ? null : diff(values[i - 1], v))) };
}

/** Puts the same tables of several periods side by side, with the change last vs first (and, for three or more periods, each period vs the one before). */
export function compareSections(sections: ReadonlyArray<Section | undefined>, labels: readonly string[], decimals: number): ComparedSection {
  const pops = sections.map((s) => s?.population ?? 0);
  const out: ComparedSection = {
    population: { values: pops, change: pops[pops.length - 1] - pops[0], ...stepsOf(pops, (a, b) => b - a) },
    dimensions: {},
    indicators: {},
  };
  for (const dim of DIMENSION_KEYS) {
    const tables = sections.map((s) => s?.dimensions[dim]);
    if (tables.every((t) => !t)) continue;
    const label = tables.find((t) => t)?.label ?? dim;
    const keys: string[] = [];
    const labelOf = new Map<string, string>();
    // The categories of the periods that have the column (a missing table's zero "không rõ" is no category
    // of the roster); when none has it, every category, as each table lists them.
    const having = tables.some((t) => t && !t.missing) ? tables.filter((t) => t && !t.missing) : tables;
    for (const t of having) for (const c of t?.categories ?? []) if (!labelOf.has(c.key)) (keys.push(c.key), labelOf.set(c.key, c.label));
    const missing = labels.filter((_, i) => tables[i]?.missing);
    out.dimensions[dim] = {
      label,
      ...(missing.length ? { missing } : {}),
      categories: keys.map((key) => {
        const values = tables.map((t) => {
          if (!t || t.missing) return { count: null, percent: null };
          const c = t.categories.find((x) => x.key === key);
          return { count: c?.count ?? 0, percent: c?.percent ?? 0 };
        });
        return {
          key,
          label: labelOf.get(key)!,
          values,
          change: change(values[0], values[values.length - 1], decimals),
          ...stepsOf(values, (a, b) => change(a, b, decimals)),
        };
      }),
    };
  }
  const ids = [...new Set(sections.flatMap((s) => Object.keys(s?.indicators ?? {})))];
  for (const id of ids) {
    const inds = sections.map((s) => s?.indicators[id]);
    const first = inds.find((i): i is Indicator => Boolean(i))!;
    if ('value' in first) {
      const values = inds.map((i) => ({ value: i && 'value' in i ? i.value : null, base: i?.base ?? 0 }));
      const years = (older: number | null, newer: number | null) => ({ value: older === null || newer === null ? null : pointsChange(newer, older, 1) });
      out.indicators[id] = {
        label: first.label,
        values,
        change: years(values[0].value, values[values.length - 1].value),
        ...stepsOf(values, (a, b) => years(a.value, b.value)),
      };
      continue;
    }
    const dim = INDICATOR_DEFS.find((d) => d.id === id)?.dimension;
    const values = inds.map((i, p) => {
      const c = i as CountIndicator | undefined;
      // An indicator of a dimension a period's roster lacks is missing there, not zero; so is every
      // indicator of a group (a unit) that has no one in a period, as its tables are: 0 of 0 is no share.
      if (!c?.base || (dim && sections[p]?.dimensions[dim]?.missing)) return { count: null, base: c?.base ?? 0, percent: null };
      return { count: c?.count ?? 0, base: c?.base ?? 0, percent: c?.percent ?? 0 };
    });
    out.indicators[id] = {
      label: first.label,
      values,
      change: change(values[0], values[values.length - 1], decimals),
      ...stepsOf(values, (a, b) => change(a, b, decimals)),
    };
  }
  return out;
}
