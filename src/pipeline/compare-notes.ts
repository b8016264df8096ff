import type { ComparisonReport, ComparisonWarning } from '../report/comparison-report.js';
import { dmy } from '../render/as-of-dates.js';
import { formatCount } from '../render/format-number.js';
import { earlierTermBefore } from '../stats/congress.js';
import { ui } from '../vocab/ui.js';
import { namedLabel, periodDate } from './compare-files.js';
import { periodName } from '../render/paragraph.js';
import { nobodyWhy } from './nobody-why.js';
import type { SummarizeResult, SummarizeSettings } from './summarize-files.js';

/**
 * What a comparison says of its periods after reading them, the CLI on stderr and both in the JSON's
 * `warnings`: an earlier term told at its own date under the congress preset, a roster aged at `--as-of`
 * rather than its own date, values not recognised (the page's notes leave them to a table of their own),
 * and a period with no one in it.
 */
export function comparisonWarnings(
  report: ComparisonReport,
  results: readonly SummarizeResult[],
  s: Pick<SummarizeSettings, 'lang' | 'asOf' | 'congress'>,
): ComparisonWarning[] {
  const lang = s.lang;
  const out: ComparisonWarning[] = [];
  // An earlier term's period under --preset dai-hoi: its young and eligibility are at its own date (compareFiles).
  const before = s.congress ? earlierTermBefore(s.congress) : undefined;
  for (const p of report.periods)
    if (before !== undefined && Number(p.asOf.slice(0, 4)) < before)
      out.push({ code: 'congress_own_date', message: ui('congressOwnDate', lang, { label: p.label, date: dmy(p.asOf), year: before + 1 }) });
  // --as-of holds for every period: a period whose roster is of another year is aged (and its levels told)
  // at that date, not its own; said, since it is seldom what a comparison of terms wants.
  const asOf = s.asOf;
  if (asOf)
    report.periods.forEach((p, i) => {
      const named = periodDate(results[i], p.files);
      if (named !== undefined && named.year !== asOf.year) {
        const of = periodName(namedLabel(named), lang);
        out.push({ code: 'period_at_as_of', message: ui('periodAtAsOf', lang, { label: p.label, date: dmy(p.asOf), of }) });
      }
    });
  // Without --as-of, a period whose roster names no date is aged today: an earlier term's people would be
  // older than they were, and the change of ages between periods turned round.
  if (!asOf)
    report.periods.forEach((p, i) => {
      if (results[i].load.asOfSource === 'today')
        out.push({ code: 'period_at_today', message: ui('periodAtToday', lang, { label: p.label, date: dmy(p.asOf) }) });
    });
  // Ids that are no numbering of the same people in both rosters: the movements are by name + birth (matchPeriods).
  for (const m of [report.movements].flat())
    if (m.idsDisagree)
      out.push({
        code: 'ids_disagree',
        message: ui('idsDisagree', lang, {
          from: m.from,
          to: m.to,
          byId: formatCount(m.idsDisagree.byId, lang),
          same: formatCount(m.idsDisagree.sameNameBirth, lang),
          byName: formatCount(m.idsDisagree.byNameBirth, lang),
        }),
      });
  // Values no category knows are counted as "không rõ" in each period: said per period, as summarize says them.
  report.periods.forEach((p, i) => {
    const n = results[i].problemCount;
    if (n > 0)
      out.push({ code: 'period_problems', message: ui('periodProblems', lang, { label: p.label, n: formatCount(n, lang), files: p.files.join(' ') }) });
  });
  report.periods.forEach((p, i) => {
    if (p.population > 0) return;
    const why = nobodyWhy(results[i], lang) ?? ui('nobodyInRosters', lang, { files: p.files.join(', ') });
    out.push({ code: 'period_empty', message: ui('nobodyInPeriod', lang, { label: p.label, why }) });
  });
  return out;
}
