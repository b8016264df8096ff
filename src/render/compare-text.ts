import type { Lang } from '../model/options.js';
import { categoryLabel, dimensionLabel } from '../normalize/classify.js';
import type { ComparedSection, ComparisonReport, PairMovements } from '../report/comparison-report.js';
import { ui } from '../vocab/ui.js';
import { paddedBar } from './bar.js';
import { formatCount, formatDecimal, formatPercent, formatSigned } from './format-number.js';
import type { Grid } from './summary-text.js';

type Fmt = { lang: Lang; decimals: number };

function signedCount(n: number | null, lang: Lang): string {
  return n === null ? '—' : `${n > 0 ? '+' : ''}${formatCount(n, lang)}`;
}

function periodHead(labels: readonly string[], lang: Lang): string[] {
  return labels.flatMap((l) => [`${l} ${ui('count', lang)}`, `${l} %`]);
}

/** The grids of one compared section: one per dimension (with `bars`, a bar of the last period's share), then the indicators. */
export function comparedGrids(section: ComparedSection, labels: readonly string[], f: Fmt, bars = false): Grid[] {
  const na = ui('missingShort', f.lang);
  const cell = (count: number | null, percent: number | null): string[] =>
    count === null ? [na, na] : [formatCount(count, f.lang), formatPercent(percent ?? 0, f.decimals, f.lang)];
  const changeHead = [ui('changeCount', f.lang), ui('changePoints', f.lang), ui('changeIndex', f.lang)];
  const align = (n: number): Array<'l' | 'r'> => ['l', ...Array<'r'>(n).fill('r')];
  const grids: Grid[] = [];
  const bar = (values: ReadonlyArray<{ percent: number | null }>): string[] => {
    if (!bars) return [];
    const last = values[values.length - 1].percent;
    return [last === null ? '' : paddedBar(last)];
  };
  for (const table of Object.values(section.dimensions)) {
    if (!table) continue;
    grids.push({
      title: table.label,
      head: [ui('category', f.lang), ...periodHead(labels, f.lang), ...changeHead, ...(bars ? [labels[labels.length - 1]] : [])],
      rows: table.categories.map((c) => [
        c.label,
        ...c.values.flatMap((v) => cell(v.count, v.percent)),
        signedCount(c.change.count, f.lang),
        c.change.points === null ? '—' : formatSigned(c.change.points, f.decimals, f.lang),
        c.change.index === null ? '—' : formatPercent(c.change.index, f.decimals, f.lang),
        ...bar(c.values),
      ]),
      align: [...align(labels.length * 2 + 3), ...(bars ? (['l'] as const) : [])],
      ...(table.missing ? { note: ui('missingIn', f.lang, { labels: table.missing.join(', ') }) } : {}),
    });
  }
  grids.push({
    title: ui('indicators', f.lang),
    head: [ui('indicator', f.lang), ...periodHead(labels, f.lang), ...changeHead],
    rows: Object.values(section.indicators).map((ind) => {
      if ('value' in ind.change) {
        const vals = ind.values.map((v) => ('value' in v && v.value !== null ? formatDecimal(v.value, 1, f.lang) : '—'));
        return [ind.label, ...vals.flatMap((v) => [v, '']), ind.change.value === null ? '—' : formatSigned(ind.change.value, 1, f.lang), '', ''];
      }
      const ch = ind.change;
      return [
        ind.label,
        ...ind.values.flatMap((v) => ('count' in v ? cell(v.count, v.percent) : ['', ''])),
        signedCount(ch.count, f.lang),
        ch.points === null ? '—' : formatSigned(ch.points, f.decimals, f.lang),
        ch.index === null ? '—' : formatPercent(ch.index, f.decimals, f.lang),
      ];
    }),
    align: align(labels.length * 2 + 3),
  });
  return grids;
}

/** The movement grids of one pair of periods: stayed / joined / left, then level changes. */
export function movementGrids(m: PairMovements, lang: Lang): Grid[] {
  const title = ui('movements', lang, { from: m.from, to: m.to, by: ui(`matchedBy.${m.matchedBy}`, lang) });
  const rows = [
    [ui('stayed', lang), formatCount(m.stayed, lang)],
    [ui('joined', lang), formatCount(m.joined, lang)],
    [ui('left', lang), formatCount(m.left, lang)],
  ];
  if (m.ambiguous.older + m.ambiguous.newer > 0)
    rows.push([ui('ambiguous', lang), `${formatCount(m.ambiguous.older, lang)} / ${formatCount(m.ambiguous.newer, lang)}`]);
  const grids: Grid[] = [{ title, head: ['', ui('count', lang)], rows, align: ['l', 'r'] }];
  if (m.changes.length) {
    grids.push({
      title: ui('levelChanges', lang),
      head: [ui('field', lang), ui('from', lang), ui('to', lang), ui('count', lang)],
      rows: m.changes.map((c) => [
        dimensionLabel(c.field, lang),
        categoryLabel(c.field, c.from, lang),
        categoryLabel(c.field, c.to, lang),
        formatCount(c.count, lang),
      ]),
      align: ['l', 'l', 'l', 'r'],
    });
  }
  return grids;
}

/** The lines above a comparison's tables: title, periods with their reference dates, filters. */
export function comparisonPreamble(report: ComparisonReport, lang: Lang): string[] {
  const dmy = (iso: string): string => iso.split('-').reverse().join('/');
  const lines = [
    ui('compareTitle', lang),
    `${ui('periods', lang)}: ${report.periods.map((p) => `${p.label} (${ui('asOf', lang).toLowerCase()} ${dmy(p.asOf)})`).join(', ')}`,
  ];
  if (report.filters.length) lines.push(`${ui('filters', lang)}: ${report.filters.join('; ')}`);
  return lines;
}

/** Everything a comparison prints: total section, groups, movements (`bars`: terminal tables only). */
export function comparisonBlocks(report: ComparisonReport, f: Fmt & { by?: string }, bars = false): Array<{ heading: string; grids: Grid[] }> {
  const labels = report.periods.map((p) => p.label);
  const pops = report.population.values.map((n, i) => `${labels[i]}: ${formatCount(n, f.lang)}`).join(' · ');
  const blocks = [{ heading: `${ui('total', f.lang)} — ${pops}`, grids: comparedGrids(report, labels, f, bars) }];
  for (const g of report.groups ?? [])
    blocks.push({ heading: ui('byTitle', f.lang, { by: f.by ?? '', label: g.label }), grids: comparedGrids(g, labels, f, bars) });
  const moves = Array.isArray(report.movements) ? report.movements : [report.movements];
  blocks.push({ heading: ui('movementsHeading', f.lang), grids: moves.flatMap((m) => movementGrids(m, f.lang)) });
  return blocks;
}
