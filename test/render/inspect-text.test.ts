import { describe, expect, it } from 'vitest';
import { inspectSheet } from '../../src/render/inspect-text.js';
import type { SheetInspection } from '../../src/report/inspection.js';

// The sheet-level lines of `inspect` for the shapes real rosters come in: an empty sheet, a form with its
// header and no one in it yet, one data row, skipped rows one by one.
function sheet(over: Partial<SheetInspection>): SheetInspection {
  return {
    sheet: 'DS',
    hidden: false,
    roster: true,
    headerRows: [3, 4],
    numberingRow: null,
    scannedRows: null,
    firstDataRow: 5,
    lastDataRow: 9,
    records: 5,
    columns: [],
    skipped: {},
    skippedRows: [],
    titleText: [],
    titleYear: null,
    assumptions: [],
    converted: [],
    unrecognised: [],
    evidence: [],
    suggestions: [],
    ...over,
  };
}
const lines = (s: SheetInspection, lang: 'vi' | 'en'): string[] => inspectSheet(s, lang).lines;

describe('inspect: a sheet in lines', () => {
  it('says an empty sheet is empty, not "in no rows"', () => {
    const empty = sheet({ roster: false, scannedRows: null });
    expect(lines(empty, 'vi')).toEqual(["sheet 'DS': không phải danh sách — sheet trống"]);
    expect(lines(empty, 'en')).toEqual(["sheet 'DS': not a roster — the sheet is empty"]);
    const scanned = sheet({ roster: false, scannedRows: [1, 19] });
    expect(lines(scanned, 'vi')[0]).toMatch(/hai cột quen thuộc khác trong dòng 1–19$/);
    expect(lines(scanned, 'en')[0]).toMatch(/two other known columns in rows 1–19$/);
  });

  it('says a form with no one in it has no data rows (no dashes)', () => {
    const form = sheet({ firstDataRow: null, lastDataRow: null, records: 0, numberingRow: 5 });
    expect(lines(form, 'vi')[1]).toBe('  dòng tiêu đề cột 3–4, dòng đánh số cột 5, không có dòng dữ liệu');
    expect(lines(form, 'en')[1]).toBe('  header rows 3–4, numbering row 5, no data rows');
  });

  it('gives one row as one number, in the singular in English', () => {
    const one = sheet({ headerRows: [1], firstDataRow: 2, lastDataRow: 2, records: 1 });
    expect(lines(one, 'vi')[1]).toBe('  dòng tiêu đề cột 1, dòng dữ liệu 2');
    expect(lines(one, 'en')[1]).toBe('  header row 1, data row 2');
    expect(lines(sheet({}), 'en')[1]).toBe('  header rows 3–4, data rows 5–9');
  });

  it('names the skip reasons in words in both languages, a row or rows', () => {
    const s = sheet({
      skipped: { second_table: 2, no_name: 1 },
      skippedRows: [
        { row: 12, reason: 'second_table' },
        { row: 13, reason: 'second_table' },
        { row: 10, reason: 'no_name' },
      ],
    });
    expect(lines(s, 'en')).toEqual(
      expect.arrayContaining(['  skipped rows: second table 2, no name 1', '    second table: rows 12, 13', '    no name: row 10']),
    );
    expect(lines(s, 'vi')).toEqual(
      expect.arrayContaining(['  dòng bỏ qua: bảng thứ hai 2, không có tên 1', '    bảng thứ hai: dòng 12, 13', '    không có tên: dòng 10']),
    );
    for (const line of [...lines(s, 'en'), ...lines(s, 'vi')]) expect(line).not.toMatch(/_/);
  });
});
