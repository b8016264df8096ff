import { DIMENSION_KEYS, type DimensionKey } from '../model/dimensions.js';
import type { Change, ComparedSection } from '../report/comparison-report.js';
import type { Indicator } from '../report/types.js';
import { INDICATOR_DEFS } from '../stats/indicator-defs.js';
import type { Section } from './summary-rows.js';

/** A count and its share in one period; null where that period's roster has no column for it. */
export type PeriodFigure = { count: number; percent: number } | null;

/** One figure the paragraph may quote: a category or a count indicator, in every period described. */
export interface Figure {
  key: string;
  label: string;
  /** One value per period, oldest first (one for a summary). */
  values: PeriodFigure[];
  /** The last period against the first: people and percentage points; null for a summary or when unknown. */
  change: { count: number; points: number } | null;
}

/** The average age in every period, with its change last vs first (null when none). */
export interface AverageFigure {
  values: Array<number | null>;
  change: number | null;
}

/** What the paragraph writer reads, whether from a summary or from a comparison. */
export interface ParagraphView {
  /** The headcount in every period. */
  population: number[];
  /** Change in headcount, last vs first; null for a summary. */
  populationChange: number | null;
  /** The dimensions the view has tables for, in table order. */
  dimensions(): DimensionKey[];
  /** The label of a dimension's table ("Trình độ chuyên môn"). */
  dimensionLabel(dimension: DimensionKey): string;
  /** The categories of a dimension, or null when the dimension is absent or its column is missing. */
  categories(dimension: DimensionKey): Figure[] | null;
  /** A count indicator, or null when absent or its dimension is missing. */
  indicator(id: string): Figure | null;
  /** A value indicator (average age), or null when absent or unknown. */
  average(id: string): AverageFigure | null;
}

function isCountIndicator(i: Indicator | undefined): i is Extract<Indicator, { count: number }> {
  return i !== undefined && 'count' in i;
}

/** The view of one summary section (the total or a `--by` group). */
export function summaryView(section: Section): ParagraphView {
  // An indicator of a dimension whose column is missing says nothing (its count is 0 for lack of data).
  const present = (id: string): boolean => {
    const d = INDICATOR_DEFS.find((def) => def.id === id)?.dimension;
    return d === undefined || (section.dimensions[d] !== undefined && !section.dimensions[d]!.missing);
  };
  return {
    population: [section.population],
    populationChange: null,
    dimensions: () => DIMENSION_KEYS.filter((d) => section.dimensions[d]),
    dimensionLabel: (d) => section.dimensions[d]?.label ?? d,
    categories(dimension) {
      const table = section.dimensions[dimension];
      if (!table || table.missing) return null;
      return table.categories.map((c) => ({ key: c.key, label: c.label, values: [{ count: c.count, percent: c.percent }], change: null }));
    },
    indicator(id) {
      const i = section.indicators[id];
      if (!isCountIndicator(i) || !present(id)) return null;
      return { key: id, label: i.label, values: [{ count: i.count, percent: i.percent }], change: null };
    },
    average(id) {
      const i = section.indicators[id];
      if (!i || isCountIndicator(i) || i.value === null) return null;
      return { values: [i.value], change: null };
    },
  };
}

function changeOf(c: Change): Figure['change'] {
  return c.count === null || c.points === null ? null : { count: c.count, points: c.points };
}

/** The view of one compared section: every period's values, with the change of the last against the first. */
export function comparedView(section: ComparedSection): ParagraphView {
  const last = section.population.values.length - 1;
  // A share against a period with nobody in it is no change of the share: only the figures are written.
  const pop = section.population.values;
  const change = (c: Change): Figure['change'] => (pop[0] === 0 || pop[last] === 0 ? null : changeOf(c));
  const value = (v: { count: number | null; percent: number | null }): PeriodFigure =>
    v.count === null || v.percent === null ? null : { count: v.count, percent: v.percent };
  return {
    population: section.population.values,
    populationChange: section.population.change,
    dimensions: () => DIMENSION_KEYS.filter((d) => section.dimensions[d]),
    dimensionLabel: (d) => section.dimensions[d]?.label ?? d,
    categories(dimension) {
      const table = section.dimensions[dimension];
      // The period described is the last: a dimension its roster lacks is not described.
      if (!table || table.categories.every((c) => c.values[last].count === null)) return null;
      return table.categories.map((c) => ({ key: c.key, label: c.label, values: c.values.map(value), change: change(c.change) }));
    },
    indicator(id) {
      const i = section.indicators[id];
      if (!i || 'value' in i.change) return null;
      const values = i.values.map((v) => ('count' in v ? value(v) : null));
      if (!values[last]) return null;
      return { key: id, label: i.label, values, change: change(i.change) };
    },
    average(id) {
      const i = section.indicators[id];
      if (!i || !('value' in i.change)) return null;
      const values = i.values.map((v) => ('value' in v ? v.value : null));
      if (values[last] === null) return null;
      return { values, change: i.change.value };
    },
  };
}
