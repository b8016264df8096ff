import { DIMENSION_KEYS } from '../model/dimensions.js';
import type { Indicator, SummaryReport } from '../report/types.js';

/** One population of a summary: the total, then each `--by` group. */
export interface Section {
  key: string | null;
  label: string | null;
  population: number;
  dimensions: SummaryReport['dimensions'];
  indicators: Record<string, Indicator>;
}

/** The sections to print, total first. */
export function sectionsOf(report: SummaryReport): Section[] {
  const total: Section = { key: null, label: null, population: report.population, dimensions: report.dimensions, indicators: report.indicators };
  return [
    total,
    ...(report.groups ?? []).map((g) => ({ key: g.key, label: g.label, population: g.population, dimensions: g.dimensions, indicators: g.indicators })),
  ];
}

/** Dimension tables of a section in table order. */
export function dimensionsOf(section: Section): Array<[string, NonNullable<SummaryReport['dimensions'][keyof SummaryReport['dimensions']]>]> {
  return DIMENSION_KEYS.flatMap((d) =>
    section.dimensions[d] ? [[d, section.dimensions[d]!] as [string, NonNullable<SummaryReport['dimensions'][typeof d]>]] : [],
  );
}

/** Whether an indicator is a count share (not the average age). */
export function isCount(i: Indicator): i is Extract<Indicator, { count: number }> {
  return 'count' in i;
}
