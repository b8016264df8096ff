import type { DimensionKey } from '../model/dimensions.js';
import type { ComparedSection } from '../report/comparison-report.js';
import type { Indicator } from '../report/types.js';
import { INDICATOR_DEFS } from '../stats/indicator-defs.js';
import type { Section } from './summary-rows.js';

/** One figure the paragraph may quote: a category or a count indicator, in the period described. */
export interface Figure {
  key: string;
  label: string;
  count: number;
  percent: number;
  /** Count in the first period (comparisons only): a figure that is 0 in both periods is left out. */
  firstCount: number | null;
  /** Change in percentage points since the first period; null when there is none to state. */
  points: number | null;
}

/** The average age with its change since the first period (null when none). */
export interface AverageFigure {
  value: number;
  change: number | null;
}

/** What the paragraph writer reads, whether from a summary or from the last period of a comparison. */
export interface ParagraphView {
  population: number;
  /** Change in headcount since the first period; null for a summary. */
  populationChange: number | null;
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
    population: section.population,
    populationChange: null,
    categories(dimension) {
      const table = section.dimensions[dimension];
      if (!table || table.missing) return null;
      return table.categories.map((c) => ({ ...c, firstCount: null, points: null }));
    },
    indicator(id) {
      const i = section.indicators[id];
      if (!isCountIndicator(i) || !present(id)) return null;
      return { key: id, label: i.label, count: i.count, percent: i.percent, firstCount: null, points: null };
    },
    average(id) {
      const i = section.indicators[id];
      if (!i || isCountIndicator(i) || i.value === null) return null;
      return { value: i.value, change: null };
    },
  };
}

/** The view of the last period of one compared section, with changes since the first period. */
export function comparedView(section: ComparedSection, lastLabel: string): ParagraphView {
  const last = section.population.values.length - 1;
  return {
    population: section.population.values[last],
    populationChange: section.population.change,
    categories(dimension) {
      const table = section.dimensions[dimension];
      if (!table || table.missing?.includes(lastLabel)) return null;
      return table.categories.map((c) => ({
        key: c.key,
        label: c.label,
        count: c.values[last].count ?? 0,
        percent: c.values[last].percent ?? 0,
        firstCount: c.values[0].count,
        points: c.change.points,
      }));
    },
    indicator(id) {
      const i = section.indicators[id];
      if (!i || 'value' in i.change) return null;
      const [first, now] = [i.values[0], i.values[last]];
      if (!('count' in now) || now.count === null || now.percent === null) return null;
      return { key: id, label: i.label, count: now.count, percent: now.percent, firstCount: 'count' in first ? first.count : null, points: i.change.points };
    },
    average(id) {
      const i = section.indicators[id];
      if (!i || !('value' in i.change)) return null;
      const now = i.values[last];
      if (!('value' in now) || now.value === null) return null;
      return { value: now.value, change: i.change.value };
    },
  };
}
