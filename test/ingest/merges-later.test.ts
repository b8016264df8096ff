import { describe, expect, it } from 'vitest';
import type { MergeRange, RowValues } from '../../src/io/sheet-rows.js';
import { createSheetIngester } from '../../src/ingest/sheet-ingester.js';

// A sheet read before its merged ranges are known (xlsx writes them after the cells) is checked at the end:
// `mergesMatter` must say true whenever the ranges would have changed the reading, and may say false only
// when the reading is exactly what it would have been with them. Each case is read both ways and compared
// (`differs`); `matters` is what the check says: true also for any merge below the header, whether or not
// it changes that row's reading (the sheet is then read again, never wrongly).

const m = (top: number, left: number, bottom: number, right: number): MergeRange => ({ top, left, bottom, right });
const TITLE: RowValues[] = [['DANH SÁCH CÁN BỘ NĂM 2024'], []];
const PEOPLE: RowValues[] = [
  [1, 'Trần Văn An', 1980, 'Nam', 'Chuyên viên', 'Phòng A'],
  [2, 'Lê Thị Bình', 1985, 'Nữ', 'Chuyên viên', ''],
  [3, 'Phạm Văn Cường', 1979, 'Nam', 'Trưởng phòng', 'Phòng B'],
];
const HEADER: RowValues = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Đơn vị'];

const CASES: Array<{ name: string; rows: RowValues[]; merges: MergeRange[]; differs: boolean; matters: boolean }> = [
  { name: 'a merged title', rows: [...TITLE, HEADER, ...PEOPLE], merges: [m(1, 0, 1, 5)], differs: false, matters: false },
  {
    name: '"Năm sinh" over "Nam" | "Nữ", the other titles merged down',
    rows: [
      ...TITLE,
      ['STT', 'Họ và tên', 'Năm sinh', '', 'Chức vụ', 'Đơn vị'],
      ['', '', 'Nam', 'Nữ', '', ''],
      [1, 'Trần Văn An', 1980, '', 'Chuyên viên', 'Phòng A'],
    ],
    merges: [m(1, 0, 1, 5), m(3, 2, 3, 3), m(3, 0, 4, 0), m(3, 1, 4, 1), m(3, 4, 4, 4), m(3, 5, 4, 5)],
    differs: false,
    matters: false,
  },
  {
    // Without the merges "Chính" | "Kiêm" are not taken for sub-titles: the band is one row.
    name: 'titles merged down over a second header row',
    rows: [...TITLE, HEADER, ['', '', '', '', 'Chính', 'Kiêm'], ...PEOPLE],
    merges: [m(3, 0, 4, 0), m(3, 1, 4, 1), m(3, 2, 4, 2), m(3, 3, 4, 3)],
    differs: true,
    matters: true,
  },
  {
    name: 'a name title merged down three rows over a format hint',
    rows: [...TITLE, HEADER, ['', '', '(dd/mm/yyyy)', '', '', ''], ['', '', '', '', '', ''], ...PEOPLE],
    merges: [m(3, 0, 5, 0), m(3, 1, 5, 1)],
    differs: true,
    matters: true,
  },
  { name: 'a unit merged down over two people', rows: [...TITLE, HEADER, ...PEOPLE], merges: [m(4, 5, 5, 5)], differs: true, matters: true },
  {
    name: 'a unit heading merged across the table',
    rows: [...TITLE, HEADER, ['I. Phòng Nội vụ'], ...PEOPLE],
    merges: [m(4, 0, 4, 5)],
    // Read as a unit heading by its words too: the same reading, but the check does not go that far.
    differs: false,
    matters: true,
  },
  { name: 'no merges', rows: [...TITLE, HEADER, ...PEOPLE], merges: [], differs: false, matters: false },
  // No header: the rest of the sheet is not read, so merges there change nothing.
  {
    name: 'a sheet that is no roster',
    rows: [['Hướng dẫn'], ['Điền vào cột B'], ['', 'x']],
    merges: [m(1, 0, 1, 5), m(3, 1, 9, 1)],
    differs: false,
    matters: false,
  },
];

function readWith(rows: RowValues[], merges: MergeRange[], mergesLater: boolean) {
  const ingester = createSheetIngester({ sheet: 'DS', merges: mergesLater ? [] : merges, mergesLater });
  const records: unknown[] = [];
  rows.forEach((values, i) => {
    ingester.push(i + 1, values);
    for (const r of ingester.take()) records.push({ row: r.row, values: [...r.values], cols: r.cols, groupUnit: r.groupUnit, groupLabel: r.groupLabel });
  });
  const result = ingester.end();
  for (const r of ingester.take()) records.push({ row: r.row, values: [...r.values], cols: r.cols, groupUnit: r.groupUnit, groupLabel: r.groupLabel });
  return { ingester, reading: JSON.stringify({ result, records }) };
}

describe('merges that come after the rows', () => {
  it.each(CASES)('$name', ({ rows, merges, differs, matters }) => {
    const later = readWith(rows, merges, true);
    const first = readWith(rows, merges, false);
    expect(later.reading !== first.reading, 'the readings differ').toBe(differs);
    expect(later.ingester.mergesMatter(merges)).toBe(matters);
  });
});
