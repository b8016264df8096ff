import { describe, expect, it } from 'vitest';
import { parseLegend, legendFits, codeOf } from '../../src/ingest/form-codes.js';
import { createSheetIngester, type SheetIngestResult } from '../../src/ingest/sheet-ingester.js';
import type { RawRecord } from '../../src/ingest/types.js';
import type { RowValues } from '../../src/io/sheet-rows.js';
import { createClassifier } from '../../src/normalize/classifier.js';

function ingest(rows: Array<[number, RowValues]>): { result: SheetIngestResult; records: RawRecord[] } {
  const ing = createSheetIngester({ sheet: 'DS', merges: [] });
  for (const [n, v] of rows) ing.push(n, v);
  const result = ing.end();
  const records: RawRecord[] = ing.take();
  return { result, records };
}
const cell = (r: RawRecord, field: string): unknown => r.values[r.cols[field as 'gender'] as number];

describe('legends of form codes', () => {
  it('reads code and words pairs in the separators rosters use', () => {
    expect(parseLegend('Giới tính (1: Nam; 2: Nữ)')?.legend).toEqual({ 1: 'Nam', 2: 'Nữ' });
    expect(parseLegend('Trình độ chuyên môn: 1 - Tiến sĩ, 2 - Thạc sĩ, 3 - Đại học, 04 - Cao đẳng')).toEqual({
      legend: { 1: 'Tiến sĩ', 2: 'Thạc sĩ', 3: 'Đại học', 4: 'Cao đẳng' },
      before: 'Trình độ chuyên môn',
    });
    expect(parseLegend('(1) Kinh (2) Tày (3) Nùng')?.legend).toEqual({ 1: 'Kinh', 2: 'Tày', 3: 'Nùng' });
  });
  it('finds no legend in titles with a single number or a footnote', () => {
    expect(parseLegend('Họ và tên (1)')).toBeNull();
    expect(parseLegend('Ngày sinh (2&3)')).toBeNull();
    expect(parseLegend('Mã ngạch 01.003')).toBeNull();
  });
  it('ties a legend to the dimension its words classify in', () => {
    const c = createClassifier('vi');
    const levels = parseLegend('1 - Tiến sĩ, 2 - Thạc sĩ, 3 - Đại học')!.legend;
    expect(legendFits(levels, 'professional', c)).toBe(true);
    expect(legendFits(levels, 'gender', c)).toBe(false);
  });
  it('takes a cell as a code only when it is a small whole number', () => {
    expect([codeOf(1), codeOf('02'), codeOf(' 3 '), codeOf(1.5), codeOf(1985), codeOf('01.003'), codeOf('Nam')]).toEqual([
      '1',
      '2',
      '3',
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('columns of form codes', () => {
  const people: RowValues[] = [
    [1, 'Nguyễn Văn An', '1980', 1, 3, 5],
    [2, 'Lê Thị Bình', '1985', 2, 2, 5],
    [3, 'Trần Văn Cường', '1990', 1, 9, 1],
    [4, 'Phạm Thị Dung', '1975', 2, 1, 7],
  ];
  it('reads codes through the legend in the title or in a title line, and reports a column without one once', () => {
    const { result, records } = ingest([
      [1, ['DANH SÁCH CÁN BỘ']],
      [2, ['Trình độ chuyên môn: 1 - Tiến sĩ; 2 - Thạc sĩ; 3 - Đại học']],
      [4, ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính (1: Nam; 2: Nữ)', 'Trình độ chuyên môn', 'Mã dân tộc']],
      ...people.map((p, i): [number, RowValues] => [5 + i, p]),
    ]);
    expect(records).toHaveLength(4);
    expect(records.map((r) => cell(r, 'gender'))).toEqual(['Nam', 'Nữ', 'Nam', 'Nữ']);
    // An unmapped code stays as it is (unknown with its cell).
    expect(records.map((r) => cell(r, 'professional'))).toEqual(['Đại học', 'Thạc sĩ', 9, 'Tiến sĩ']);
    const ev = result.layout!.evidence!;
    expect(ev.choices.find((c) => c.field === 'professional')?.legend).toEqual({ 1: 'Tiến sĩ', 2: 'Thạc sĩ', 3: 'Đại học' });
    expect(ev.choices.some((c) => c.field === 'ethnicity')).toBe(false);
    expect(ev.codes).toEqual([{ field: 'ethnicity', col: 5, title: 'Mã dân tộc', cells: 4, codes: ['5', '1', '7'] }]);
  });
  it('gives a legend to the column of the dimension its words speak of, not of the words before it', () => {
    const { result } = ingest([
      [1, ['Giới tính: 1 - Kinh, 2 - Tày']],
      [3, ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Trình độ chuyên môn', 'Dân tộc']],
      ...people.map((p, i): [number, RowValues] => [4 + i, p]),
    ]);
    const ev = result.layout!.evidence!;
    expect(ev.choices.find((c) => c.field === 'gender')).toBeUndefined();
    expect(ev.codes.map((c) => c.field)).toEqual(['gender', 'professional']);
    expect(ev.choices.find((c) => c.field === 'ethnicity')?.legend).toEqual({ 1: 'Kinh', 2: 'Tày' });
  });
});

describe('tick columns', () => {
  it('are not form codes (0 and 1 are ticks)', () => {
    const { result } = ingest([
      [1, ['STT', 'Họ và tên', 'Năm sinh', 'Trình độ chuyên môn › Đại học', 'Trình độ chuyên môn › Còn lại']],
      [2, [1, 'Nguyễn Văn An', '1980', 1, 0]],
      [3, [2, 'Lê Thị Bình', '1985', 0, 1]],
      [4, [3, 'Trần Văn Cường', '1990', 1, 0]],
    ]);
    expect(result.layout!.evidence!.codes).toEqual([]);
  });
});
