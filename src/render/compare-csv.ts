import type { Lang } from '../model/options.js';
import type { Change, ComparedSection, ComparisonReport } from '../report/comparison-report.js';
import { ui } from '../vocab/ui.js';
import { csvDocument, type CsvLocale } from './csv.js';

function changeCells(c: Change | { value: number | null }): Array<number | null> {
  return 'value' in c ? [null, c.value, null] : [c.count, c.points, c.index];
}

function sectionRows(group: string, s: ComparedSection): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [];
  for (const [dim, t] of Object.entries(s.dimensions)) {
    for (const c of t!.categories) rows.push([group, dim, c.key, c.label, ...c.values.flatMap((v) => [v.count, v.percent]), ...changeCells(c.change)]);
  }
  for (const [id, ind] of Object.entries(s.indicators)) {
    const vals = ind.values.flatMap((v) => ('count' in v ? [v.count, v.percent] : [v.value, null]));
    rows.push([group, 'indicator', id, ind.label, ...vals, ...changeCells(ind.change)]);
  }
  return rows;
}

/** A comparison as one tidy CSV: a count/percent pair per period, then the change columns. */
export function renderComparisonCsv(report: ComparisonReport, lang: Lang, locale: CsvLocale = 'default'): string {
  const labels = report.periods.map((p) => p.label);
  const head = [
    'group',
    'dimension',
    'key',
    'label',
    ...labels.flatMap((l) => [`count_${l}`, `percent_${l}`]),
    'change_count',
    'change_points',
    'change_index',
  ];
  const rows = [head, ...sectionRows(ui('total', lang), report), ...(report.groups ?? []).flatMap((g) => sectionRows(g.label, g))];
  return csvDocument(rows, locale);
}
