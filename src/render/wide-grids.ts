import type { Lang } from '../model/options.js';
import type { Indicator, SummaryReport } from '../report/types.js';
import { INDICATOR_DEFS } from '../stats/indicator-defs.js';
import { ui } from '../vocab/ui.js';
import { byName } from './by-name.js';
import { numCells, type Grid, type GridCell, type HeadGroup } from './grid.js';
import { dimensionsOf, isCount, sectionsOf, type Section } from './summary-rows.js';

/**
 * Whether an indicator only restates one category of its dimension's table (nữ, thạc sĩ): the wide
 * table already has that column, so it is not repeated.
 */
function restates(id: string): boolean {
  const def = INDICATOR_DEFS.find((d) => d.id === id);
  return Boolean(def && !def.special && def.keys?.length === 1);
}

/** The dimension whose wide table carries an indicator: its own, the age table for age figures, else none. */
function homeOf(id: string): string | undefined {
  const def = INDICATOR_DEFS.find((d) => d.id === id);
  if (def?.dimension && def.special !== 'age_range') return def.dimension;
  return id.startsWith('age.') ? 'age_band' : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `--layout wide` (with `--by`): one table per dimension with a row per group and the total row last,
 * the group's population, then each category as count | percent, then the dimension's aggregate
 * indicators (đại học trở lên, …; the average age in the age table). Indicators belonging to no
 * dimension get a table of their own. Dimensions are taken from the report as they come.
 */
export function wideGrids(report: SummaryReport, by: string | undefined, lang: Lang, decimals: number): Grid[] {
  const n = numCells(lang, decimals);
  const sections = sectionsOf(report);
  const rowsOrder: Section[] = [...sections.slice(1), sections[0]];
  const rowLabel = (s: Section): string => s.label ?? ui('population', lang);
  const keyHead = [capitalise(byName(by, lang)) || ui('group', lang), ui('population', lang)];
  const strong = [rowsOrder.length - 1];
  const indicatorCells = (i: Indicator | undefined): GridCell[] => {
    if (!i) return ['', ''];
    return isCount(i) ? [n.count(i.count), n.percent(i.percent)] : [n.years(i.value)];
  };
  const indicatorGroup = (id: string): HeadGroup => {
    const i = report.indicators[id];
    return { label: i.label, span: isCount(i) ? 2 : 1 };
  };
  const indicatorHead = (id: string): string[] => (isCount(report.indicators[id]) ? [ui('count', lang), ui('percentShort', lang)] : [ui('years', lang)]);
  const indicatorKeys = (id: string): string[] => (isCount(report.indicators[id]) ? [`${id}.count`, `${id}.percent`] : [`${id}.value`]);
  const keyColumns = ['group', 'population'];
  const ids = Object.keys(report.indicators).filter((id) => !restates(id));
  const placed = new Set<string>();
  const grids: Grid[] = [];
  for (const [dim, table] of dimensionsOf(sections[0])) {
    const cats = table.categories;
    const own = ids.filter((id) => homeOf(id) === dim);
    own.forEach((id) => placed.add(id));
    grids.push({
      title: table.label,
      dimension: dim,
      groups: [{ label: '', span: 2 }, ...cats.map((c) => ({ label: c.label, span: 2 })), ...own.map(indicatorGroup)],
      head: [...keyHead, ...cats.flatMap(() => [ui('count', lang), ui('percentShort', lang)]), ...own.flatMap(indicatorHead)],
      rows: rowsOrder.map((s) => {
        const t = s.dimensions[dim as keyof Section['dimensions']];
        return [
          rowLabel(s),
          n.count(s.population),
          ...cats.flatMap((c) => {
            const found = t?.categories.find((x) => x.key === c.key);
            return [n.count(found?.count ?? 0), n.percent(found?.percent ?? 0)];
          }),
          ...own.flatMap((id) => indicatorCells(s.indicators[id])),
        ];
      }),
      align: ['l', ...Array<'r'>(1 + cats.length * 2 + own.reduce((k, id) => k + indicatorHead(id).length, 0)).fill('r')],
      columnKeys: [...keyColumns, ...cats.flatMap((c) => [`${dim}.${c.key}.count`, `${dim}.${c.key}.percent`]), ...own.flatMap(indicatorKeys)],
      keys: 2,
      strong,
      ...(table.missing ? { note: ui('missing', lang) } : {}),
    });
  }
  const rest = ids.filter((id) => !placed.has(id));
  if (rest.length) {
    grids.push({
      title: ui('indicators', lang),
      groups: [{ label: '', span: 2 }, ...rest.map(indicatorGroup)],
      head: [...keyHead, ...rest.flatMap(indicatorHead)],
      rows: rowsOrder.map((s) => [rowLabel(s), n.count(s.population), ...rest.flatMap((id) => indicatorCells(s.indicators[id]))]),
      align: ['l', ...Array<'r'>(1 + rest.reduce((k, id) => k + indicatorHead(id).length, 0)).fill('r')],
      columnKeys: [...keyColumns, ...rest.flatMap(indicatorKeys)],
      keys: 2,
      strong,
    });
  }
  return grids;
}
