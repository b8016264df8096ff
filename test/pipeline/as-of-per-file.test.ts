import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadNoteLines } from '../../src/pipeline/load-notes.js';
import { summarizeFiles, type SummarizeResult, type SummarizeSettings } from '../../src/pipeline/summarize-files.js';
import type { ValueIndicator } from '../../src/report/types.js';
import type { RenderContext } from '../../src/render/render-context.js';
import { renderSummary } from '../../src/render/summary-output.js';
import { FORMS, formIndicators } from '../../src/vocab/forms.js';
import { FIX, settings } from '../helpers/settings.js';

// "Never a silently wrong age": rosters of different dates read as one population. The same three invented
// people in a roster of 2020 and one of 2025 (readable rows, written as CSV here): without --as-of each
// roster's people are aged at its own date, and it is said.
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị', 'Chức vụ'];
const PEOPLE = [
  ['1', 'Nguyễn Văn An', '15/06/1990', 'Nam', 'Xã Hòa Bình', 'Công chức Tư pháp - Hộ tịch'],
  ['2', 'Trần Thị Bình', '10/03/1975', 'Nữ', 'Xã Hòa Bình', 'Chủ tịch UBND'],
  ['3', 'Lê Văn Cường', '01/03/1961', 'Nam', 'Xã Hòa Bình', 'Công chức Văn phòng - Thống kê'],
];
// Completed years: at 31/12/2020 → 30, 45, 59; at 31/12/2025 → 35, 50, 64.

const dir = mkdtempSync(join(tmpdir(), 'cadre-as-of-'));
function roster(name: string, title?: string): string {
  const cell = (v: string): string => `"${v.replace(/"/g, '""')}"`;
  const rows = [...(title ? [[title], []] : []), HEADER, ...PEOPLE];
  writeFileSync(join(dir, name), `${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`);
  return join(dir, name);
}
const y2020 = roster('xa-2020.csv');
const y2025 = roster('xa-2025.csv');
const titled = roster('xa-hoa-binh.csv', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ HÒA BÌNH NĂM 2025');
const noYear = roster('xa-khong-nam.csv');
const a2024 = roster('xa-a-2024.csv');
const b2024 = roster('xa-b-2024.csv');

const run = (files: string[], over: Partial<SummarizeSettings> = {}): Promise<SummarizeResult> => summarizeFiles(files, settings(over));
const bands = (r: SummarizeResult): Record<string, number> => Object.fromEntries(r.report.dimensions.age_band!.categories.map((c) => [c.key, c.count]));
const average = (r: SummarizeResult): number | null => (r.report.indicators['age.average'] as ValueIndicator).value;
const ctx = (over: Partial<RenderContext> = {}): RenderContext => ({ lang: 'vi', decimals: 2, color: false, csvLocale: 'default', bars: false, ...over });

const LINE_VI =
  'Các danh sách không cùng thời điểm nên tuổi được tính đến ngày của từng danh sách: 31/12/2020 (xa-2020.csv); 31/12/2025 (xa-2025.csv). ' +
  'Để so sánh các kỳ, dùng cadre-stats compare; để tính tuổi đến cùng một ngày, dùng --as-of';
const HEADING_VI = 'Tính đến ngày của từng danh sách: 31/12/2020 (xa-2020.csv); 31/12/2025 (xa-2025.csv)';

describe('rosters of different dates summarized together', { concurrent: true }, () => {
  it("ages each roster's people at its own date, whatever the order of the files", async () => {
    const [both, reversed, only2020, only2025] = await Promise.all([run([y2020, y2025]), run([y2025, y2020]), run([y2020]), run([y2025])]);
    // (30 + 45 + 59 + 35 + 50 + 64) / 6 = 47.17; aged at the first roster's date it would be 44.7.
    expect(average(both)).toBe(47.2);
    expect(bands(both)).toEqual({ '0-30': 1, '31-40': 1, '41-50': 2, '51-60': 1, '61+': 1 });
    expect(bands(reversed)).toEqual(bands(both));
    expect(average(reversed)).toBe(47.2);
    // The population's bands are the two rosters' bands added.
    for (const [key, n] of Object.entries(bands(both))) expect(n, key).toBe((bands(only2020)[key] ?? 0) + (bands(only2025)[key] ?? 0));
    expect(both.load.dates.map((d) => [d.file, d.asOf, d.asOfSource])).toEqual([
      [y2020, { year: 2020, month: 12, day: 31 }, 'file name'],
      [y2025, { year: 2025, month: 12, day: 31 }, 'file name'],
    ]);
  });

  it('says so on stderr, and in the JSON: a warning, each source with its date, asOf the latest', async () => {
    const [vi, en] = await Promise.all([run([y2020, y2025]), run([y2020, y2025], { lang: 'en' })]);
    const notes = loadNoteLines(vi.load, 'vi', vi.yearOnlyAges);
    expect(notes).toContain(LINE_VI);
    expect(notes.some((l) => l.startsWith('Tuổi tính đến ngày'))).toBe(false);
    expect(loadNoteLines(en.load, 'en', 0)).toContain(
      "The rosters are of different dates, so ages are as of each roster's own date: 31/12/2020 (xa-2020.csv); 31/12/2025 (xa-2025.csv). " +
        'To compare periods, use cadre-stats compare; to age everyone at one date, use --as-of',
    );
    // Within one period of `compare` the line does not send the user to compare.
    expect(loadNoteLines(vi.load, 'vi', 0, 'period').find((l) => l.startsWith('Các danh sách'))).toMatch(
      /\(xa-2025\.csv\)\. Để tính tuổi đến cùng một ngày, dùng --as-of$/,
    );
    const json = JSON.parse(await renderSummary(vi.report, 'json', ctx()).then(String)) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 4)).toEqual(['schema', 'asOf', 'warnings', 'filters']);
    expect(json.asOf).toBe('2025-12-31');
    expect(json.warnings).toEqual([{ code: 'as_of_differs', message: LINE_VI }]);
    const sources = json.sources as Array<Record<string, unknown>>;
    expect(sources.map((s) => [s.file, s.asOf, s.asOfSource])).toEqual([
      [y2020, '2020-12-31', 'file name'],
      [y2025, '2025-12-31', 'file name'],
    ]);
    expect(en.report.warnings![0].message).toMatch(/^The rosters are of different dates/);
  });

  it("a roster's date from its title, and today for one that names no year (said as today)", async () => {
    const r = await run([y2020, titled, noYear]);
    expect(r.load.dates.map((d) => d.asOfSource)).toEqual(['file name', 'title', 'today']);
    // Today (22/11/2026 in the test settings) is the latest: 30+45+59, 35+50+64, 36+51+65.
    expect(r.report.asOf).toBe('2026-11-22');
    expect(average(r)).toBe(48.3);
    expect(r.report.warnings![0].message).toContain(': 31/12/2020 (xa-2020.csv); 31/12/2025 (xa-hoa-binh.csv); hôm nay 22/11/2026 (xa-khong-nam.csv). ');
  });

  it('--as-of ages everyone at that date and says nothing more', async () => {
    const [both, one] = await Promise.all([run([y2020, y2025], { asOf: { year: 2025, month: 12, day: 31 } }), run([y2025])]);
    expect(average(both)).toBe(49.7);
    expect(bands(both)).toEqual(Object.fromEntries(Object.entries(bands(one)).map(([k, n]) => [k, 2 * n])));
    expect(both.report.warnings).toBeUndefined();
    expect(both.report.sources.every((s) => s.asOf === undefined && s.asOfSource === undefined)).toBe(true);
    expect(both.load.dates.map((d) => d.asOfSource)).toEqual(['option', 'option']);
    expect(loadNoteLines(both.load, 'vi', 0)).toContain('Tuổi tính đến ngày 31/12/2025 (theo --as-of)');
  });

  it('rosters of the same date: one line and one JSON shape, as for a single roster', async () => {
    const [pair, single] = await Promise.all([run([a2024, b2024]), run([a2024])]);
    expect(pair.report.warnings).toBeUndefined();
    expect(Object.keys(pair.report)).toEqual(Object.keys(single.report));
    expect(Object.keys(pair.report.sources[1])).toEqual(Object.keys(single.report.sources[0]));
    expect(loadNoteLines(pair.load, 'vi', 0)).toContain('Tuổi tính đến ngày 31/12/2024 (năm ghi ở tên tệp)');
    expect(await renderSummary(pair.report, 'table', ctx()).then(String)).toContain('\nTính đến ngày: 31/12/2024\n');
  });

  it('every format that prints the date names each roster with its own', async () => {
    const both = await run([y2020, y2025]);
    const text = async (format: 'table' | 'md' | 'html' | 'text', lang: 'vi' | 'en' = 'vi'): Promise<string> =>
      String(await renderSummary(lang === 'vi' ? both.report : (await run([y2020, y2025], { lang })).report, format, ctx({ lang })));
    const table = await text('table');
    expect(table).toContain(`\n${HEADING_VI}\n`);
    expect(table).not.toContain('Tính đến ngày: ');
    expect(await text('md')).toContain(`\n${HEADING_VI}  \n`);
    expect(await text('html')).toContain(`<p>${HEADING_VI}</p>`);
    expect(await text('table', 'en')).toContain("\nAs of each roster's own date: 31/12/2020 (xa-2020.csv); 31/12/2025 (xa-2025.csv)\n");
    const paragraph = await text('text');
    expect(paragraph).toMatch(
      /tuổi bình quân 47,2 tuổi\. Số liệu tính đến ngày của từng danh sách: 31\/12\/2020 \(xa-2020\.csv\); 31\/12\/2025 \(xa-2025\.csv\)\.\n$/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await renderSummary(both.report, 'xlsx', ctx())) as Uint8Array) as unknown as ExcelJS.Buffer);
    const cover = wb.worksheets[0];
    expect([cover.getCell(3, 1).value, cover.getCell(3, 2).value]).toEqual([
      'Tính đến ngày',
      'của từng danh sách: 31/12/2020 (xa-2020.csv); 31/12/2025 (xa-2025.csv)',
    ]);
    const lines: unknown[] = [];
    wb.worksheets[1].eachRow((row) => lines.push(row.getCell(1).value));
    expect(lines).toContain(HEADING_VI);
  });

  it('the official form says "Tính đến ngày của từng danh sách"', async () => {
    const r = await run([y2020, y2025], { by: 'unit', extraIndicators: formIndicators(FORMS.bm02) });
    const bytes = (await renderSummary(r.report, 'xlsx', ctx({ by: 'unit', form: 'bm02' }))) as Uint8Array;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const form = wb.worksheets.find((w) => w.name.startsWith('BM02'))!;
    const cells: unknown[] = [];
    form.eachRow((row) => cells.push(row.getCell(1).value));
    expect(cells).toContain(HEADING_VI);
  });

  it('the committed compare fixtures (2020 and 2025) read together: bands are the sum of each read alone', async () => {
    const files = [FIX('compare-2020.xlsx'), FIX('compare-2025.xlsx')];
    const [both, first, last] = await Promise.all([run(files), run([files[0]]), run([files[1]])]);
    expect(both.load.dates.map((d) => d.asOf.year)).toEqual([2020, 2025]);
    for (const [key, n] of Object.entries(bands(both))) expect(n, key).toBe((bands(first)[key] ?? 0) + (bands(last)[key] ?? 0));
    const young = (r: SummarizeResult): number => (r.report.indicators['age.young'] as { count: number }).count;
    expect(young(both)).toBe(young(first) + young(last));
  });
});
