import type { Lang } from '../model/options.js';
import { categoryLabel, dimensionLabel } from '../normalize/classify.js';
import type { Change, ComparedIndicator, ComparedSection, ComparisonReport, PairMovements } from '../report/comparison-report.js';
import { ui } from '../vocab/ui.js';
import { paddedBar } from './bar.js';
import { byName } from './by-name.js';
import { formatCount } from './format-number.js';
import { numCells, type Grid, type GridCell, type HeadGroup } from './grid.js';
import { dmy } from './as-of-dates.js';
import { filtersText } from './filter-text.js';

type Fmt = { lang: Lang; decimals: number };

/** A change column group of a comparison table: period `to` against period `from` (indices), with its heading. */
export interface ChangeColumn {
  from: number;
  to: number;
  label: string;
}

/**
 * The changes a comparison table shows: the last period against the previous one and, with three or
 * more periods, against the first as well ("2025 so với 2022", "2025 so với 2020"). Every step is in
 * the JSON (`steps`).
 */
export function changeColumns(labels: readonly string[], lang: Lang): ChangeColumn[] {
  const last = labels.length - 1;
  const pairs =
    last === 1
      ? [[0, 1]]
      : [
          [last - 1, last],
          [0, last],
        ];
  return pairs.map(([from, to]) => ({ from, to, label: ui('changeVs', lang, { from: labels[from], to: labels[to] }) }));
}

/** The change of a compared row for one change column: `change` when last vs first, else the step. */
export function changeFor<C>(row: { change: C; steps?: Array<C | null> }, col: ChangeColumn, periods: number): C | null {
  if (col.from === 0 && col.to === periods - 1) return row.change;
  return row.steps?.[col.to] ?? null;
}

function periodGroups(labels: readonly string[], changes: readonly ChangeColumn[], perPeriod: number, perChange: number): HeadGroup[] {
  return [{ label: '', span: 1 }, ...labels.map((label) => ({ label, span: perPeriod })), ...changes.map((c) => ({ label: c.label, span: perChange }))];
}

/**
 * The grids of one compared section: one per dimension, then the count indicators, then the average age;
 * each period as count | percent under its label, each change as people | points | index under "2025 so
 * với 2020" (with `bars`, a bar of the last period's share after them).
 */
export function comparedGrids(section: ComparedSection, labels: readonly string[], f: Fmt, bars = false): Grid[] {
  const n = numCells(f.lang, f.decimals);
  const na = ui('missingShort', f.lang);
  const changes = changeColumns(labels, f.lang);
  const value = (v: { count: number | null; percent: number | null }): GridCell[] => (v.count === null ? [na, na] : [n.count(v.count), n.percent(v.percent)]);
  const changeCells = (c: Change | null): GridCell[] => [n.signedCount(c?.count ?? null), n.points(c?.points ?? null), n.index(c?.index ?? null)];
  const groups = [...periodGroups(labels, changes, 2, 3), ...(bars ? [{ label: '', span: 1 }] : [])];
  const head = (first: string): string[] => [
    first,
    ...labels.flatMap(() => [ui('count', f.lang), ui('percentShort', f.lang)]),
    ...changes.flatMap(() => [ui('changeCountShort', f.lang), ui('changePointsShort', f.lang), ui('changeIndexShort', f.lang)]),
    ...(bars ? [labels[labels.length - 1]] : []),
  ];
  const align = (): Array<'l' | 'r'> => ['l', ...Array<'r'>(labels.length * 2 + changes.length * 3).fill('r'), ...(bars ? (['l'] as const) : [])];
  const bar = (values: ReadonlyArray<{ percent: number | null }>): string[] => {
    if (!bars) return [];
    const last = values[values.length - 1].percent;
    return [last === null ? '' : paddedBar(last)];
  };
  const grids: Grid[] = [];
  for (const [dim, table] of Object.entries(section.dimensions)) {
    if (!table) continue;
    // No period's roster has the column: its title and that line, as summarize gives it, not rows of "không có".
    if (table.missing?.length === labels.length) {
      grids.push({ title: table.label, dimension: dim, groups, head: head(ui('category', f.lang)), rows: [], align: align(), note: ui('missing', f.lang) });
      continue;
    }
    grids.push({
      title: table.label,
      dimension: dim,
      groups,
      head: head(ui('category', f.lang)),
      rows: table.categories.map((c) => [
        c.label,
        ...c.values.flatMap(value),
        ...changes.flatMap((col) => changeCells(changeFor(c, col, labels.length))),
        ...bar(c.values),
      ]),
      align: align(),
      // "danh sách năm 2020" when the periods are years, "danh sách kỳ …" when they are named otherwise.
      ...(table.missing
        ? { note: ui(table.missing.every((l) => /^\d{4}$/.test(l)) ? 'missingIn' : 'missingInPeriod', f.lang, { labels: table.missing.join(', ') }) }
        : {}),
    });
  }
  const indicators = Object.values(section.indicators);
  const counted = indicators.filter((i): i is ComparedIndicator & { change: Change } => !('value' in i.change));
  grids.push({
    title: ui('indicators', f.lang),
    groups: periodGroups(labels, changes, 2, 3),
    head: head(ui('indicator', f.lang)).slice(0, 1 + labels.length * 2 + changes.length * 3),
    rows: counted.map((ind) => [
      ind.label,
      ...ind.values.flatMap((v) => ('count' in v ? value(v) : ['', ''])),
      ...changes.flatMap((col) => changeCells(changeFor(ind, col, labels.length) as Change | null)),
    ]),
    align: align().slice(0, 1 + labels.length * 2 + changes.length * 3),
  });
  for (const ind of indicators.filter((i) => 'value' in i.change)) {
    grids.push({
      title: ui('averageAgeTitle', f.lang),
      head: ['', ...labels, ...changes.map((c) => c.label)],
      rows: [
        [
          ind.label,
          ...ind.values.map((v) => n.years('value' in v ? v.value : null)),
          ...changes.map((col) => n.signedYears((changeFor(ind, col, labels.length) as { value: number | null } | null)?.value ?? null)),
        ],
      ],
      align: ['l', ...Array<'r'>(labels.length + changes.length).fill('r')],
    });
  }
  return grids;
}

/** The movement grids of one pair of periods: stayed / joined / left, then level changes. */
export function movementGrids(m: PairMovements, lang: Lang): Grid[] {
  const title = ui('movements', lang, { from: m.from, to: m.to, by: ui(`matchedBy.${m.matchedBy}`, lang) });
  const n = numCells(lang, 0);
  const rows: GridCell[][] = [
    [ui('stayed', lang), n.count(m.stayed)],
    [ui('joined', lang), n.count(m.joined)],
    [ui('left', lang), n.count(m.left)],
  ];
  if (m.ambiguous.older + m.ambiguous.newer > 0)
    rows.push([
      ui('ambiguous', lang),
      ui('ambiguousCell', lang, { older: formatCount(m.ambiguous.older, lang), newer: formatCount(m.ambiguous.newer, lang), from: m.from, to: m.to }),
    ]);
  const grids: Grid[] = [{ title, head: ['', ui('count', lang)], rows, align: ['l', 'r'] }];
  if (m.changes.length) {
    grids.push({
      title: ui('levelChanges', lang, { from: m.from, to: m.to }),
      head: [ui('field', lang), ui('from', lang), ui('to', lang), ui('count', lang)],
      rows: m.changes.map((c) => [dimensionLabel(c.field, lang), categoryLabel(c.field, c.from, lang), categoryLabel(c.field, c.to, lang), n.count(c.count)]),
      align: ['l', 'l', 'l', 'r'],
    });
  }
  return grids;
}

/** The lines above a comparison's tables: title, periods with their reference dates, filters. */
export function comparisonPreamble(report: ComparisonReport, lang: Lang): string[] {
  const lines = [
    ui('compareTitle', lang),
    `${ui('periods', lang)}: ${report.periods.map((p) => `${p.label} (${ui('asOf', lang).toLowerCase()} ${dmy(p.asOf)})`).join(', ')}`,
  ];
  if (report.filters.length) lines.push(`${ui('filters', lang)}: ${filtersText(report.filters, lang)}`);
  return lines;
}

/** Everything a comparison prints: total section, groups, movements (`bars`: terminal tables only). */
export function comparisonBlocks(report: ComparisonReport, f: Fmt & { by?: string }, bars = false): Array<{ heading: string; grids: Grid[] }> {
  const labels = report.periods.map((p) => p.label);
  // Each block's head count in every period ("2020: 17 · 2025: 18"), the total's and each group's.
  const pops = (values: readonly number[]): string => values.map((n, i) => `${labels[i]}: ${formatCount(n, f.lang)}`).join(' · ');
  const blocks = [{ heading: `${ui('total', f.lang)} — ${pops(report.population.values)}`, grids: comparedGrids(report, labels, f, bars) }];
  for (const g of report.groups ?? [])
    blocks.push({
      heading: `${ui('byTitle', f.lang, { by: byName(f.by, f.lang), label: g.label })} — ${pops(g.population.values)}`,
      grids: comparedGrids(g, labels, f, bars),
    });
  const moves = Array.isArray(report.movements) ? report.movements : [report.movements];
  blocks.push({ heading: ui('movementsHeading', f.lang), grids: moves.flatMap((m) => movementGrids(m, f.lang)) });
  return blocks;
}
