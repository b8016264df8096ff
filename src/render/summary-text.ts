import type { Lang } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import { ui } from '../vocab/ui.js';
import { asOfDatesText, dmy, sourceDates } from './as-of-dates.js';
import { categoryLabel } from '../normalize/classify.js';
import { paddedBar } from './bar.js';
import { byName } from './by-name.js';
import { formatCount, formatDecimal, formatPercent } from './format-number.js';
import { numCells, type Grid } from './grid.js';
import { dimensionsOf, isCount, sectionsOf, type Section } from './summary-rows.js';
import { filtersText } from './filter-text.js';

export type { Grid } from './grid.js';

/** The heading line of a section: "Toàn bộ: 112 người" or "Theo đơn vị: Phường 1: 20 người". */
export function sectionHeading(section: Section, by: string | undefined, lang: Lang): string {
  const people = `${formatCount(section.population, lang)} ${ui('people', lang, { n: section.population })}`;
  if (section.label === null) return `${ui('total', lang)}: ${people}`;
  return `${ui('byTitle', lang, { by: byName(by, lang), label: section.label })}: ${people}`;
}

/** The grids of one section: a table per dimension (with a bar column when `bars`), then the indicator block. */
export function sectionGrids(section: Section, lang: Lang, decimals: number, bars = false): Grid[] {
  const n = numCells(lang, decimals);
  const grids: Grid[] = [];
  for (const [dim, table] of dimensionsOf(section)) {
    grids.push({
      title: table.label,
      dimension: dim,
      head: [ui('category', lang), ui('count', lang), ui('percent', lang), ...(bars ? [''] : [])],
      // A dimension no column fed is said in words, never drawn as a table of zeros.
      rows: table.missing ? [] : table.categories.map((c) => [c.label, n.count(c.count), n.percent(c.percent), ...(bars ? [paddedBar(c.percent)] : [])]),
      align: ['l', 'r', 'r', ...(bars ? (['l'] as const) : [])],
      ...(table.missing ? { note: ui('missing', lang) } : {}),
    });
  }
  // --preset dai-hoi: a column saying, for the indicators a rule sets a share for, whether it is met.
  const targets = Object.values(section.indicators).some((i) => isCount(i) && i.target);
  const targetCell = (i: (typeof section.indicators)[string]): string[] => {
    if (!targets) return [];
    if (!isCount(i) || !i.target) return [''];
    return [ui(i.target.met ? 'targetMet' : 'targetNotMet', lang, { p: formatPercent(i.target.percent, 0, lang) })];
  };
  grids.push({
    title: ui('indicators', lang),
    head: [ui('indicator', lang), ui('count', lang), ui('base', lang), ui('percent', lang), ...(targets ? [ui('target', lang)] : [])],
    rows: Object.values(section.indicators).map((i) =>
      isCount(i)
        ? [i.label, n.count(i.count), n.count(i.base), n.percent(i.percent), ...targetCell(i)]
        : [
            i.label,
            { ...n.years(i.value), text: i.value === null ? '—' : `${formatDecimal(i.value, 1, lang)} ${ui('years', lang)}` },
            n.count(i.base),
            '',
            ...targetCell(i),
          ],
    ),
    align: ['l', 'r', 'r', 'r', ...(targets ? (['l'] as const) : [])],
  });
  return grids;
}

/** Everything a summary prints, section by section, as grids with headings (`bars`: terminal tables only). */
export function summaryGrids(
  report: SummaryReport,
  by: string | undefined,
  lang: Lang,
  decimals: number,
  bars = false,
): Array<{ heading: string; grids: Grid[] }> {
  return sectionsOf(report).map((s) => ({ heading: sectionHeading(s, by, lang), grids: sectionGrids(s, lang, decimals, bars) }));
}

/**
 * The reference date as the heading says it: "Tính đến ngày: 31/12/2024", or, for rosters of different
 * dates, "Tính đến ngày của từng danh sách: 31/12/2020 (2020.xlsx); 31/12/2025 (2025.xlsx)".
 */
export function asOfHeading(report: SummaryReport, lang: Lang): string {
  const each = sourceDates(report.sources);
  if (each) return `${ui('asOfEach', lang)}: ${asOfDatesText(each, lang)}`;
  const [y, m, d] = report.asOf.split('-');
  return `${ui('asOf', lang)}: ${d}/${m}/${y}`;
}

/** The lines above the tables: title, reference date, the congress date (with the preset), filters. */
export function summaryPreamble(report: SummaryReport, lang: Lang): string[] {
  const lines = [ui('summaryTitle', lang), asOfHeading(report, lang)];
  const congress = congressFact(report, lang);
  if (congress) lines.push(congress.join(': '));
  if (report.filters.length) lines.push(`${ui('filters', lang)}: ${filtersText(report.filters, lang)}`);
  return lines;
}

/**
 * With the congress preset, "trẻ" and age eligibility are told at the congress, not at the reference date
 * above: its date (`--congress-date`, or an earlier term's roster at its own), else the month Chỉ thị 45-CT/TW
 * sets for each level the roster holds ("cấp tỉnh 9/2025"). It was printed nowhere: "Trẻ dưới 40 tuổi: 0"
 * under "Tính đến ngày: 31/12/2025" at --congress-date 2030-10-01.
 */
export function congressFact(report: SummaryReport, lang: Lang): [label: string, value: string] | undefined {
  const c = report.congress;
  if (!c) return undefined;
  if (c.referenceDate) return [ui('congressAtDate', lang), dmy(c.referenceDate)];
  const held = (report.dimensions.level?.categories ?? []).filter((x) => x.key !== 'unknown' && x.count > 0).map((x) => x.key);
  const levels = (held.length ? held : Object.keys(c.referenceMonths)).filter((l) => c.referenceMonths[l]);
  if (!levels.length) return undefined;
  const month = (ym: string): string => `${Number(ym.slice(5, 7))}/${ym.slice(0, 4)}`;
  const each = levels.map((l) => `${categoryLabel('level', l, lang).replace(/^Cấp /, 'cấp ')} ${month(c.referenceMonths[l]!)}`);
  return [ui('congressAtMonths', lang), each.join(', ')];
}
