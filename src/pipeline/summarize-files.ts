import { CadreError } from '../model/cadre-error.js';
import type { Config } from '../model/config.js';
import type { FieldKey } from '../model/fields.js';
import type { Official } from '../model/official.js';
import type { DayDate, Lang } from '../model/options.js';
import type { Problem } from '../model/problem.js';
import { ageAt } from '../normalize/birth-date.js';
import { createClassifier } from '../normalize/classifier.js';
import { foldText } from '../normalize/fold-text.js';
import { summaryReport } from '../report/summary-report.js';
import type { SummaryReport } from '../report/types.js';
import { GroupedTally } from '../stats/accumulate.js';
import { bandOf, type AgeBands } from '../stats/age-bands.js';
import { matches, type Condition } from '../stats/where.js';
import { ui } from '../vocab/ui.js';
import { groupBy } from './group-key.js';
import { loadRosters, type LoadResult, type ReadProgress } from './load-roster.js';
import { missingDimensions } from './missing-dimensions.js';

/** Problems kept in detail; beyond this only the count grows (a broken million-row file stays small). */
export const PROBLEM_DETAIL_LIMIT = 1000;

export interface SummarizeSettings {
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
  /** Sees every counted person (after `--where`), e.g. to match people across periods. */
  onPerson?: (o: Official) => void;
}

export interface SummarizeResult {
  report: SummaryReport;
  load: LoadResult;
  problemCount: number;
  yearOnlyAges: number;
}

/** Reads rosters as one population and summarizes it: the whole of `summarize` short of rendering. */
export async function summarizeFiles(files: readonly string[], s: SummarizeSettings): Promise<SummarizeResult> {
  const tally = new GroupedTally();
  const problems: Problem[] = [];
  let problemCount = 0;
  const grouping = s.by ? groupBy(s.by, s.lang, ui('blankGroup', s.lang)) : undefined;
  const seenTitles = new Set<string>();
  const mapped = new Set<FieldKey>();
  const load = await loadRosters(files, {
    sheet: s.sheet,
    config: s.config,
    lang: s.lang,
    classifier: createClassifier(s.lang, s.config.synonyms),
    locality: s.locality ?? s.config.locality,
    asOf: s.asOf,
    today: s.today,
    onProgress: s.onProgress,
    keepColumns: s.where.some((c) => c.kind === 'column') || (grouping?.byColumn ?? false),
    onLayout(layout) {
      for (const c of layout.columns) {
        seenTitles.add(foldText(c.title));
        if (c.field) mapped.add(c.field);
      }
    },
    onOfficial(o, asOf, rowProblems) {
      if (!s.where.every((c) => matches(c, o))) return;
      const age = o.birth ? ageAt(o.birth, asOf) : undefined;
      const band = age === undefined ? 'unknown' : bandOf(s.bands, age);
      tally.add(o, grouping?.pick(o, band), age, band, s.youngUnder);
      s.onPerson?.(o);
      problemCount += rowProblems.length;
      for (const p of rowProblems) if (problems.length < PROBLEM_DETAIL_LIMIT) problems.push(p);
    },
  });
  for (const c of s.where) {
    if (c.kind === 'column' && ![...seenTitles].some((t) => t === c.title || t.endsWith(` ${c.title}`))) {
      throw new CadreError(
        'BAD_USAGE',
        `--where "${c.source}": no field or column named that`,
        'valid: name, id, unit, position, hometown, sheet, file, a dimension key (gender, category, level, professional, …), or a column title of the roster',
      );
    }
  }
  const report = summaryReport({
    tally,
    settings: { lang: s.lang, decimals: s.decimals, rounding: s.rounding, youngUnder: s.youngUnder, bandKeys: s.bands.keys, by: s.by },
    asOf: load.asOf,
    filters: s.whereSources,
    sheets: load.sheets,
    problems,
    missing: missingDimensions(mapped, Boolean(s.locality ?? s.config.locality)),
    groupOrder: grouping?.order,
  });
  return { report, load, problemCount, yearOnlyAges: tally.total.yearOnlyAges };
}
