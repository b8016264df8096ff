import { describe, expect, it } from 'vitest';
import { createSheetIngester } from '../../src/ingest/sheet-ingester.js';
import type { RawRecord } from '../../src/ingest/types.js';
import type { RowValues } from '../../src/io/sheet-rows.js';
import type { Problem } from '../../src/model/problem.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { toOfficial } from '../../src/normalize/to-official.js';

describe('problems of fields read from tick columns', () => {
  // A 0/1 tick group under "Chuyên môn" and a "Phụ nữ" flag (as form Mẫu số 03 prints them); the
  // sample rows are clean, later rows are not.
  const rows: Array<[number, RowValues]> = [
    [1, ['STT', 'Họ và tên', 'Năm sinh', 'Phụ nữ', 'Chuyên môn', null, null]],
    [2, [null, null, null, null, 'Tiến sĩ', 'Thạc sĩ', 'Đại học']],
    // 60 clean rows (the sample the columns are chosen from), then one that is not.
    ...Array.from({ length: 60 }, (_, i): [number, RowValues] => [
      3 + i,
      [i + 1, `Người ${i}`, 1980 + (i % 20), i % 2 ? 1 : null, i % 3 === 0 ? 1 : null, i % 3 === 1 ? 1 : null, i % 3 === 2 ? 1 : null],
    ]),
    [63, [61, 'Phạm Thị Dung', 1975, 'Nữ?', null, 'đang học', 1]],
  ];
  const merges = [{ top: 1, left: 4, bottom: 1, right: 6 }];
  const ing = createSheetIngester({ sheet: 'DS', merges });
  for (const [n, v] of rows) ing.push(n, v);
  const { layout } = ing.end();
  const records: RawRecord[] = ing.take();
  const ctx = { file: 'f.xlsx', layout: layout!, date1904: false, classifier: createClassifier('vi') };

  it('names the real cell of a tick column holding neither a tick nor blank, never a slot past the sheet', () => {
    const problems: Problem[] = [];
    const people = records.map((r) => toOfficial(r, ctx, problems));
    expect(people.slice(0, 3).map((p) => p.professional)).toEqual(['doctorate', 'master', 'university']);
    expect(people[60].professional).toBe('university');
    expect(problems.map((p) => [p.cell, p.field, p.value])).toEqual([
      ['F63', 'professional', 'đang học'],
      ['D63', 'gender', 'Nữ?'],
    ]);
  });

  it('names the tick columns a value came from when that value is not understood', () => {
    const problems: Problem[] = [];
    const values: RowValues = ['Lê Văn An', null, null, 'x', null];
    values[7] = 'Bằng khác';
    toOfficial({ row: 9, values, cols: { name: 0, professional: 7 }, tickCols: { 7: [2, 3, 4] } }, { ...ctx }, problems);
    expect(problems.map((p) => p.cell)).toEqual(['D9']);
    values[3] = null;
    toOfficial({ row: 9, values, cols: { name: 0, professional: 7 }, tickCols: { 7: [2, 3, 4] } }, { ...ctx }, problems);
    expect(problems.map((p) => p.cell)).toEqual(['D9', 'C9:E9']);
  });
});
