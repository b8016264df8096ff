import { CadreError } from '../model/cadre-error.js';
import { compareSections, type ComparisonReport, type PairMovements, type Period } from '../report/comparison-report.js';
import { matchPeriods, type MovementChange } from '../stats/movements.js';
import { PeriodPeople } from '../stats/period-people.js';
import { PersonNames } from '../stats/person-names.js';
import { earlierTermBefore } from '../stats/congress.js';
import { baseName } from '../model/file-name.js';
import { isoDay, type Lang } from '../model/options.js';
import { dmy } from '../render/as-of-dates.js';
import type { ReportWarning } from '../report/types.js';
import { loadWarnings } from './load-notes.js';
import { fileNameDateOf, type NamedDate } from '../ingest/title-year.js';
import { countingWarnings, summarizeFiles, type SummarizeResult, type SummarizeSettings } from './summarize-files.js';

/** One period of a comparison: its roster files (usually one) and, if given, its label. */
export interface PeriodInput {
  files: string[];
  label?: string;
}

/** A period named by the date its roster says: its year ("2025"), or a term's years ("2015–2020"). */
export function namedLabel(named: NamedDate): string {
  return named.termEnd ? `${named.year}–${named.termEnd}` : String(named.year);
}

function defaultLabel(result: SummarizeResult, files: readonly string[]): string {
  // With --as-of the period is still the date its roster says (ages are at the option's date, said apart).
  const named = periodDate(result, files);
  return named ? namedLabel(named) : baseName(files[0]).replace(/\.[^.]+$/, '');
}

/**
 * Periods labelled alike ("2025" twice) whose rosters name days, and not labelled by the user (`given`):
 * labelled by their days ("30/06/2025").
 */
function dayLabels(labels: string[], named: ReadonlyArray<NamedDate | undefined>, given: ReadonlyArray<string | undefined>): string[] {
  return labels.map((l, i) => {
    const d = named[i];
    const twin = labels.some((o, k) => k !== i && o === l);
    return twin && given[i] === undefined && d?.month && d.day ? dmy(isoDay({ year: d.year, month: d.month, day: d.day })) : l;
  });
}

/** When a period's roster says it is, for putting periods in time order: its day, else the end of its year. */
function periodDay(result: SummarizeResult, files: readonly string[]): number | undefined {
  const d = periodDate(result, files);
  return d ? d.year * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31) : undefined;
}

/** The date a period's roster says it is of: its first roster sheet's title, else its first file's name. */
export function periodDate(result: SummarizeResult, files: readonly string[]): NamedDate | undefined {
  return result.load.sheets.find((sh) => sh.layout)?.titleDate ?? fileNameDateOf(baseName(files[0]));
}

/** Periods given out of time order: the order of their known days (stable), else undefined. */
function timeOrder(days: ReadonlyArray<number | undefined>): number[] | undefined {
  if (days.some((d) => d === undefined)) return undefined;
  const order = days.map((_, i) => i).sort((a, b) => days[a]! - days[b]! || a - b);
  return order.some((k, i) => k !== i) ? order : undefined;
}

/** How `compare` put the periods in time order: labels in the order given and in the order used. */
export interface Reordered {
  given: string[];
  order: string[];
}

/**
 * Summarizes each period with the same options (ages at each roster's own year unless `--as-of`),
 * puts them side by side and matches people between consecutive periods.
 */
export async function compareFiles(
  periods: readonly PeriodInput[],
  s: SummarizeSettings,
): Promise<{ report: ComparisonReport; results: SummarizeResult[]; reordered?: Reordered }> {
  if (periods.length < 2)
    throw new CadreError('BAD_USAGE', 'compare needs at least two rosters (oldest first)', 'e.g. cadre-stats compare 2020.xlsx 2025.xlsx');
  const results: SummarizeResult[] = new Array(periods.length);
  // One numbering of names for the whole comparison, dropped with it.
  const names = new PersonNames();
  const people: PeriodPeople[] = periods.map(() => new PeriodPeople(names));
  const last = periods.length - 1;
  let units = s.units;
  // The congress months of Chỉ thị 45-CT/TW are for the 2025 congresses: an earlier period's young and
  // eligibility are told at its own date (--congress-date, given, holds for every period).
  const before = s.congress ? earlierTermBefore(s.congress) : undefined;
  if (s.congress && before !== undefined) s = { ...s, congress: { ...s.congress, ownDateBefore: before } };
  let order = periods.map((_, i) => i);
  if (units?.asOf === 'latest') {
    // Units in force at the latest roster's date: read it first (its own date decides), then the others.
    order = [last, ...order.slice(0, last)];
  }
  // A `SHEET!field` map must name a sheet of some period's roster: checked when the last one is opened.
  const seen: Array<{ file: string; sheets: string[] }> = [];
  for (const [k, i] of order.entries()) {
    const own = units?.asOf === 'latest' ? { ...units, asOf: 'own' as const } : units;
    const mapSheets = { seen, last: k === order.length - 1 };
    results[i] = await summarizeFiles(periods[i].files, {
      ...s,
      units: own,
      mapSheets,
      onPerson: (o) => people[i].add(o),
      onRestart: () => (people[i] = new PeriodPeople(names)),
    });
    names.endOfWorkbooks();
    if (units?.asOf === 'latest') {
      const load = results[i].load;
      units = load.asOfSource === 'today' ? undefined : { ...units, asOf: load.asOf };
    }
  }
  // Periods whose years are all known are compared in time order unless labels fix the order: "compare
  // 2025.xlsx 2020.xlsx" would otherwise swap who joined and who left.
  const days = periods.map((p, i) => periodDay(results[i], p.files));
  const sorted = periods.some((p) => p.label !== undefined) ? undefined : timeOrder(days);
  if (sorted) {
    const given = dayLabels(
      periods.map((p, i) => defaultLabel(results[i], p.files)),
      periods.map((p, i) => periodDate(results[i], p.files)),
      periods.map(() => undefined),
    );
    const reordered = { given, order: sorted.map((k) => given[k]) };
    if (s.units?.asOf === 'latest' && sorted[last] !== last) {
      // The units in force were taken from the roster given last, which is not the latest: read again.
      const again = await compareFiles(
        sorted.map((k) => periods[k]),
        s,
      );
      return { ...again, reordered };
    }
    const permute = <T>(xs: T[]): T[] => sorted.map((k) => xs[k]);
    return { ...finish(permute([...periods]), permute(results), permute(people), s), reordered };
  }
  return finish(periods, results, people, s);
}

function finish(
  periods: readonly PeriodInput[],
  results: SummarizeResult[],
  people: PeriodPeople[],
  s: SummarizeSettings,
): { report: ComparisonReport; results: SummarizeResult[] } {
  const labels = dayLabels(
    periods.map((p, i) => p.label ?? defaultLabel(results[i], p.files)),
    periods.map((p, i) => periodDate(results[i], p.files)),
    periods.map((p) => p.label),
  );
  const seen = new Set<string>();
  labels.forEach((l, i) => {
    if (seen.has(l)) labels[i] = `${l} (${i + 1})`;
    seen.add(labels[i]);
  });
  const periodInfo: Period[] = results.map((r, i) => ({
    label: labels[i],
    files: [...periods[i].files],
    asOf: r.report.asOf,
    asOfSource: r.load.asOfSource,
    population: r.report.population,
    ...periodWarnings(r, s.lang),
  }));
  const movements: PairMovements[] = [];
  // A field one period has no column for is no change: Party membership reads a blank as "not a member", so
  // a roster without the Đảng viên column gave "Không phải đảng viên → Đảng viên" for every member who stayed.
  const noColumn = (i: number, field: MovementChange['field']): boolean => results[i].report.dimensions[field]?.missing === true;
  for (let i = 1; i < people.length; i++) {
    const m = matchPeriods(people[i - 1], people[i]);
    movements.push({ from: labels[i - 1], to: labels[i], ...m, changes: m.changes.filter((c) => !noColumn(i - 1, c.field) && !noColumn(i, c.field)) });
  }
  const total = compareSections(
    results.map((r) => r.report),
    labels,
    s.decimals,
  );
  const report: ComparisonReport = {
    schema: 'cadre-stats/comparison@1',
    periods: periodInfo,
    filters: s.whereSources,
    ...total,
    movements: movements.length === 1 ? movements[0] : movements,
  };
  if (s.by) {
    const keys: Array<{ key: string; label: string }> = [];
    for (const r of results) for (const g of r.report.groups ?? []) if (!keys.some((k) => k.key === g.key)) keys.push({ key: g.key, label: g.label });
    const groups = keys.map((k) => {
      const found = results.map((r) => r.report.groups?.find((g) => g.key === k.key));
      const merged = [...new Set(found.flatMap((g) => g?.mergedFrom ?? []))];
      return { ...k, ...(merged.length ? { mergedFrom: merged } : {}), ...compareSections(found, labels, s.decimals) };
    });
    const { movements: mv, ...rest } = report;
    return { report: { ...rest, groups, movements: mv }, results };
  }
  return { report, results };
}

/** A period's reading said as summarize's `warnings` say it, within a comparison (its hints name no `compare`). */
function periodWarnings(r: SummarizeResult, lang: Lang): { warnings?: ReportWarning[] } {
  const warnings = loadWarnings(r.load, lang, r.yearOnlyAges, 'period');
  const counting = countingWarnings(r.report);
  return warnings.length + counting.length ? { warnings: [...warnings, ...counting] } : {};
}
