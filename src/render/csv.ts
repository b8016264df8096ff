import type { Lang } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import { ui } from '../vocab/ui.js';
import { dimensionsOf, isCount, sectionsOf } from './summary-rows.js';

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

/**
 * The summary as one tidy CSV table: group, dimension, key, label, count, base, percent; indicators
 * follow with dimension "indicator". UTF-8 with BOM so Excel opens Vietnamese text right.
 */
export function renderSummaryCsv(report: SummaryReport, lang: Lang, locale: CsvLocale = 'default'): string {
  const lines: Array<Array<string | number | null>> = [['group', 'dimension', 'key', 'label', 'count', 'base', 'percent']];
  const total = ui('total', lang);
  for (const section of sectionsOf(report)) {
    const group = section.label ?? total;
    for (const [dim, table] of dimensionsOf(section)) {
      for (const c of table.categories) {
        lines.push([group, dim, c.key, c.label, c.count, section.population, c.percent]);
      }
    }
    for (const [id, ind] of Object.entries(section.indicators)) {
      const row = isCount(ind)
        ? [group, 'indicator', id, ind.label, ind.count, ind.base, ind.percent]
        : [group, 'indicator', id, ind.label, ind.value, ind.base, null];
      lines.push(row);
    }
  }
  return csvDocument(lines, locale);
}
