import { CadreError } from '../model/cadre-error.js';
import type { Config } from '../model/config.js';
import type { FieldKey } from '../model/fields.js';
import type { Official } from '../model/official.js';
import { isoDay, type DayDate, type Lang } from '../model/options.js';
import type { Problem } from '../model/problem.js';
import { ageAt } from '../normalize/birth-date.js';
import { createClassifier } from '../normalize/classifier.js';
import { foldText } from '../normalize/fold-text.js';
import { maskId } from '../normalize/person-id.js';
import { summaryReport } from '../report/summary-report.js';
import type { ReportWarning, SummaryReport } from '../report/types.js';
import { dmy } from '../render/as-of-dates.js';
import { GroupedTally, Tally } from '../stats/accumulate.js';
import { bandOf, type AgeBands } from '../stats/age-bands.js';
import { matches, type Condition } from '../stats/where.js';
import { ui } from '../vocab/ui.js';
import { validFields } from '../stats/field-names.js';
import { congressFacts, rulesAt, type CongressRules } from '../stats/congress.js';
import { congressInfo } from '../report/congress-info.js';
import { groupBy } from './group-key.js';
import { RosterReader } from './load-roster.js';
import { cellAddress } from '../io/sheet-rows.js';
import { problemsOf, type LoadResult, type OpenRoster, type ReadProgress } from './roster-events.js';
import { MergesMatter, withMergesFirstOnRetry } from './merges-retry.js';
import { missingDimensions } from './missing-dimensions.js';
import { asOfDiffersLine, formCodeProblems, loadWarnings } from './load-notes.js';
import { formatCount } from '../render/format-number.js';
import { IdsSeen } from './ids-seen.js';

/** Problems kept in detail; beyond this only the count grows (a broken million-row file stays small). */
export const PROBLEM_DETAIL_LIMIT = 1000;
const NO_PROBLEMS: readonly Problem[] = [];

export interface SummarizeSettings {
  /** How each roster named on the command line is opened. */
  open: OpenRoster;
  sheet: string;
  config: Config;
  lang: Lang;
  decimals: number;
  rounding: 'largest-remainder' | 'half-up';
  bands: AgeBands;
  youngUnder: number;
  where: Condition[];
  whereSources: string[];
  by?: string;
  locality?: string;
  asOf?: DayDate;
  today: DayDate;
  /** Told as rows are read (a progress line on a terminal). */
  onProgress?: (p: ReadProgress) => void;
  /** Files found in a folder: one holding no roster is skipped and said (see LoadOptions.optionalFiles). */
  optionalFiles?: ReadonlySet<string>;
  /**
   * Sees every counted person (after `--where`), e.g. to match people across periods; only during the call:
   * the official may be reused for the next person (the counting lane), so keep what it tells, not it.
   */
  onPerson?: (o: Official) => void;
  /** The rosters are read again from the start (see withMergesFirstOnRetry): forget the people seen so far. */
  onRestart?: () => void;
  /** Optional indicators to compute as well (a form's columns ask for them). */
  extraIndicators?: readonly string[];
  /** A form's scope: people who pass `--where` but not this are left out and counted in `outside`. */
  scope?: (o: Official, asOf: DayDate) => boolean;
  /** `--units-as-of` (compare: 'latest' = the latest period's date, resolved by compareFiles). */
  units?: { asOf: DayDate | 'own' | 'latest'; province?: string };
  /** `--preset dai-hoi` (or `--congress-date`): congress composition and age eligibility. */
  congress?: CongressRules;
  /** `SHEET!field` maps checked over several calls (compare's periods): see LoadOptions.mapSheets. */
  mapSheets?: { seen: Array<{ file: string; sheets: string[] }>; last: boolean };
}

export interface SummarizeResult {
  report: SummaryReport;
  load: LoadResult;
  problemCount: number;
  yearOnlyAges: number;
  /** People the rosters held before `--where`, and how many each condition alone keeps (to say which removed everyone). */
  read: number;
  /** Each --where alone, then a form's scope (`scope`), with the people each keeps. */
  filterKept: Array<{ filter: string; kept: number; scope?: boolean }>;
  /** With `scope`: the people it left out. */
  outside?: Tally;
}

/** Reads rosters as one population and summarizes it: the whole of `summarize` short of rendering. */
export async function summarizeFiles(files: readonly string[], s: SummarizeSettings): Promise<SummarizeResult> {
  const seen = s.mapSheets?.seen.length ?? 0;
  return withMergesFirstOnRetry(
    (mergesFirst) => summarizeOnce(files, s, mergesFirst),
    () => {
      s.mapSheets?.seen.splice(seen);
      s.onRestart?.();
    },
  );
}

async function summarizeOnce(files: readonly string[], s: SummarizeSettings, mergesFirst: boolean): Promise<SummarizeResult> {
  const tally = new GroupedTally();
  const outside = s.scope ? new Tally() : undefined;
  const problems: Problem[] = [];
  let problemCount = 0;
  const grouping = s.by ? groupBy(s.by, s.lang, ui('blankGroup', s.lang)) : undefined;
  // Person ids seen in this period (only rosters with an id column fill it): a second person with the
  // same id is reported, masked, never shown whole.
  const ids = new IdsSeen();
  // --by unit with --units-as-of: the names as read that each unit in force gathers.
  const mergedFrom = new Map<string, Set<string>>();
  const idMessage = createClassifier(s.lang).message('id_duplicate');
  // The id column of the table being read (a duplicate id's problem names its cell).
  let idColumn: number | undefined;
  const mapped = new Set<FieldKey>();
  let read = 0;
  let scopeKept = 0;
  /** The reference date of each person counted who was born after it. */
  const bornAfter: DayDate[] = [];
  const kept = s.where.map(() => 0);
  // The congress rules of a roster's date (compare: an earlier term's roster at its own date), made once per date.
  let rulesFor: { asOf: DayDate; rules: CongressRules } | undefined;
  const congressAt = (rules: CongressRules, asOf: DayDate): CongressRules =>
    rulesFor?.asOf === asOf ? rulesFor.rules : (rulesFor = { asOf, rules: rulesAt(rules, asOf) }).rules;
  /** Counts one person who passed --where and the scope (with the counting lane's slots: see Tally.addSlots). */
  const count = (o: Official, asOf: DayDate, slots?: Uint8Array): void => {
    scopeKept++;
    let age = o.birth ? ageAt(o.birth, asOf) : undefined;
    // Born after the reference date (an --as-of before the roster's time, a birth year typed wrong): no age,
    // said; it was a negative age (-0.4 years on average at --as-of 1980).
    if (age !== undefined && age < 0) {
      age = undefined;
      bornAfter.push(asOf);
    }
    const band = age === undefined ? 'unknown' : bandOf(s.bands, age);
    // The lane comes only when nothing groups or reads more of a person (countOnly below).
    if (slots) return tally.total.addSlots(o, slots, age, band, s.youngUnder);
    const group = grouping?.pick(o, band);
    tally.add(o, group, age, band, s.youngUnder, s.congress ? congressFacts(o, congressAt(s.congress, asOf)) : undefined);
    if (group && o.unitRead !== undefined && grouping?.byUnit) {
      const from = mergedFrom.get(group.key) ?? new Set<string>();
      from.add(o.unitRead);
      mergedFrom.set(group.key, from);
    }
  };
  /** Takes one person read, in row order, with the problems their row had: --where → scope → tally. */
  const take = (o: Official, asOf: DayDate, rowProblems: readonly Problem[], slots?: Uint8Array): void => {
    // A heading above the rows ("II. Hợp đồng Nghị định 68") feeds category and employment without a column.
    if (o.employment !== 'unknown') mapped.add('employment');
    if (o.category !== 'unknown') mapped.add('category');
    read++;
    if (s.where.length) {
      let all = true;
      for (let w = 0; w < s.where.length; w++) {
        if (matches(s.where[w], o)) kept[w]++;
        else all = false;
      }
      if (!all) return;
    }
    if (outside && !s.scope!(o, asOf)) {
      outside.add(o, undefined, 'unknown', s.youngUnder);
      return;
    }
    count(o, asOf, slots);
    s.onPerson?.(o);
    problemCount += rowProblems.length;
    for (const p of rowProblems) if (problems.length < PROBLEM_DETAIL_LIMIT) problems.push(p);
    if (o.id) {
      const first = ids.firstSeen(o, o.id);
      if (first !== undefined) {
        problemCount++;
        if (problems.length < PROBLEM_DETAIL_LIMIT)
          problems.push({
            file: o.file,
            sheet: o.sheet,
            cell: idColumn === undefined ? String(o.row) : cellAddress(o.row, idColumn),
            field: 'id',
            value: maskId(o.id),
            message: idMessage.replace('{row}', first),
          });
      }
    }
  };
  // Who is only counted (no condition, group, scope or congress reads more of them; a listener reads the
  // name too) may come through the counting lane, read into one reused official (see LoadOptions.count).
  const countOnly = !s.where.length && !s.scope && !grouping && !s.congress;
  const roster = new RosterReader(files, {
    open: s.open,
    sheet: s.sheet,
    config: s.config,
    lang: s.lang,
    classifier: createClassifier(s.lang, s.config.synonyms),
    locality: s.locality ?? s.config.locality,
    asOf: s.asOf,
    today: s.today,
    onProgress: s.onProgress,
    optionalFiles: s.optionalFiles,
    units: s.units && s.units.asOf !== 'latest' ? { asOf: s.units.asOf, province: s.units.province } : undefined,
    keepColumns: s.where.some((c) => c.kind === 'column') || (grouping?.byColumn ?? false),
    mapSheets: s.mapSheets,
    mergesFirst,
    ...(countOnly ? { count: (o: Official, asOf: DayDate, slots: Uint8Array) => take(o, asOf, NO_PROBLEMS, slots), countNames: s.onPerson !== undefined } : {}),
  });
  // A column named by --where or --by must be in every roster sheet: else its people would silently
  // fail the condition, or form a "(không rõ)" group. Checked at the header, before anyone is counted.
  const named = [
    ...s.where.flatMap((c) => (c.kind === 'column' ? [{ title: c.title, option: `--where "${c.source}"` }] : [])),
    ...(grouping?.byColumn ? [{ title: foldText(s.by!), option: `--by "${s.by}"` }] : []),
  ];
  // The one loop: each table's header, then its people batch by batch → --where → scope → tally.
  for await (const event of roster) {
    if (event.kind === 'layout') {
      const { layout, file } = event;
      const titles = layout.columns.map((c) => foldText(c.title));
      for (const c of layout.columns) if (c.field) mapped.add(c.field);
      idColumn = layout.columns.find((c) => c.field === 'id')?.col;
      for (const n of named) {
        if (!titles.some((t) => t === n.title || t.endsWith(` ${n.title}`))) {
          // A header read without its merges may lack a title its merges give: read again with them first.
          if (event.withoutMerges) throw new MergesMatter(file, layout.sheet);
          throw new CadreError(
            'BAD_USAGE',
            `${n.option}: no field named that, and no column titled that in ${file} › ${layout.sheet}`,
            `valid: ${validFields()}, or a column title of the roster; this sheet's columns: ${layout.columns.map((c) => c.title).join(', ')}`,
          );
        }
      }
      continue;
    }
    const { people, asOf } = event;
    for (let i = 0; i < people.length; i++) take(people[i], asOf, problemsOf(event, i));
  }
  const load = roster.result();
  // A roster table with nobody in it still has its columns: a table without them is no missing column.
  for (const sh of load.sheets) for (const c of sh.layout?.columns ?? []) if (c.field) mapped.add(c.field);
  // A column of form codes with no legend is one problem, not one per cell.
  for (const p of formCodeProblems(load, s.lang)) {
    problemCount++;
    if (problems.length < PROBLEM_DETAIL_LIMIT) problems.push(p);
  }
  // What stderr says of the reading, in `warnings`. Without --as-of each roster's people are aged at its own
  // date: when those differ, each source names its date too.
  const differ = asOfDiffersLine(load, s.lang);
  const warnings = [...loadWarnings(load, s.lang, tally.total.yearOnlyAges), ...bornAfterWarning(bornAfter, s)];
  const made = summaryReport({
    tally,
    settings: {
      lang: s.lang,
      decimals: s.decimals,
      rounding: s.rounding,
      youngUnder: s.youngUnder,
      bandKeys: s.bands.keys,
      by: s.by,
      extraIndicators: s.extraIndicators,
      ...(s.congress ? { congress: { policy: s.congress.policy } } : {}),
    },
    asOf: load.asOf,
    ...(differ ? { dates: load.dates } : {}),
    warnings,
    filters: s.whereSources,
    sheets: load.sheets,
    problems,
    missing: missingDimensions(mapped, Boolean(s.locality ?? s.config.locality)),
    groupOrder: grouping?.order,
  });
  const report = withLocalityWarning(made, s.locality ?? s.config.locality, s.lang);
  // Each --where alone, then the form's scope (the last of whereSources) among those --where kept.
  const filterKept: SummarizeResult['filterKept'] = s.where.map((_, i) => ({ filter: s.whereSources[i], kept: kept[i] }));
  if (s.scope) filterKept.push({ filter: s.whereSources[s.where.length], kept: scopeKept, scope: true });
  const people = { read, filterKept };
  if (mergedFrom.size) for (const g of report.groups ?? []) g.mergedFrom = [...(mergedFrom.get(g.key) ?? [])];
  if (s.congress) {
    // JSON key order: congress before problems.
    const { problems: listed, ...rest } = report;
    return {
      // The rules the figures were told with: a roster of an earlier term at its own date (one date for all).
      report: { ...rest, congress: congressInfo(differ ? s.congress : rulesAt(s.congress, load.asOf), tally.total.congress.undetermined), problems: listed },
      load,
      problemCount,
      yearOnlyAges: tally.total.yearOnlyAges,
      ...people,
      ...(outside ? { outside } : {}),
    };
  }
  return { report, load, problemCount, yearOnlyAges: tally.total.yearOnlyAges, ...people, ...(outside ? { outside } : {}) };
}

/**
 * A locality no home town names (a typo, a name without its diacritics: "ha tinh") makes everyone with a
 * home town non-local: said in `warnings` (after the others, after `asOf`) and on stderr.
 */
function withLocalityWarning(report: SummaryReport, locality: string | undefined, lang: Lang): SummaryReport {
  const origin = report.dimensions.origin?.categories;
  const countOf = (key: string): number => origin?.find((c) => c.key === key)?.count ?? 0;
  if (!locality || !origin || countOf('local') > 0 || countOf('non_local') === 0) return report;
  const { schema, asOf, warnings, ...rest } = report;
  const message = ui('localityNoMatch', lang, { locality, n: formatCount(countOf('non_local'), lang) });
  return { schema, asOf, warnings: [...(warnings ?? []), { code: 'locality_no_match', message }], ...rest };
}

/** People born after their reference date, said once (the dates, when rosters differ, each named). */
function bornAfterWarning(bornAfter: readonly DayDate[], s: Pick<SummarizeSettings, 'lang' | 'asOf'>): ReportWarning[] {
  if (bornAfter.length === 0) return [];
  const dates = [...new Set(bornAfter.map((d) => dmy(isoDay(d))))].join(', ');
  const hint = s.asOf ? ui('bornAfterAsOfHint', s.lang) : '';
  return [{ code: 'born_after_as_of', message: ui('bornAfterAsOf', s.lang, { n: formatCount(bornAfter.length, s.lang), date: dates, hint }) }];
}

/** The warnings that come of counting, not of reading (stderr says those with the load notes). */
export function countingWarnings(report: { warnings?: ReportWarning[] }): ReportWarning[] {
  return (report.warnings ?? []).filter((w) => w.code === 'locality_no_match' || w.code === 'born_after_as_of');
}
