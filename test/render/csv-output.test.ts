import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/io/csv/csv-parser.js';
import type { RowValues } from '../../src/io/sheet-rows.js';
import type { ComparisonReport } from '../../src/report/comparison-report.js';
import type { SummaryReport } from '../../src/report/types.js';
import { renderComparisonCsv } from '../../src/render/compare-csv.js';
import { renderSummaryCsv, type CsvLocale } from '../../src/render/csv.js';
import type { RenderContext } from '../../src/render/render-context.js';

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

const ctx = (csvLocale: CsvLocale, over: Partial<RenderContext> = {}): RenderContext => ({
  lang: 'vi',
  decimals: 2,
  color: false,
  csvLocale,
  bars: false,
  ...over,
});

const number = (text: string, locale: CsvLocale): number | string => {
  const t = locale === 'vi' ? text.replace(',', '.') : text;
  return t !== '' && !Number.isNaN(Number(t)) ? Number(t) : text;
};

describe('CSV for Excel', () => {
  it('--csv-locale vi and the default give the same numbers when each is re-read with its own settings', () => {
    for (const [name, render] of [
      ['summary', (l: CsvLocale) => renderSummaryCsv(summary(), ctx(l))],
      ['comparison', (l: CsvLocale) => renderComparisonCsv(comparison(), ctx(l))],
    ] as const) {
      const plain = reread(render('default'), 'default').map((r) => r.map((c) => number(c, 'default')));
      const vi = reread(render('vi'), 'vi').map((r) => r.map((c) => number(c, 'vi')));
      expect(vi, name).toEqual(plain);
      // Not vacuous: there are fractional percents, written with a decimal comma under vi.
      expect(
        plain.flat().some((c) => typeof c === 'number' && !Number.isInteger(c)),
        name,
      ).toBe(true);
      expect(render('vi')).toMatch(/;\d+,\d+[;\r]/);
    }
  });

  it('a unit named like a formula comes out inert in both locales, and reads back as the same text', () => {
    const hostile = '=HYPERLINK("http://evil.example","bấm vào đây")';
    const report = summary();
    report.groups![0].label = hostile;
    for (const locale of ['default', 'vi'] as const) {
      const csv = renderSummaryCsv(report, ctx(locale));
      const rows = reread(csv, locale);
      const cells = rows.filter((r) => r[0].includes('HYPERLINK')).map((r) => r[0]);
      expect(cells.length).toBeGreaterThan(0);
      // A leading apostrophe: Excel shows the text and never runs it.
      for (const c of cells) expect(c).toBe(`'${hostile}`);
      expect(rows.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
    }
  });

  it('speaks Vietnamese by default (headers and labels), the machine columns with --csv-keys, English with --lang en', () => {
    const report = summary();
    const vi = reread(renderSummaryCsv(report, ctx('default', { by: 'level' })), 'default');
    expect(vi[0]).toEqual(['Cấp', 'Tiêu chí', 'Phân loại', 'Số lượng', 'Trên tổng số', 'Tỷ lệ (%)']);
    expect(vi[1].slice(0, 3)).toEqual(['Toàn bộ', 'Giới tính', 'Nam']);
    expect(vi.some((r) => r[1] === 'Các chỉ tiêu' && r[2] === 'Tuổi bình quân (tuổi)')).toBe(true);
    expect(vi.flat()).not.toContain('gender');
    const keys = reread(renderSummaryCsv(report, ctx('default', { by: 'level', csvKeys: true })), 'default');
    expect(keys[0]).toEqual(['group', 'dimension', 'key', 'label', 'count', 'base', 'percent']);
    expect(keys[1].slice(0, 3)).toEqual(['Toàn bộ', 'gender', 'male']);
    // The same numbers in both.
    expect(vi.slice(1).map((r) => r.slice(3))).toEqual(keys.slice(1).map((r) => r.slice(4)));
    const en = reread(renderSummaryCsv(report, ctx('default', { by: 'level', lang: 'en' })), 'default');
    expect(en[0]).toEqual(['Level', 'Dimension', 'Category', 'Count', 'Base', 'Percent (%)']);
  });

  it('--layout wide: a row per group and the total, a count and percent column per category', () => {
    const report = summary();
    const rows = reread(renderSummaryCsv(report, ctx('default', { by: 'level', layout: 'wide' })), 'default');
    expect(rows.map((r) => r[0])).toEqual(['Cấp', ...report.groups!.map((g) => g.label), 'Tổng số']);
    const col = rows[0].indexOf('Giới tính – Nữ (Số lượng)');
    expect(col).toBeGreaterThan(1);
    expect(rows[0][col + 1]).toBe('Giới tính – Nữ (%)');
    report.groups!.forEach((g, i) => expect(Number(rows[i + 1][col]), g.label).toBe(g.dimensions.gender!.categories.find((c) => c.key === 'female')!.count));
    expect(Number(rows[rows.length - 1][1])).toBe(report.population);
    const keys = reread(renderSummaryCsv(report, ctx('default', { by: 'level', layout: 'wide', csvKeys: true })), 'default');
    expect(keys[0].slice(0, 4)).toEqual(['group', 'population', 'gender.male.count', 'gender.male.percent']);
    expect(keys.slice(1)).toEqual(rows.slice(1));
  });

  it('a comparison labels its change columns with the periods, and the average age changes in years', () => {
    const report = JSON.parse(readFileSync('test/golden/compare-2020-2025.json', 'utf8')) as ComparisonReport;
    const rows = reread(renderComparisonCsv(report, ctx('default')), 'default');
    expect(rows[0].slice(-4)).toEqual([
      '2025 so với 2020 (người)',
      '2025 so với 2020 (điểm phần trăm)',
      '2025 so với 2020 chỉ số (%)',
      '2025 so với 2020 (tuổi)',
    ]);
    const age = rows.find((r) => r[2] === 'Tuổi bình quân (tuổi)')!;
    // The average age's change is in years, not in people or points.
    expect(age.slice(-4)).toEqual(['', '', '', String((report.indicators['age.average'].change as { value: number }).value)]);
  });
});
