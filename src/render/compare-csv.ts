import type { Change, ComparedSection, ComparisonReport } from '../report/comparison-report.js';
import { ui } from '../vocab/ui.js';
import { csvDocument, groupHeader } from './csv.js';
import type { RenderContext } from './render-context.js';

type Cell = string | number | null;
type Years = { value: number | null };

/** The changes a CSV carries: last vs first, then with three or more periods each period vs the one before. */
function csvChanges(n: number): Array<{ from: number; to: number }> {
  const all = [{ from: 0, to: n - 1 }];
  if (n >= 3) for (let i = 1; i < n; i++) all.push({ from: i - 1, to: i });
  return all;
}

function changeOf<C>(row: { change: C; steps?: Array<C | null> }, c: { from: number; to: number }, n: number): C | null {
  return c.from === 0 && c.to === n - 1 ? row.change : (row.steps?.[c.to] ?? null);
}

// count, points, index, years: a share's change fills the first three, the average age's the last.
function changeCells(c: Change | Years | null): Cell[] {
  if (c === null) return [null, null, null, null];
  return 'value' in c ? [null, null, null, c.value] : [c.count, c.points, c.index, null];
}

function sectionRows(group: string, s: ComparedSection, n: number, keys: boolean, lang: RenderContext['lang']): Cell[][] {
  const rows: Cell[][] = [];
  const changes = csvChanges(n);
  for (const [dim, t] of Object.entries(s.dimensions)) {
    for (const c of t!.categories) {
      const lead = keys ? [group, dim, c.key, c.label] : [group, t!.label, c.label];
      rows.push([...lead, ...c.values.flatMap((v) => [v.count, v.percent]), ...changes.flatMap((ch) => changeCells(changeOf(c, ch, n)))]);
    }
  }
  const indicators = ui('indicators', lang);
  for (const [id, ind] of Object.entries(s.indicators)) {
    const vals = ind.values.flatMap((v) => ('count' in v ? [v.count, v.percent] : [v.value, null]));
    const label = 'value' in ind.change && !keys ? `${ind.label} (${ui('years', lang)})` : ind.label;
    const lead = keys ? [group, 'indicator', id, ind.label] : [group, indicators, label];
    rows.push([...lead, ...vals, ...changes.flatMap((ch) => changeCells(changeOf<Change | Years>(ind, ch, n)))]);
  }
  return rows;
}

/**
 * A comparison as one tidy CSV: a count/percent pair per period, then the change of the last period
 * against the first (and with three or more periods each period against the one before) in people,
 * percentage points, index and, for the average age, years. Vietnamese headers ("2025 so với 2020
 * (người)"); with `--csv-keys` the machine columns (`count_2020`, …, `change_count`, …, `step_count_2022`, …).
 */
export function renderComparisonCsv(report: ComparisonReport, ctx: RenderContext): string {
  const { lang } = ctx;
  const keys = ctx.csvKeys ?? false;
  const labels = report.periods.map((p) => p.label);
  const n = labels.length;
  const changeHead = csvChanges(n).flatMap((c, i) => {
    if (keys) {
      const prefix = i === 0 ? 'change' : 'step';
      const suffix = i === 0 ? '' : `_${labels[c.to]}`;
      return ['count', 'points', 'index', 'years'].map((u) => `${prefix}_${u}${suffix}`);
    }
    const vs = ui('changeVs', lang, { from: labels[c.from], to: labels[c.to] });
    return ['csvChangeCount', 'csvChangePoints', 'csvChangeIndex', 'csvChangeYears'].map((id) => `${vs} ${ui(id, lang)}`);
  });
  const head = keys
    ? ['group', 'dimension', 'key', 'label', ...labels.flatMap((l) => [`count_${l}`, `percent_${l}`]), ...changeHead]
    : [
        groupHeader(ctx.by, lang),
        ui('dimension', lang),
        ui('category', lang),
        ...labels.flatMap((l) => [`${l} ${ui('count', lang)}`, `${l} ${ui('percent', lang)}`]),
        ...changeHead,
      ];
  const rows = [
    head,
    ...sectionRows(ui('total', lang), report, n, keys, lang),
    ...(report.groups ?? []).flatMap((g) => sectionRows(g.label, g, n, keys, lang)),
  ];
  return csvDocument(rows, ctx.csvLocale);
}
