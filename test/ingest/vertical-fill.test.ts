import { describe, expect, it } from 'vitest';
import type { RowValues } from '../../src/io/sheet-rows.js';
import { VerticalFill } from '../../src/ingest/vertical-fill.js';

describe('VerticalFill', () => {
  // A unit merged down over rows 10–12 in column C, a position over 20–21 in D; a one-row merge across.
  const merges = [
    { top: 10, left: 2, bottom: 12, right: 2 },
    { top: 20, left: 3, bottom: 21, right: 3 },
    { top: 15, left: 0, bottom: 15, right: 5 },
  ];

  it('fills the covered cells with the top value, and only those', () => {
    const fill = new VerticalFill(merges);
    const rows: Array<[number, RowValues]> = [
      [9, [1, 'An', null, null]],
      [10, [2, 'Bình', 'Xã Yên Thành', 'Chủ tịch']],
      [11, [3, 'Chi', null, 'Phó Chủ tịch']],
      [12, [4, 'Dũng', '', null]],
      [13, [5, 'Em', null, null]],
      [15, ['Khối Đảng']],
      [20, [6, 'Giang', 'Xã Tân Lập', 'Bí thư']],
      [21, [7, 'Hà', 'Xã Tân Lập', undefined as never]],
      [22, [8, 'Khánh', null, null]],
    ];
    const out = rows.map(([row, values]) => fill.apply(row, values));
    expect(out[0]).toEqual([1, 'An', null, null]);
    expect(out[2]).toEqual([3, 'Chi', 'Xã Yên Thành', 'Phó Chủ tịch']);
    expect(out[3]).toEqual([4, 'Dũng', 'Xã Yên Thành', null]);
    expect(out[4]).toEqual([5, 'Em', null, null]);
    expect(out[5]).toEqual(['Khối Đảng']);
    expect(out[7]).toEqual([7, 'Hà', 'Xã Tân Lập', 'Bí thư']);
    expect(out[8]).toEqual([8, 'Khánh', null, null]);
    // Untouched rows are the very arrays given; filled ones are copies (the reader's arrays stay as read).
    expect(out[4]).toBe(rows[4][1]);
    expect(out[8]).toBe(rows[8][1]);
    expect(out[2]).not.toBe(rows[2][1]);
    expect(rows[2][1][2]).toBeNull();
  });

  it('leaves every row alone without vertical merges', () => {
    const fill = new VerticalFill([{ top: 3, left: 0, bottom: 3, right: 4 }]);
    const row: RowValues = [1, null, 'x'];
    expect(fill.apply(3, row)).toBe(row);
    expect(fill.apply(4, row)).toBe(row);
  });
});
