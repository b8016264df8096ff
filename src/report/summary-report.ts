import type { DimensionKey } from '../model/dimensions.js';
import { isoDay, type DayDate } from '../model/options.js';
import type { Problem } from '../model/problem.js';
import type { GroupedTally } from '../stats/accumulate.js';
import { buildDimensions, buildIndicators } from './build-tables.js';
import type { ReportSettings, ReportWarning, SourceColumn, SourceSheet, SummaryReport } from './types.js';
import type { SheetLayout, SkipReason } from '../ingest/types.js';
import type { UnitMapping } from '../normalize/unit-map.js';
import { columnLetter } from '../io/sheet-rows.js';

/** What a report needs of a sheet that was read (the pipeline's SheetRead carries more). */
export interface SheetRead {
  file: string;
  sheet: string;
  layout: SheetLayout | null;
  firstDataRow?: number;
  lastDataRow?: number;
  records: number;
  skipped: ReadonlyArray<{ row: number; reason: SkipReason }>;
  units?: UnitMapping[];
}

/** A roster file's own reference date, given to the report when the rosters' dates differ. */
export interface FileDate {
  file: string;
  asOf: DayDate;
  asOfSource: NonNullable<SourceSheet['asOfSource']>;
}

/** The roster sheets read, as the JSON `sources` list; each with its file's date when `dates` are given. */
export function sourcesOf(sheets: readonly SheetRead[], dates?: readonly FileDate[]): SourceSheet[] {
  return sheets
    .filter((s) => s.layout)
    .map((s) => ({
      file: s.file,
      sheet: s.sheet,
      ...dateOf(s.file, dates),
      headerRows: s.layout!.headerRows,
      firstDataRow: s.firstDataRow ?? null,
      lastDataRow: s.lastDataRow ?? null,
      records: s.records,
      skipped: s.skipped.filter((k) => k.reason !== 'title' && k.reason !== 'header').map((k) => ({ row: k.row, reason: k.reason })),
      columns: columnsOf(s.layout!),
      ...(s.units ? { units: s.units } : {}),
    }));
}

function dateOf(file: string, dates: readonly FileDate[] | undefined): Pick<SourceSheet, 'asOf' | 'asOfSource'> {
  const d = dates?.find((x) => x.file === file);
  return d ? { asOf: isoDay(d.asOf), asOfSource: d.asOfSource } : {};
}

/** Per field, the column chosen by evidence, its title and score, and the best column it beat. */
export function columnsOf(layout: SheetLayout): SourceColumn[] {
  return (layout.evidence?.choices ?? []).map((c) => ({
    field: c.field,
    column: columnLetter(c.col),
    title: c.title,
    score: c.score,
    ...(c.low ? { lowConfidence: true } : {}),
    ...(c.runnerUp ? { runnerUp: { column: columnLetter(c.runnerUp.col), title: c.runnerUp.title, score: c.runnerUp.score } } : {}),
    ...(c.legend ? { legend: { ...c.legend } } : {}),
  }));
}

/** Builds the summary report (numbers rounded once, here) from the tallies of one population. */
export function summaryReport(args: {
  tally: GroupedTally;
  settings: ReportSettings;
  asOf: DayDate;
  /** Each file's own date, when the rosters' dates differ (then each source names its own). */
  dates?: readonly FileDate[];
  /** What stderr says of the reading (rosters of different dates, sheets skipped, ages from a year alone, …). */
  warnings?: ReportWarning[];
  filters: readonly string[];
  sheets: readonly SheetRead[];
  problems: Problem[];
  missing: ReadonlySet<DimensionKey>;
  groupOrder?: (a: string, b: string) => number;
}): SummaryReport {
  const { tally, settings } = args;
  const report: SummaryReport = {
    schema: 'cadre-stats/summary@1',
    asOf: isoDay(args.asOf),
    ...(args.warnings?.length ? { warnings: args.warnings } : {}),
    filters: [...args.filters],
    population: tally.total.population,
    sources: sourcesOf(args.sheets, args.dates),
    dimensions: buildDimensions(tally.total, settings, args.missing),
    indicators: {},
    problems: args.problems,
  };
  report.indicators = buildIndicators(tally.total, settings, report.dimensions);
  if (settings.by) {
    const keys = [...tally.groups.keys()].sort(args.groupOrder ?? ((a, b) => a.localeCompare(b, 'vi')));
    report.groups = keys.map((key) => {
      const g = tally.groups.get(key)!;
      const dimensions = buildDimensions(g.tally, settings, args.missing);
      return { key, label: g.label, population: g.tally.population, dimensions, indicators: buildIndicators(g.tally, settings, dimensions) };
    });
    // JSON key order: groups before problems (spec example).
    const { problems, ...rest } = report;
    return { ...rest, problems } as SummaryReport;
  }
  return report;
}
