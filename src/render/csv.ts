import type { Lang } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import { ui } from '../vocab/ui.js';
import { byName } from './by-name.js';
import { headRows, type Grid, type GridCell } from './grid.js';
import type { RenderContext } from './render-context.js';
import { dimensionsOf, isCount, sectionsOf } from './summary-rows.js';
import { wideGrids } from './wide-grids.js';

/** `default`: `,` and `.` (machine-readable); `vi`: `;` and decimal commas, for Excel set to Vietnamese. */
export type CsvLocale = 'default' | 'vi';

/** Quotes a CSV field (RFC 4180) and neutralises text a spreadsheet would run as a formula. */
export function csvField(value: string | number | null, locale: CsvLocale = 'default'): string {
  if (value === null) return '';
  if (typeof value === 'number') return locale === 'vi' ? String(value).replace('.', ',') : String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Joins rows into a CSV document with a BOM (so Excel reads UTF-8) and CRLF line ends. */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number | null>>, locale: CsvLocale): string {
  const sep = locale === 'vi' ? ';' : ',';
  return `\ufeff${rows.map((r) => r.map((v) => csvField(v, locale)).join(sep)).join('\r\n')}\r\n`;
}

/** The first column's header: the `--by` field as a heading names it ("Đơn vị"), else "Nhóm". */
export function groupHeader(by: string | undefined, lang: Lang): string {
  const name = byName(by, lang);
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : ui('group', lang);
}

/** A grid cell as a CSV value: numbers as numbers (a percent as printed: 33.04), text as text. */
function csvValue(cell: GridCell): string | number | null {
  if (typeof cell === 'string') return cell === '' ? null : cell;
  return cell.value;
}

/**
 * `--layout wide` as one CSV: a row per group and the total, then for every dimension its categories'
 * count and percent, and the indicators of the wide tables ("Giới tính – Nữ (%)"; with `--csv-keys`
 * machine names: `gender.female.percent`).
 */
function wideCsv(report: SummaryReport, ctx: RenderContext): string {
  const grids: Grid[] = wideGrids(report, ctx.by, ctx.lang, ctx.decimals);
  const keys = grids[0].keys ?? 2;
  const head: string[] = ctx.csvKeys ? grids[0].columnKeys!.slice(0, keys) : grids[0].head.slice(0, keys);
  for (const g of grids) {
    if (ctx.csvKeys) {
      head.push(...g.columnKeys!.slice(keys));
      continue;
    }
    const { top, bottom } = headRows(g);
    const groupOf = new Map<number, string>();
    let col = 0;
    for (const t of top) {
      for (let i = 0; i < t.span; i++) groupOf.set(col + i, t.label);
      col += t.span;
    }
    for (const b of bottom) if (b.col >= keys) head.push(`${g.title} – ${groupOf.get(b.col)} (${b.label})`);
  }
  const rows = grids[0].rows.map((_, r) => [...grids[0].rows[r].slice(0, keys).map(csvValue), ...grids.flatMap((g) => g.rows[r].slice(keys).map(csvValue))]);
  return csvDocument([head, ...rows], ctx.csvLocale);
}

/**
 * The summary as one tidy CSV table, one row per category and per indicator of each group. Vietnamese
 * headers and labels ("Đơn vị, Tiêu chí, Phân loại, Số lượng, Trên tổng số, Tỷ lệ (%)"); with `--csv-keys`
 * the machine columns `group,dimension,key,label,count,base,percent` (dimension "indicator" for the
 * indicators). UTF-8 with BOM so Excel opens Vietnamese text right.
 */
export function renderSummaryCsv(report: SummaryReport, ctx: RenderContext): string {
  if (ctx.layout === 'wide' && report.groups) return wideCsv(report, ctx);
  const { lang } = ctx;
  const keys = ctx.csvKeys ?? false;
  const head = keys
    ? ['group', 'dimension', 'key', 'label', 'count', 'base', 'percent']
    : [groupHeader(ctx.by, lang), ui('dimension', lang), ui('category', lang), ui('count', lang), ui('base', lang), ui('percent', lang)];
  const lines: Array<Array<string | number | null>> = [head];
  const total = ui('total', lang);
  const years = ui('years', lang);
  for (const section of sectionsOf(report)) {
    const group = section.label ?? total;
    for (const [dim, table] of dimensionsOf(section)) {
      for (const c of table.categories)
        lines.push(
          keys ? [group, dim, c.key, c.label, c.count, section.population, c.percent] : [group, table.label, c.label, c.count, section.population, c.percent],
        );
    }
    const indicators = ui('indicators', lang);
    for (const [id, ind] of Object.entries(section.indicators)) {
      if (keys)
        lines.push(
          isCount(ind) ? [group, 'indicator', id, ind.label, ind.count, ind.base, ind.percent] : [group, 'indicator', id, ind.label, ind.value, ind.base, null],
        );
      else
        lines.push(
          isCount(ind)
            ? [group, indicators, ind.label, ind.count, ind.base, ind.percent]
            : [group, indicators, `${ind.label} (${years})`, ind.value, ind.base, null],
        );
    }
  }
  return csvDocument(lines, ctx.csvLocale);
}
