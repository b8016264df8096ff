import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/io/csv/csv-parser.js';
import type { RowValues } from '../../src/io/sheet-rows.js';
import type { ComparisonReport } from '../../src/report/comparison-report.js';
import type { SummaryReport } from '../../src/report/types.js';
import { renderComparisonCsv } from '../../src/render/compare-csv.js';
import { renderSummaryCsv, type CsvLocale } from '../../src/render/csv.js';

const summary = (): SummaryReport => JSON.parse(readFileSync('test/golden/summarize-sample-by-level.json', 'utf8')) as SummaryReport;
const comparison = (): ComparisonReport => JSON.parse(readFileSync('test/golden/compare-2020-2025.json', 'utf8')) as ComparisonReport;

/** Re-reads a CSV as a spreadsheet set to that locale would: its separator, its decimal mark. */
function reread(csv: string, locale: CsvLocale): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  const rows: string[][] = [];
  const parser = new CsvParser(locale === 'vi' ? ';' : ',', (_n, v: RowValues) => rows.push(Array.from(v, (x) => String(x ?? ''))));
  parser.push(csv.slice(1));
  parser.end();
  return rows;
}

const number = (text: string, locale: CsvLocale): number | string => {
  const t = locale === 'vi' ? text.replace(',', '.') : text;
  return t !== '' && !Number.isNaN(Number(t)) ? Number(t) : text;
};

describe('CSV for Excel', () => {
  it('--csv-locale vi and the default give the same numbers when each is re-read with its own settings', () => {
    for (const [name, render] of [
      ['summary', (l: CsvLocale) => renderSummaryCsv(summary(), 'vi', l)],
      ['comparison', (l: CsvLocale) => renderComparisonCsv(comparison(), 'vi', l)],
    ] as const) {
      const plain = reread(render('default'), 'default').map((r) => r.map((c) => number(c, 'default')));
      const vi = reread(render('vi'), 'vi').map((r) => r.map((c) => number(c, 'vi')));
      expect(vi, name).toEqual(plain);
      // Not vacuous: there are fractional percents, written with a decimal comma under vi.
      expect(
        plain.flat().some((c) => typeof c === 'number' && !Number.isInteger(c)),
        name,
      ).toBe(true);
      expect(render('vi')).toMatch(/;\d+,\d+\r\n/);
    }
  });

  it('a unit named like a formula comes out inert in both locales, and reads back as the same text', () => {
    const hostile = '=HYPERLINK("http://evil.example","bấm vào đây")';
    const report = summary();
    report.groups![0].label = hostile;
    for (const locale of ['default', 'vi'] as const) {
      const csv = renderSummaryCsv(report, 'vi', locale);
      const rows = reread(csv, locale);
      const cells = rows.filter((r) => r[0].includes('HYPERLINK')).map((r) => r[0]);
      expect(cells.length).toBeGreaterThan(0);
      // A leading apostrophe: Excel shows the text and never runs it.
      for (const c of cells) expect(c).toBe(`'${hostile}`);
      expect(rows.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
    }
  });
});
